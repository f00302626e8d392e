/**
 * The model may only repeat the sums of money and dates its cited entries give: an answer stating a deposit, a fee or
 * a day the entry does not is replaced by the entry (and counted), as an invented contact is. Through the real app and
 * the real `openai` client against the local stand-in.
 */
import { describe, expect, it } from 'vitest';
import { foreignFigures } from '../../../src/core/faq/sums-and-dates.js';
import { buttonData } from './harness.js';
import { useModelHarness } from './model-harness.js';

const model = useModelHarness('rider-figures');
const { modelSays, fallbacks } = model;
const figureFallbacks = (): Promise<number> => fallbacks('figure');

const OFFLINE_TITLE = '骑手免费巡回体检：时间和报名';

describe('sums and dates in the model’s answer', () => {
  it.each([
    ['a deposit', '体检免费，但要先交押金 200 元，找站长报名。'],
    ['a fee in Chinese numerals', '体检要交五百块，找站长报名。'],
    ['a sum after ¥', '体检费 ¥150，找站长报名。'],
    ['a refund in 万', '体检查出问题最高报销 1 万元，找站长报名。'],
    ['a day', '下一场体检是 4月15日，找站长报名。'],
    ['a day of every month', '体检车每月 15 号来，找站长报名。'],
  ])('falls back to the entry when the answer states %s the entry does not give', async (_what, answer) => {
    modelSays(answer);
    const before = await figureFallbacks();
    await model.h.type('骑手体检在哪预约');
    const [line] = model.h.take();
    expect(line?.text).not.toContain(answer.slice(0, 10));
    expect(line?.text).toContain(OFFLINE_TITLE);
    expect(line?.text).toContain('021-5566 0801');
    expect(buttonData(line)[0]).toBe('fb:health-check-tour:up');
    expect(await figureFallbacks()).toBe(before + 1);
  });

  it('shows an answer whose dates are the entry’s, however written, and times and counts', async () => {
    modelSays('体检免费，一年一次，抽血 8:00–10:30，带身份证。（3月2日更新）');
    const before = await figureFallbacks();
    await model.h.type('骑手体检在哪预约');
    expect(model.h.take()[0]?.text).toContain('（3月2日更新）');
    expect(await figureFallbacks()).toBe(before);
  });

  it('reads a sum however it is written, and rough sums and words like 一块儿 are no claim', () => {
    const entry = ['押金 500 元，退押金在每月 15 日；2026-03-02 更新。'];
    expect(foreignFigures('押金五百块，每月15号退，3月2日更新', entry)).toEqual([]);
    expect(foreignFigures('A deposit of RMB 500, returned on the 15th; updated March 2', entry)).toEqual([]);
    expect(foreignFigures('押金 300 元', entry)).toEqual(['300 元']);
    expect(foreignFigures('一天扣一两块钱，几百块的床位，大家聚一块儿，多带一块或者两块电池', [''])).toEqual(
      [],
    );
  });
});
