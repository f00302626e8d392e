/**
 * A part of several stations' names that no place is called (燕儿窝 of 燕儿窝快递小哥驿站 and 燕儿窝货车司机驿站): the
 * area where they stand, read as a place at their midpoint.
 */
import type { Station } from '../../content/schema.js';
import { stationForms } from '../../content/names.js';
import { distanceMeters } from '../geo.js';
import { JOB_WORDS } from './station-forms.js';
import type { Anchor } from './types.js';

/** How the id of a shared name part's area starts (no place's id in a pack has a colon). */
export const AREA_ID = 'area:';

/** How far apart stations sharing a part of their names may stand for that part to name one area. */
const SHARED_AREA_M = 3000;

/**
 * Chinese parts of two characters or more that two stations' names or more hold, and no other station's: no
 * kind or job word in them, and the stations within `SHARED_AREA_M` of each other (one area, not a chain's name).
 */
export function sharedNameParts(stations: readonly Station[]): Map<string, string[]> {
  const holders = new Map<string, Set<string>>();
  for (const st of stations)
    for (const f of stationForms(st.name))
      if (/^\p{Script=Han}{2,}$/u.test(f)) holders.set(f, (holders.get(f) ?? new Set()).add(st.id));
  const byId = new Map(stations.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  for (const [form, set] of holders) {
    if (set.size < 2 || SHARED_PART_NOT_AREA.test(form) || PLACE_KIND_ONLY.test(form)) continue;
    // Nor a job word or a cut of one (动者 of 劳动者).
    if (JOB_WORDS.some((w) => form.includes(w) || w.includes(form))) continue;
    const at = [...set].map((id) => byId.get(id)!);
    const spread = Math.max(...at.flatMap((a) => at.map((b) => distanceMeters(a, b))));
    if (spread <= SHARED_AREA_M) out.set(form, [...set]);
  }
  return out;
}

/** Kind words and what follows a place's name in a station's (驿站, 之家, 服务, 司机, 快递): no area's name. */
const SHARED_PART_NOT_AREA = /站|之家|服务|工会|爱心|暖心|司机|快递|外卖|骑手|小哥|休息|中心|党群|职工|驿/u;

/** What kind of place it is, with no name (广场 of 文化广场 and 航运广场, 支行 of two banks'): no area. */
const PLACE_KIND_ONLY =
  /^(?:广场|支行|分行|银行|公园|大道|大街|街道|社区|商场|大厦|[东西南北中]?路|园区|市场)$/u;

/** The area a shared name part names: a place at its stations' midpoint. */
export function sharedArea(form: string, ids: readonly string[], byId: ReadonlyMap<string, Anchor>): Anchor {
  const points = ids.map((id) => byId.get(id)!.point);
  const mid = (k: 'lat' | 'lon') => points.reduce((sum, p) => sum + p[k], 0) / points.length;
  return { kind: 'place', id: `${AREA_ID}${form}`, name: form, point: { lat: mid('lat'), lon: mid('lon') } };
}
