/**
 * The same question asked again (QA22 #6: 保险怎么买 three times in a minute got the same 8-line answer three times):
 * the same answer to the same person in the same chat shortly after is one line pointing at it — a reply to it on
 * Telegram — with the answer's buttons, so 👎 still offers passing the question on. An answer that changed, another
 * person, another chat, or a later time gets the answer in full. The console and the Telegram stand-in, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { REPEAT_WINDOW_MS } from '../../../src/core/faq/repeats.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

const ASKED = '保险怎么买';
const POINTER = /^↑ 上面已经回答了：「(.+)」。/;

let h: FaqHarness;
let t: TelegramTestApp;
beforeAll(async () => {
  h = await startHarness();
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await h?.close();
  await t?.close();
});

describe('the same question asked again, on the console', () => {
  it('is answered once in full, then pointed at by its title, with its buttons', async () => {
    await h.type(':dm', ':as rider-rep1 zh-CN', ASKED);
    const [full] = h.take();
    const title = full!.text.split('\n')[0]!;
    expect(full!.text.split('\n').length).toBeGreaterThan(3);
    for (let i = 0; i < 2; i++) {
      await h.type(ASKED);
      const [again] = h.take();
      expect(again!.text).toMatch(POINTER);
      expect(POINTER.exec(again!.text)![1]).toBe(title);
      expect(again!.text.split('\n')).toHaveLength(1);
      expect(buttonData(again)).toEqual(buttonData(full));
    }
  });

  it('👎 under the pointer offers passing the question on, as under the answer', async () => {
    await h.type(':dm', ':as rider-rep2 zh-CN', ASKED, ASKED);
    const [, again] = h.take();
    expect(again!.text).toMatch(POINTER);
    const down = buttonData(again).findIndex((d) => d.endsWith(':down'));
    await h.type(`:press ${down + 1} ${again!.id}`);
    const offer = h.take().at(-1);
    expect(offer?.text).toContain('要不要把您的问题转给');
    expect(buttonData(offer)[0]).toMatch(/^faq:pass:/);
  });

  it('another person, or another language, gets the answer in full', async () => {
    await h.type(':dm', ':as rider-rep3 zh-CN', ASKED, ':as rider-rep4 zh-CN', ASKED);
    const [first, other] = h.take();
    expect(other!.text).toBe(first!.text);
    await h.type(':as rider-rep5 zh-CN', 'how do I buy insurance', ASKED);
    const [en, zh] = h.take();
    expect(zh!.text).not.toBe(en!.text);
    expect(zh!.text).not.toMatch(POINTER);
  });

  it('asked twice at the same moment: the answer in full at least once, and a pointer only to an answer given', async () => {
    for (const rider of ['rider-rep8', 'rider-rep9', 'rider-rep10']) {
      await h.type(':dm', `:as ${rider} zh-CN`);
      await Promise.all([h.type(ASKED), h.type(ASKED)]);
      const both = h.take();
      expect(both, rider).toHaveLength(2);
      const full = both.filter((l) => !POINTER.test(l.text));
      expect(full.length, rider).toBeGreaterThanOrEqual(1);
      for (const p of both.filter((l) => POINTER.test(l.text)))
        expect(
          full.map((l) => l.id),
          rider,
        ).toContain(p.card.replyTo);
      // Asked once more: pointed at an answer the person got.
      await h.type(ASKED);
      const [again] = h.take();
      expect(again!.text, rider).toMatch(POINTER);
      expect(
        full.map((l) => l.id),
        rider,
      ).toContain(again!.card.replyTo);
    }
  });

  it('once the window has passed, the answer is sent in full again', async () => {
    await h.type(':dm', ':as rider-rep6 zh-CN', ASKED);
    const [full] = h.take();
    h.clock.now = new Date(h.clock.now.getTime() + REPEAT_WINDOW_MS + 1000);
    await h.type(ASKED);
    expect(h.take()[0]!.text).toBe(full!.text);
  });

  it('an answer that changed meanwhile (the pack edited) is sent in full', async () => {
    await h.type(':dm', ':as rider-rep7 zh-CN', ASKED);
    const [full] = h.take();
    const id = buttonData(full)[0]!.split(':')[1]!;
    const pack = await loadContentPack(SAMPLE_PACK);
    const entry = pack.faq.find((e) => e.id === id)!;
    entry.answer = `${entry.answer}\n（新增：到站长处登记即可。）`;
    h.app.deps.content.replace(pack);
    try {
      await h.type(ASKED);
      const [changed] = h.take();
      expect(changed!.text).not.toMatch(POINTER);
      expect(changed!.text).toContain('到站长处登记即可');
    } finally {
      h.app.deps.content.replace(await loadContentPack(SAMPLE_PACK));
    }
  });
});

describe('the same question asked again, on Telegram', () => {
  it('in private: the pointer is a reply to the earlier answer', async () => {
    const rider = t.u.person(7801);
    await t.handle(t.u.privateText(rider, ASKED));
    const answer = t.api.lastMessage(rider.id)!;
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, ASKED));
    const sent = t.api.since(mark).filter((c) => c.method === 'sendMessage');
    expect(sent).toHaveLength(1);
    expect(t.api.shownTexts(mark)[0]).toMatch(POINTER);
    expect(sent[0]!.params.reply_parameters).toEqual({
      message_id: answer.message_id,
      allow_sending_without_reply: true,
    });
    expect(buttonsOf(t.api.lastMessage(rider.id))).toEqual(buttonsOf(answer));
  });

  it('in a group: the pointer replies to that person’s answer; another member asking gets it in full', async () => {
    const group = t.u.group(-1001000007801, '美团杨浦骑手群');
    await t.handle(t.u.groupText(group, t.u.person(1001), '/bind meituan-yangpu'));
    const rider = t.u.person(7802);
    await t.handle(t.u.groupText(group, rider, `@waystation_bot ${ASKED}`));
    const answer = t.api.lastMessage(group.id)!;
    let mark = t.api.mark();
    await t.handle(t.u.groupText(group, rider, `@waystation_bot ${ASKED}`));
    expect(t.api.shownTexts(mark)[0]).toMatch(POINTER);
    const pointer = t.api.since(mark).find((c) => c.method === 'sendMessage')!;
    expect(pointer.params.reply_parameters).toEqual({
      message_id: answer.message_id,
      allow_sending_without_reply: true,
    });
    mark = t.api.mark();
    await t.handle(t.u.groupText(group, t.u.person(7803), `@waystation_bot ${ASKED}`));
    const other = t.api.shownTexts(mark)[0]!;
    expect(other).not.toMatch(POINTER);
    expect(other.split('\n').length).toBeGreaterThan(3);
  });
});
