/**
 * Whose place a report names: the worker's home (住在…), where they work (在…跑单), or where it happened; and the
 * pack's housing category, for which the home decides.
 */
import { builtOf } from '../../content/own-pack.js';
import type { ContentPack } from '../../content/schema.js';
import { topicMap } from '../topics.js';
import { normaliseReportText } from './words.js';

/** Before a place: the worker lives there (住在, 家在, 宿舍在, "I live in"). */
const HOME_BEFORE =
  /(?:住|(?<![商店大人老])家|租|宿舍|公寓|出租屋|房子)(?:在|于|的是)?(?:那个|这个)?$|\b(?:live|living|lives|stay|staying|room|flat|apartment|dorm|dormitory|house|home|place|rent|renting)\s+(?:in|at|near|around|by|on)\s$/;
/** After 在 + a place: the worker works there (在五角场跑单), which says where they work, not where it happened. */
const WORK_AFTER =
  /^(?:那边|这边|附近|一带|那块|那片)?(?:跑单|跑外卖|跑腿|送单|送餐|送外卖|送快递|送件|派件|上班|干活|打工|工作|拉活|跑车|接单)/;
const WORK_BEFORE_LATIN =
  /\b(?:work|works|working|deliver|delivering|ride|riding|drive|driving)\s+(?:in|at|around|near)\s$/;

/** The role of a place named at [start, end): the worker's home, their work area, or (undefined) where it happened. */
export function placeRole(norm: string, start: number, end: number): 'home' | 'work' | undefined {
  const before = norm.slice(Math.max(0, start - 8), start);
  if (HOME_BEFORE.test(before)) return 'home';
  if ((/在$/.test(before) && WORK_AFTER.test(norm.slice(end, end + 6))) || WORK_BEFORE_LATIN.test(before))
    return 'work';
  return undefined;
}

const housingCategories = new WeakMap<ContentPack, string | undefined>();
/** The pack's category about where workers live (built-in knowledge, matched by its description). */
export function housingCategory(pack: ContentPack): string | undefined {
  if (housingCategories.has(builtOf(pack))) return housingCategories.get(builtOf(pack));
  const listed = pack.categories.precedence;
  const rank = new Map(pack.categories.categories.map((c, i) => [c.id, listed.length + i]));
  listed.forEach((id, i) => rank.set(id, i));
  const id = topicMap(pack.categories.categories, normaliseReportText, (c) => rank.get(c) ?? 0).get(
    'housing',
  );
  housingCategories.set(builtOf(pack), id);
  return id;
}
