/**
 * Which branch owns a classified report, by the rules in routing.yaml (documented for organisers in
 * content/README.md, "routing.yaml"):
 *
 * - rules are tried in file order and the first that matches wins;
 * - a rule matches when its `category` is the report's (or "*"), its `origin` — if given — is the
 *   reporter's branch id or that branch's industry, and its `area` — if given — is the report's area;
 * - `to: origin` sends the report to the reporter's branch, and such a rule is skipped when that
 *   branch is unknown; `to: area` to the branch whose areas hold the report's area (a street office
 *   first), skipped when the report has no area;
 * - no rule → the origin branch; no origin either → the district (the one branch of kind district).
 *
 *   routeReport({ category: 'road-hazard', originBranch: 'meituan-yangpu', area: '国定路' }, pack)
 *   // → { branch: 'street-wujiaochang', rule: 9 }
 */
import { areaFormMap, compactName } from '../content/names.js';
import { builtOf } from '../content/own-pack.js';
import type { Branch, ContentPack } from '../content/schema.js';

/** The kind of a group: its branch's industry for `kind: branch`, else the branch's kind (street, union…). */
export function groupKind(b: Branch): string {
  return b.kind === 'branch' ? b.industry : b.kind;
}

/** Per pack: a rule's `area` (a name, alias or derived form) → the area name detectArea reports. */
const ruleAreas = new WeakMap<ContentPack, Map<string, string>>();
function ruleArea(pack: ContentPack, area: string): string {
  let map = ruleAreas.get(builtOf(pack));
  if (!map) {
    map = areaFormMap(pack.branches);
    ruleAreas.set(builtOf(pack), map);
  }
  return map.get(compactName(area)) ?? area;
}

/**
 * The branch whose `areas` hold `area` (a name, alias or derived form): a street office before any other kind,
 * then file order. One rule `{ category: road-hazard, to: area }` then does what a rule per area did.
 */
function areaOwner(pack: ContentPack, area: string): Branch | undefined {
  const wanted = ruleArea(pack, area);
  const owners = pack.branches.filter((b) => b.areas.some((a) => ruleArea(pack, a) === wanted));
  return owners.find((b) => b.kind === 'street') ?? owners[0];
}

export interface RouteInput {
  category: string;
  /** The branch of the group the report came from; absent for a private chat never linked to a group. */
  originBranch?: string;
  /** An entry of some branch's `areas` (see detectArea / areaAt in classify.ts). */
  area?: string;
}

export interface RouteResult {
  /** The owning branch id (always a branch of the pack). */
  branch: string;
  /** Index in `pack.routing` (0-based) of the rule that decided; absent when a fallback did. */
  rule?: number;
}

/** The pack's district branch (content:check guarantees exactly one). */
export function districtBranch(pack: ContentPack): Branch {
  const district = pack.branches.find((b) => b.kind === 'district');
  if (!district) throw new Error('the content pack has no branch of kind "district"');
  return district;
}

export function routeReport(input: RouteInput, pack: ContentPack): RouteResult {
  const branches = new Map(pack.branches.map((b) => [b.id, b]));
  // An origin the pack no longer knows (a group bound to a removed branch) counts as no origin, so
  // the report is not sent to a branch nobody watches.
  const origin = input.originBranch ? branches.get(input.originBranch) : undefined;

  for (const [index, rule] of pack.routing.entries()) {
    if (rule.category !== '*' && rule.category !== input.category) continue;
    if (
      rule.origin !== undefined &&
      (!origin ||
        (rule.origin !== origin.id && rule.origin !== origin.industry && rule.origin !== groupKind(origin)))
    )
      continue;
    if (
      rule.area !== undefined &&
      (input.area === undefined || ruleArea(pack, rule.area) !== ruleArea(pack, input.area))
    )
      continue;
    if (rule.to === 'origin') {
      if (!origin) continue;
      return { branch: origin.id, rule: index };
    }
    if (rule.to === 'area') {
      const owner = input.area === undefined ? undefined : areaOwner(pack, input.area);
      if (!owner) continue;
      return { branch: owner.id, rule: index };
    }
    // content:check refuses unknown `to` ids; a hand-built pack that skipped it falls through.
    if (branches.has(rule.to)) return { branch: rule.to, rule: index };
  }
  return { branch: origin?.id ?? districtBranch(pack).id };
}
