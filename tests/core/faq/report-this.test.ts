/**
 * A problem told to the bot rather than asked ("房东突然说下个月要涨五百块房租"), that the FAQ is unsure of, can be
 * reported with its words: in a private chat the "not sure" reply has "📝 这是要反映的问题" beside "转给支部", and
 * pressing it starts /report with those words, classified at once. A question (…吗) or a group chat gets no such
 * button; only the worker who asked may press it. Found using the bot (stop 30). A told problem the FAQ does answer
 * ("老板拖欠工资三个月了") gets the same button under the answer (stop 31).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toldNotAsked } from '../../../src/core/faq/told.js';
import { buttonData, MEITUAN_GROUP, startHarness, type FaqHarness } from './harness.js';

const TOLD = '房东突然说下个月要涨五百块房租';
const reportButton = (data: string[]) => data.find((d) => d.startsWith('faq:rep:'));

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ group: MEITUAN_GROUP });
});
afterAll(async () => {
  await h.close();
});

describe('"report this" on a problem the FAQ is unsure of', () => {
  it('starts a report with the worker’s words, in private', async () => {
    await h.type(':dm', ':as rider-r1 zh-CN', TOLD);
    const [card] = h.take();
    expect(card?.text).toContain('不太确定');
    const data = buttonData(card);
    expect(data.some((d) => d.startsWith('faq:pass:'))).toBe(true);
    const n = data.indexOf(reportButton(data)!) + 1;
    expect(n).toBeGreaterThan(0);
    await h.type(`:press ${n}`);
    const lines = h.take().map((l) => l.text);
    expect(lines.join('\n')).toContain('涨五百块房租');
    expect(lines.at(-1)).toMatch(/我理解这是「.+」方面的问题/);
  });

  it('is not offered for a question, nor in a group', async () => {
    await h.type(':dm', ':as rider-r2 zh-CN', '房东要涨房租 合法吗');
    expect(reportButton(buttonData(h.take()[0]))).toBeUndefined();
    await h.type(':as rider-r2 zh-CN', h.group, `@waystation_bot ${TOLD}`);
    expect(reportButton(buttonData(h.take()[0]))).toBeUndefined();
  });
});

describe('"report this" under an answer to a problem told', () => {
  const WAGES = '老板拖欠工资三个月了';
  const underAnswer = (data: string[]) => data.indexOf('faq:repa') + 1;

  it('answers with the entry and lets the worker report it with their words', async () => {
    await h.type(':dm', ':as rider-r3 zh-CN', WAGES);
    const [card] = h.take();
    expect(card?.text).not.toContain('不太确定');
    expect(card?.text).toContain('工资');
    const n = underAnswer(buttonData(card));
    expect(n).toBeGreaterThan(0);
    await h.type(`:press ${n}`);
    const lines = h.take().map((l) => l.text);
    expect(lines.join('\n')).toContain('拖欠工资三个月');
    expect(lines.at(-1)).toMatch(/我理解这是「.+」方面的问题/);
  });

  it('is not offered under an answer to a question', async () => {
    await h.type(':dm', ':as rider-r4 zh-CN', '老板拖欠工资三个月了怎么办');
    expect(underAnswer(buttonData(h.take()[0]))).toBe(0);
  });

  it('is not offered in a group chat', async () => {
    await h.type(':as rider-r5 zh-CN', h.group, `@waystation_bot ${WAGES}`);
    expect(underAnswer(buttonData(h.take()[0]))).toBe(0);
  });
});

describe('a problem told, not asked', () => {
  it.each([
    '房东突然说下个月要涨五百块房租',
    '站长天天骂人 大家都受不了了',
    'the station is closed again today',
  ])('"%s" is told', (text) => expect(toldNotAsked(text)).toBe(true));
  it.each(['房东要涨房租 合法吗', '充电桩坏了?', 'is the station open today', '体检要钱吗', '坏了'])(
    '"%s" is asked, or too short',
    (text) => expect(toldNotAsked(text)).toBe(false),
  );
});
