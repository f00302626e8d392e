/**
 * Whether a lesson fits a group now: its series' (and its own) `months` hold this month in BOT_TIMEZONE,
 * and their `audience` holds the group's kind (delivery, ride-hailing, street… — as routing's `origin`).
 * A lesson that does not fit is skipped, not marked as had: the group gets the next one that fits, and the
 * skipped one comes back in its season. A group whose branch the pack no longer knows has no kind, so only
 * lessons without an `audience` reach it.
 *
 *   applicableCandidates(pack, ['summer-heat', 'winter'], group, decemberNoon, tz)  // the winter lessons only
 *   resumesInMonth(pack, ['winter'], group, julyNoon, tz, had)                     // 11: out of season, not done
 */
import type { ContentPack, Lesson, Series } from '../content/schema.js';
import { monthsOfSpec } from '../content/schema.js';
import type { GroupBinding } from '../ports/groups.js';
import { groupKind } from '../reports/route.js';
import { zonedParts } from '../zoned.js';

interface Applicability {
  months?: readonly (number | string)[] | undefined;
  audience?: readonly string[] | undefined;
}

function fits(a: Applicability, month: number, kind: string | undefined): boolean {
  if (a.months && !a.months.some((spec) => monthsOfSpec(spec)?.includes(month))) return false;
  if (a.audience && (!kind || !a.audience.includes(kind))) return false;
  return true;
}

function lessonFits(series: Series, lesson: Lesson, month: number, kind: string | undefined): boolean {
  return fits(series, month, kind) && fits(lesson, month, kind);
}

/** The kind of group (GROUP_KINDS) a bound group is, from its branch; undefined for an unknown branch. */
function kindOfGroup(pack: ContentPack, group: Pick<GroupBinding, 'branch'>): string | undefined {
  const b = pack.branches.find((x) => x.id === group.branch);
  return b ? groupKind(b) : undefined;
}

/** Lesson ids of these series that fit `group` at `at`, in teaching order (series as listed, lessons by order). */
export function applicableCandidates(
  pack: ContentPack,
  seriesIds: readonly string[],
  group: Pick<GroupBinding, 'branch'>,
  at: number,
  tz: string,
): string[] {
  const month = zonedParts(at, tz).month;
  const kind = kindOfGroup(pack, group);
  return seriesIds.flatMap((sid) => {
    const s = pack.series.find((x) => x.id === sid);
    return s ? s.lessons.filter((l) => lessonFits(s, l, month, kind)).map((l) => l.id) : [];
  });
}

/**
 * When series with nothing for the group now go on: the first month after this one in which a lesson the group
 * has not had fits it. Undefined when nothing left ever will (every lesson had, or none for its kind) — only
 * then are the series done; until then they rest out of season.
 */
export function resumesInMonth(
  pack: ContentPack,
  seriesIds: readonly string[],
  group: Pick<GroupBinding, 'branch'>,
  at: number,
  tz: string,
  had: ReadonlySet<string>,
): number | undefined {
  const month = zonedParts(at, tz).month;
  const kind = kindOfGroup(pack, group);
  const left = seriesIds.flatMap((sid) => {
    const s = pack.series.find((x) => x.id === sid);
    return s ? s.lessons.filter((l) => !had.has(l.id)).map((l) => ({ s, l })) : [];
  });
  for (let ahead = 1; ahead < 12; ahead++) {
    const m = ((month - 1 + ahead) % 12) + 1;
    if (left.some(({ s, l }) => lessonFits(s, l, m, kind))) return m;
  }
  return undefined;
}
