/**
 * What a run of words sent in pieces leaves in /gaps (docs/architecture.md "Words sent in pieces", docs/faq.md):
 *
 * - a worker who types an ID number in pieces and stops before the last one (我身份证号是 / 110101 / 19900307 / 12):
 *   the whole is no number the mask knows, yet 14 of its digits name the person. A gap keeps no run of six digits or
 *   more (full-width ones too): not in /gaps, not in what an organiser drafts from it, not in /gaps export, not in a log;
 * - a run whose whole another feature answered (the emergency numbers, a report started, a station card): the gaps its
 *   pieces logged are withdrawn as the whole is read, whatever answers it.
 *
 * Real app, console, real Redis; the app's clock moves 3 s between pieces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

/** `rider` sends `pieces` one by one in private, 3 s apart; the replies, one string per piece. */
async function sendInPieces(rider: string, pieces: string[]): Promise<string[]> {
  await h.type(`:as ${rider} zh-CN`, ':dm');
  h.take();
  const replies: string[] = [];
  for (const piece of pieces) {
    await h.type(piece);
    replies.push(
      h
        .take()
        .map((l) => l.text)
        .join('\n'),
    );
    h.clock.now = new Date(h.clock.now.getTime() + 3_000);
  }
  return replies;
}

/** What an organiser's /gaps shows. */
async function organiserGaps(): Promise<string> {
  await h.type(':as org-li zh-CN', ':dm', '/gaps');
  return h
    .take()
    .map((l) => l.text)
    .join('\n');
}

describe('an ID number abandoned before its last piece', () => {
  it('reaches /gaps with its digits hidden, and no log holds them', async () => {
    const replies = await sendInPieces('rider-id-short', ['我身份证号是', '110101', '19900307', '12']);
    // Each piece is answered as it arrives, read with the ones before it.
    expect(replies.every((r) => r.length > 0)).toBe(true);
    const seen = await organiserGaps();
    expect(seen).toContain('我身份证号是，******');
    expect(seen).not.toMatch(/110101|1990|0307/);
    expect(h.logs.join('')).not.toMatch(/110101|19900307/);
  });

  it('typed in full-width digits, is read as one run and hidden the same way', async () => {
    await sendInPieces('rider-id-wide', ['我的证件号码是', '１１０１０１', '１９９００３０７', '１２']);
    const seen = await organiserGaps();
    expect(seen).toContain('我的证件号码是，******');
    expect(seen).not.toMatch(/[０-９]{2}|110101/);
  });

  it('said in Chinese numerals, is read as one run and hidden the same way', async () => {
    await sendInPieces('rider-id-said', ['帮我记一下这个，', '一一〇一〇一', '幺九九〇〇三〇七', '一二']);
    const seen = await organiserGaps();
    expect(seen).toContain('帮我记一下这个，******');
    expect(seen).not.toMatch(/一一〇|〇〇三/);
  });

  it('is not given back by what an organiser drafts from it, nor by /gaps export', async () => {
    await h.type(':as org-li zh-CN', ':dm', '/gaps');
    const [card] = h.take();
    const row = card!.text.split('\n').findIndex((l) => l.includes('我身份证号是'));
    const write = buttonData(card).filter((d) => d.startsWith('gap:w:'))[row - 1]!;
    await h.type(`:press ${buttonData(card).indexOf(write) + 1} ${card!.id}`);
    const prompt = h.take()[0]?.text ?? '';
    expect(prompt).toContain('我身份证号是，******');
    await h.type(':reply 身份证号要不要告诉机器人');
    await h.type(':reply 不用。机器人不需要您的身份证号，请不要发在聊天里。');
    const [preview] = h.take().slice(-1);
    expect(preview?.text).not.toMatch(/110101|1990/);
    await h.type(`:press 1 ${preview!.id}`);
    h.take();
    await h.type('/gaps export');
    const yaml = h.take()[0]?.text ?? '';
    expect(yaml).toContain('- 我身份证号是，******');
    expect(yaml).not.toMatch(/110101|1990|0307/);
  });
});

describe('a run of pieces another feature answered', () => {
  it('the emergency numbers: its pieces leave /gaps', async () => {
    await sendInPieces('rider-sos', ['我电话是：', '138']);
    expect(await organiserGaps()).toContain('我电话是：，138');
    const [sos] = await sendInPieces('rider-sos', ['头在流血']);
    expect(sos).toContain('120');
    expect(await organiserGaps()).not.toContain('我电话是：');
  });

  it('a report started from the whole: its pieces leave /gaps', async () => {
    await sendInPieces('rider-complains', ['我电话是：', '139']);
    expect(await organiserGaps()).toContain('我电话是：，139');
    const [report] = await sendInPieces('rider-complains', ['要投诉站长']);
    expect(report).toContain('📝 反映问题');
    expect(await organiserGaps()).not.toContain('我电话是：');
  });

  it('a station card: its pieces leave /gaps', async () => {
    await sendInPieces('rider-where', ['我电话是：', '137']);
    expect(await organiserGaps()).toContain('我电话是：，137');
    const [stations] = await sendInPieces('rider-where', ['五角场附近驿站']);
    expect(stations).toContain('最近的驿站');
    expect(await organiserGaps()).not.toContain('我电话是：');
  });
});
