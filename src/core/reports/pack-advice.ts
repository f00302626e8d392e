/**
 * Advice on a pack's reports for its author, printed by `npm run content:check` after a pack passes (never an
 * error). Pack authors asked for both (stop 29):
 * - a landmark or station whose names say nothing of an area is placed in the area of the nearest landmark
 *   that has one (within 1 km), else a station in its branch's first area — silently, until now; a report
 *   naming it goes wherever that area's rules send it; one placed nowhere is said too (stop 30: a station run
 *   by a platform branch, which has no areas, far from every landmark);
 * - a keyword of one character that raises a report's urgency matches inside every longer word that holds it
 *   (急 in 急诊, 火 in 火车): a deadline shortened by a word nobody meant.
 *
 *   for (const line of reportAdvice(pack)) console.log(`hint: ${line}`);
 */
import type { ContentPack } from '../content/schema.js';
import { inferredAreas } from './classify.js';

export function reportAdvice(pack: ContentPack): string[] {
  return [...placedByNeighbour(pack), ...placedNowhere(pack), ...oneCharacterKeywords(pack)];
}

function placedByNeighbour(pack: ContentPack): string[] {
  const owner = (area: string) => pack.branches.find((b) => b.areas.includes(area))?.name ?? '?';
  return inferredAreas(pack).flatMap((p) => {
    if (p.area === undefined) return [];
    const how = p.neighbour
      ? `the nearest landmark with an area, ${p.neighbour.name}, is ${p.neighbour.km.toFixed(1)} km away`
      : 'nothing near it has an area, so the branch that runs it decides';
    return [
      `${p.kind} "${p.name}" is counted in ${p.area} (${owner(p.area)}): ${how} — if it belongs elsewhere, ` +
        `add that area's name as an alias or list it in the right office's areas`,
    ];
  });
}

/** One line for every landmark and station in no area: often meant (no office covers it), so listed, not repeated. */
function placedNowhere(pack: ContentPack): string[] {
  const nowhere = inferredAreas(pack).filter((p) => p.area === undefined);
  if (!nowhere.length) return [];
  return [
    `${nowhere.length} landmark(s) and station(s) are in no area (${nowhere.map((p) => p.name).join('、')}): ` +
      `their names hold none, nothing within 1 km has one and no branch running them lists areas, so reports ` +
      `naming them skip \`to: area\` rules — if one lies in an office's area, add that area's name as its alias`,
  ];
}

function oneCharacterKeywords(pack: ContentPack): string[] {
  const { categories, emergencyKeywords, urgentKeywords } = pack.categories;
  const lists: [string, readonly string[]][] = [
    ['emergencyKeywords', emergencyKeywords],
    ['urgentKeywords', urgentKeywords],
    ...categories.map((c): [string, readonly string[]] => [
      `category "${c.id}" emergencyWhen`,
      c.emergencyWhen,
    ]),
  ];
  return lists.flatMap(([where, words]) =>
    words
      .filter((w) => [...w.trim()].length === 1 && !/[a-z0-9]/i.test(w))
      .map(
        (w) =>
          `${where}: "${w}" is one character and raises the urgency of every report with a longer word holding it — write the words it is meant in`,
      ),
  );
}
