/**
 * What an organiser teaches in /gaps ("this is entry X") adds a way to reach the entry; it does not make
 * the entry harder to reach the ways it was reached before. An entry of a new district's pack (no example
 * questions) is matched on its answer's sentences with looser thresholds; one learned example used to move
 * it to the stricter measure of an entry with authored examples, and questions it answered went unanswered.
 */
import { describe, expect, it } from 'vitest';
import { createAsker } from '../../../src/core/faq/ask.js';
import { withLearned } from '../../../src/core/faq/learned.js';
import { AT_WEDNESDAY_10, labels, packAt, PACKS, seen } from '../../helpers/askers.js';

const taught = [
  { entry: 'heatstroke-firstaid', text: 'heat stroke what do i do' },
  { entry: 'rider-clubs', text: '工会搞的夜跑骑行那些活动么样报名' },
  { entry: 'track-my-report', text: '处理完了我不满意 还能重新提吗' },
  { entry: 'free-lawyer', text: '想找个明白人问问 又冇得钱' },
];

describe('learned examples on an answer-worded pack (洪山)', async () => {
  const pack = await packAt(PACKS.hongshan);
  const before = await createAsker(pack, labels);
  const after = await createAsker(withLearned(pack, taught), labels);

  it.each([
    ['七月份中午在光谷等单，晒得头昏眼花想吐', 'heatstroke-firstaid'],
    ['周末休息，想跟别的骑手一起打打球', 'rider-clubs'],
    ['上周报的那个事，到现在冇人理', 'track-my-report'],
  ])('%s is still answered with %s once the entry has a learned example', (question, entry) => {
    expect(seen(before.ask(question, AT_WEDNESDAY_10))).toBe(entry);
    expect(seen(after.ask(question, AT_WEDNESDAY_10))).toBe(entry);
  });

  // (想找个律师问问，又冇得钱, taught here before round 36, is now answered without being taught.)
  it('answers the taught wording itself', () => {
    expect(seen(before.ask('想找个明白人问问 又冇得钱', AT_WEDNESDAY_10))).not.toBe('free-lawyer');
    expect(seen(after.ask('想找个明白人问问 又冇得钱', AT_WEDNESDAY_10))).toBe('free-lawyer');
  });
});
