/**
 * A report told in several short messages (QA22 #5: 我被 / 罚款了 / 200 / 站长不讲理 got four unrelated replies), on
 * the console with real Redis. Every message is answered when it arrives — nothing is held back or dropped — and a
 * fragment is read with the words before it, so the replies are about the whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT_WINDOW_MS, OPEN_WINDOW_MS } from '../../src/core/fragments.js';
import { buttonData, startHarness, type FaqHarness } from './faq/harness.js';
import { fileReport, lastTicketId, press } from './reports/helpers.js';
import type { TestApp } from '../helpers/app.js';

const APPEAL = '被罚款、差评、投诉后怎么申诉';
const GO_ON = '您接着说，说完了我连起来看。';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('a report told in pieces', () => {
  it('is answered as a whole: go on, the answer, then the answer pointed at, one reply each', async () => {
    await h.type(':dm', ':as rider-frag1 zh-CN', '我被');
    expect(h.take().map((l) => l.text)).toEqual([GO_ON]);
    await h.type('罚款了');
    const [answer, ...more] = h.take();
    expect(more).toHaveLength(0);
    expect(answer!.text.split('\n')[0]).toBe(APPEAL);
    for (const piece of ['200', '站长不讲理']) {
      await h.type(piece);
      const lines = h.take();
      expect(lines, piece).toHaveLength(1);
      expect(lines[0]!.text, piece).toContain(`「${APPEAL}」`);
      expect(lines[0]!.text, piece).not.toContain('只有一个数字');
    }
  });

  it('the report offered under the last reply carries all the pieces', async () => {
    await h.type(':dm', ':as rider-frag2 zh-CN', '我被', '罚款了', '200', '站长不讲理');
    const last = h.take().at(-1)!;
    const report = buttonData(last).indexOf('faq:repa');
    expect(report).toBeGreaterThanOrEqual(0);
    await h.type(`:press ${report + 1} ${last.id}`);
    const shown = h
      .take()
      .map((l) => l.text)
      .join('\n');
    expect(shown).toContain('我被罚款了，200，站长不讲理');
  });

  it('a sum typed in full-width digits (２００) is a piece as 200 is: read with the words before it', async () => {
    await h.type(':dm', ':as rider-frag-wide zh-CN', '我被', '罚款了', '２００');
    const lines = h.take();
    expect(lines.at(-1)!.text).toContain(`「${APPEAL}」`);
    expect(lines.map((l) => l.text).join('\n')).not.toContain('只有一个数字');
    await h.type('站长不讲理');
    const last = h.take().at(-1)!;
    await h.type(`:press ${buttonData(last).indexOf('faq:repa') + 1} ${last.id}`);
    expect(
      h
        .take()
        .map((l) => l.text)
        .join('\n'),
    ).toContain('我被罚款了，２００，站长不讲理');
  });

  it('two pieces sent at the same moment are both read with the words before them: the report carries all', async () => {
    for (const rider of ['rider-frag8', 'rider-frag9', 'rider-frag10']) {
      await h.type(':dm', `:as ${rider} zh-CN`, '我被');
      expect(h.take().map((l) => l.text)).toEqual([GO_ON]);
      await Promise.all([h.type('罚款了'), h.type('200')]);
      expect(h.take()).toHaveLength(2);
      await h.type('站长不讲理');
      const last = h.take().at(-1)!;
      const report = buttonData(last).indexOf('faq:repa');
      expect(report, rider).toBeGreaterThanOrEqual(0);
      await h.type(`:press ${report + 1} ${last.id}`);
      const shown = h
        .take()
        .map((l) => l.text)
        .join('\n');
      // Which of the two came first is the race's; that neither is lost is not.
      expect(shown, rider).toMatch(/我被(罚款了，200|200，罚款了)，站长不讲理/);
    }
  });

  it('after words left open, the rest is read with them however long, a question too', async () => {
    await h.type(':dm', ':as rider-frag7 zh-CN', '我被');
    expect(h.take().map((l) => l.text)).toEqual([GO_ON]);
    h.clock.now = new Date(h.clock.now.getTime() + FRAGMENT_WINDOW_MS + 1000);
    await h.type('站长无缘无故罚款了怎么办');
    const [answer, ...more] = h.take();
    expect(more).toHaveLength(0);
    expect(answer!.text.split('\n')[0]).toBe(APPEAL);
    // The words kept with the answer (for 👎 and 📝) are the whole.
    const report = buttonData(answer).indexOf('faq:repa');
    await h.type(`:press ${report + 1} ${answer!.id}`);
    expect(
      h
        .take()
        .map((l) => l.text)
        .join('\n'),
    ).toContain('我被站长无缘无故罚款了怎么办');
  });

  it('a question, small talk, or a piece sent after the window stands alone', async () => {
    await h.type(':dm', ':as rider-frag3 zh-CN', '我被', '好的');
    expect(h.take().at(-1)?.text).not.toContain(GO_ON);
    await h.type(':as rider-frag4 zh-CN', '我被罚款了', '保险怎么买');
    expect(h.take().at(-1)?.text.split('\n')[0]).not.toBe(APPEAL);
    await h.type(':as rider-frag5 zh-CN', '我被罚款了', '200');
    expect(h.take().at(-1)?.text).not.toContain('只有一个数字');
    h.clock.now = new Date(h.clock.now.getTime() + FRAGMENT_WINDOW_MS + 1000);
    await h.type('300');
    expect(h.take()[0]?.text).toContain('只有一个数字');
  });

  it('danger in few words is answered at once, not told to go on', async () => {
    await h.type(':dm', ':as rider-frag6 zh-CN', '我被车撞了，');
    const shown = h
      .take()
      .map((l) => l.text)
      .join('\n');
    expect(shown).not.toContain(GO_ON);
    expect(shown).toContain('120');
  });
});

describe('the words kept for the next piece (said:)', () => {
  /** What Redis keeps of a person's last words in their private chat. */
  const kept = async (user: string) =>
    (
      JSON.parse(
        (await h.app.store.redis.get(h.app.store.keys.lastWords('console', user, user))) ?? '{}',
      ) as {
        text?: string;
      }
    ).text ?? '';
  /** A phone or ID number as typed: seven digits or more in a row, ASCII or full-width. */
  const RAW_NUMBER = /[0-9０-９]{7,}/;

  it('are kept with phone and ID numbers masked, in every form', async () => {
    for (const [user, piece] of [
      ['rider-frag12', '站长13812345678罚款了'],
      ['rider-frag13', '站长１３９１２３４５６７８罚款了'],
      ['rider-frag14', '站长扣了我身份证440106199001011234'],
    ] as const) {
      await h.type(':dm', `:as ${user} zh-CN`, '我被', piece);
      const words = await kept(user);
      expect(words, piece).toContain('我被站长');
      expect(words, piece).toMatch(/\*{4}/);
      expect(words, piece).not.toMatch(RAW_NUMBER);
    }
    h.take();
  });

  it('hold a number still being typed only while the run can complete, and masked once it is whole', async () => {
    const user = 'rider-frag17';
    const key = h.app.store.keys.lastWords('console', user, user);
    // Words left open wait the longer window for the rest…
    await h.type(':dm', `:as ${user} zh-CN`, '我身份证号是，');
    const open = await h.app.store.redis.ttl(key);
    expect(open).toBeGreaterThan(FRAGMENT_WINDOW_MS / 1000 + 5);
    expect(open).toBeLessThanOrEqual(OPEN_WINDOW_MS / 1000 + 5);
    // …the pieces of the number are kept as typed, so the next piece still joins them, for the fragment window only.
    await h.type('110101', '19900307');
    expect(await kept(user)).toBe('我身份证号是，110101，19900307');
    const piece = await h.app.store.redis.ttl(key);
    expect(piece).toBeGreaterThan(0);
    expect(piece).toBeLessThanOrEqual(FRAGMENT_WINDOW_MS / 1000 + 5);
    // The last piece makes it a number the mask knows: the whole is kept masked.
    await h.type('1234');
    expect(await kept(user)).toBe('我身份证号是，110***********1234');
    h.take();
  });

  it('a report told in pieces, a phone number in one, files with the number masked, as one message does', async () => {
    const t = h as unknown as TestApp;
    await h.type(':dm', ':as rider-frag15 zh-CN', '我被', '站长13812345678罚款了', '200', '站长不讲理');
    const last = h.take().at(-1)!;
    const report = buttonData(last).indexOf('faq:repa');
    expect(report).toBeGreaterThanOrEqual(0);
    await h.type(`:press ${report + 1} ${last.id}`);
    await press(t, 'rider-frag15', '对，下一步');
    await press(t, 'rider-frag15', '匿名反映');
    await press(t, 'rider-frag15', '提交');
    await fileReport(t, 'rider-frag16', '我被站长13812345678罚款了，200，站长不讲理', { anonymous: true });
    const body = async (user: string) =>
      JSON.parse(
        (await h.app.store.redis.get(h.app.store.keys.ticketBody(lastTicketId(t, user)))) ?? '{}',
      ) as { text?: string };
    const inPieces = await body('rider-frag15');
    expect(inPieces.text).toBe('我被站长138****5678罚款了，200，站长不讲理');
    expect(inPieces.text).toBe((await body('rider-frag16')).text);
  });
});
