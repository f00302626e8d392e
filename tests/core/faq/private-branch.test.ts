/**
 * A question asked in private goes to the worker's branch (stop 42): a private chat has no binding, so "pass it on"
 * sent every private question to the district's triage. Now the branch of the group the worker last asked in, or
 * of the one group they were seen in, gets it; a worker the bot knows nothing of is asked which branch (buttons),
 * and the answer is remembered for their next question. Through the console, in zh-CN, zh-TW and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonAt, buttonData, startHarness, type FaqHarness } from './harness.js';
import type { ConsoleLine } from '../../../src/adapters/console/adapter.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
  await h.type(
    ':as org-li zh-CN',
    ':in riders-meituan 美团骑手群',
    '/bind meituan-yangpu',
    ':in riders-eleme 饿了么骑手群',
    '/bind eleme-yangpu',
  );
  h.take();
});
afterAll(async () => {
  await h.close();
});

const QUESTION = {
  'zh-CN': '驿站能帮忙代收快递吗',
  'zh-TW': '驛站能幫忙代收快遞嗎',
  en: 'does the station collect my parcels while I work?',
} as const;
type L = keyof typeof QUESTION;

/** Ask in private; the "not sure" reply with its pass button. */
async function askPrivately(user: string, locale: L): Promise<ConsoleLine> {
  await h.type(':dm', `:as ${user} ${locale}`, QUESTION[locale]);
  const reply = h.take().find((l) => buttonData(l).some((d) => d.startsWith('faq:pass:')));
  expect(reply).toBeDefined();
  return reply!;
}

/** Press the pass button under `line`; what came out. */
async function pass(line: ConsoleLine): Promise<ConsoleLine[]> {
  await h.type(`:press ${buttonAt(line, 'faq:pass:').n} ${line.id}`);
  return h.take();
}

const triageOf = (out: ConsoleLine[], chat: string) =>
  out.filter((l) => l.to.chatId === chat && l.kind === 'send');

describe('a worker who asked in a branch’s group before', () => {
  it.each([
    ['zh-CN', '转给美团外卖杨浦骑手支部', '📨 转给支部', '已转给美团外卖杨浦骑手支部'],
    ['zh-TW', '轉給美團外賣楊浦騎手支部', '📨 轉給支部', '已轉給美團外賣楊浦騎手支部'],
    [
      'en',
      "Meituan Delivery Riders' Branch, Yangpu",
      '📨 Ask the branch',
      "Passed to Meituan Delivery Riders' Branch",
    ],
  ] as const)('%s: the private question goes to that branch', async (locale, offer, label, passed) => {
    const user = `rider-asked-${locale}`;
    await h.type(`:as ${user} ${locale}`, ':in riders-meituan', '@waystation_bot 体检在哪里做');
    h.take();
    const reply = await askPrivately(user, locale);
    expect(reply.text).toContain(offer);
    expect(buttonAt(reply, 'faq:pass:').label).toBe(label);
    const out = await pass(reply);
    expect(out.find((l) => l.kind === 'toast')?.text).toContain(passed);
    expect(triageOf(out, 'triage-meituan')).toHaveLength(1);
    expect(triageOf(out, 'triage-district')).toHaveLength(0);
  });

  it('the group asked in last wins over one asked in before', async () => {
    await h.type(':as rider-two zh-CN', ':in riders-meituan', '@waystation_bot 体检在哪里做');
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    await h.type(':in riders-eleme', '@waystation_bot 体检在哪里做');
    h.take();
    const reply = await askPrivately('rider-two', 'zh-CN');
    expect(reply.text).toContain('转给饿了么杨浦骑手支部');
    expect(triageOf(await pass(reply), 'triage-eleme')).toHaveLength(1);
  });
});

describe('a worker seen in one group only', () => {
  it('who only pressed a quiz answer there: the question goes to that group’s branch', async () => {
    await h.type(':as org-li zh-CN', ':in riders-eleme', '/lesson');
    const lesson = h.take().find((l) => buttonData(l).some((d) => d.startsWith('qz:')))!;
    await h.type(':as rider-quiz zh-CN', ':in riders-eleme', `:press 1 ${lesson.id}`);
    h.take();
    const reply = await askPrivately('rider-quiz', 'zh-CN');
    expect(reply.text).toContain('转给饿了么杨浦骑手支部');
    expect(triageOf(await pass(reply), 'triage-eleme')).toHaveLength(1);
  });
});

