/**
 * An answer an organiser wrote in /gaps (a confirmed draft) answers what was asked and its rewordings, not every
 * question sharing a place's name with it (QA8 #9): after "what time does the fish market canteen open?" was
 * answered, "is there fog at the fish market?" got the canteen's hours. Real app, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ASKED = 'what time does the fish market canteen open?';
const HOURS = '鱼市食堂早上6:30到8:30、中午11:00到13:00供餐，骑手凭工牌可以吃。';

describe('a written answer from /gaps', () => {
  it('is written for the English question nobody could answer', async () => {
    await h.type(':dm', ':as rider-e1 en', ASKED);
    expect(
      h
        .take()
        .map((l) => l.text)
        .join('\n'),
    ).not.toContain(HOURS);
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take();
    const row = card!.text.split('\n').findIndex((l) => l.includes(ASKED));
    const write = buttonData(card).filter((d) => d.startsWith('gap:w:'))[row - 1]!;
    await h.type(`:press ${buttonData(card).indexOf(write) + 1} ${card!.id}`, ':reply 鱼市食堂几点开饭');
    await h.type(`:reply ${HOURS}`);
    const [preview] = h.take().slice(-1);
    await h.type(`:press 1 ${preview!.id}`);
    expect(h.take().at(-1)?.text).toContain('已确认');
  });

  it('answers the question and its rewordings', async () => {
    const rewordings = [ASKED, 'when does the fish market canteen open', 'is the fish market canteen free'];
    // Each from another person: the same answer again to one person is pointed at, not repeated (repeats.ts).
    for (const [i, q] of rewordings.entries()) {
      await h.type(`:as rider-reworded-${i} en`, q);
      expect(h.take()[0]?.text, q).toContain(HOURS);
    }
    await h.type(':as rider-c1 zh-CN', '鱼市食堂要钱吗');
    expect(h.take()[0]?.text).toContain(HOURS);
  });

  it('does not answer another question about the same place', async () => {
    for (const q of [
      'is the road to the fish market icy this morning? any fog warning?',
      'is there fog at the fish market?',
      'is the fish market road slippery today',
    ]) {
      await h.type(':as rider-e3 en', q);
      const out = h
        .take()
        .map((l) => l.text)
        .join('\n');
      expect(out, q).not.toContain(HOURS);
    }
    await h.type(':as rider-c2 zh-CN', '鱼市有雾吗');
    expect(
      h
        .take()
        .map((l) => l.text)
        .join('\n'),
    ).not.toContain('鱼市食堂早上6:30');
  });
});