describe('a worker the bot knows nothing of', () => {
  it.each([
    [
      'zh-CN',
      '转给您所在的支部',
      '📨 转给支部',
      '您是哪个支部的？',
      '饿了么杨浦骑手支部',
      '以后您私聊问的问题也会转到这里',
      '转给饿了么杨浦骑手支部',
    ],
    [
      'zh-TW',
      '轉給您所在的支部',
      '📨 轉給支部',
      '您是哪個支部的？',
      '餓了麼楊浦騎手支部',
      '以後您私訊問的問題也會轉到這裡',
      '轉給餓了麼楊浦騎手支部',
    ],
    [
      'en',
      'pass your question to your branch',
      '📨 Ask the branch',
      'Which branch are you with?',
      "Ele.me Riders' Branch, Yangpu",
      'Questions you ask me here later will go there too',
      "Ele.me Riders' Branch, Yangpu",
    ],
  ] as const)(
    '%s: is asked which branch, and the answer is remembered',
    async (locale, offer, label, which, eleme, remembered, next) => {
      const user = `rider-new-${locale}`;
      const reply = await askPrivately(user, locale);
      expect(reply.text).toContain(offer);
      expect(buttonAt(reply, 'faq:pass:').label).toBe(label);
      const out = await pass(reply);
      // Nothing is passed yet: the worker is asked first, with the workers' branches and "not sure".
      expect(out.filter((l) => l.to.chatId.startsWith('triage-'))).toHaveLength(0);
      const picker = out.find((l) => l.kind === 'send')!;
      expect(picker.text).toContain(which);
      expect(picker.choices).toContain(eleme);
      expect(picker.choices.at(-1)).toMatch(/^🤷/);
      expect(picker.choices.join(' ')).not.toMatch(/街道|Street|Subdistrict|党委|Committee/);
      await h.type(`:press ${picker.choices.indexOf(eleme) + 1} ${picker.id}`);
      const chosen = h.take();
      expect(triageOf(chosen, 'triage-eleme')).toHaveLength(1);
      expect(chosen.find((l) => l.kind === 'edit' && l.id === picker.id)?.text).toContain(remembered);
      // The picker's buttons are gone: pressing again changes nothing.
      expect(chosen.find((l) => l.kind === 'edit' && l.id === picker.id)?.choices).toEqual([]);

      const again = await askPrivately(user, locale);
      expect(again.text).toContain(next);
      expect(triageOf(await pass(again), 'triage-eleme')).toHaveLength(1);
    },
  );

  it('"not sure" sends it to the district and remembers nothing', async () => {
    const reply = await askPrivately('rider-unsure', 'zh-CN');
    const picker = (await pass(reply)).find((l) => l.kind === 'send')!;
    await h.type(`:press ${picker.choices.length} ${picker.id}`);
    expect(triageOf(h.take(), 'triage-district')).toHaveLength(1);
    const again = await askPrivately('rider-unsure', 'zh-CN');
    expect(again.text).toContain('转给您所在的支部');
  });

  it('a worker seen in two branches’ groups, asking in neither, is asked too', async () => {
    await h.type(':as org-li zh-CN', ':in riders-meituan', '/lesson');
    const mt = h.take().find((l) => buttonData(l).some((d) => d.startsWith('qz:')))!;
    await h.type(':in riders-eleme', '/lesson');
    const el = h.take().find((l) => buttonData(l).some((d) => d.startsWith('qz:')))!;
    await h.type(
      ':as rider-both zh-CN',
      ':in riders-meituan',
      `:press 1 ${mt.id}`,
      ':in riders-eleme',
      `:press 1 ${el.id}`,
    );
    h.take();
    expect((await askPrivately('rider-both', 'zh-CN')).text).toContain('转给您所在的支部');
  });

  it('someone else’s press on the picker passes nothing and remembers nothing', async () => {
    const reply = await askPrivately('rider-owner', 'zh-CN');
    const picker = (await pass(reply)).find((l) => l.kind === 'send')!;
    const data = buttonData(picker)[0]!;
    await h.type(':as rider-other zh-CN', `:press 1 ${picker.id}`);
    const out = h.take();
    expect(out.filter((l) => l.to.chatId.startsWith('triage-'))).toHaveLength(0);
    expect(out.find((l) => l.kind === 'toast')?.text).toContain('只有提问的人');
    expect(data).toMatch(/^faq:to:/);
    const own = await askPrivately('rider-other', 'zh-CN');
    expect(own.text).toContain('转给您所在的支部');
  });
});
