/**
 * The pack's ids nearest to one that is not there, for content:check's "did you mean" (QA11: `rule 14: unknown
 * branch "ml-sanjian"` left the organiser to spot the missing g). Written here rather than taken from a library:
 * a dozen lines, and a swap of two letters (ml-sanjaing) counts as one slip, which plain Levenshtein
 * (fastest-levenshtein, leven) counts as two.
 *
 *   didYouMean('ml-sanjian', ['ml-sanjiang', 'ml-baisha'])   // ' — did you mean "ml-sanjiang"?'
 */

/** Edits (insert, delete, change, swap of two neighbours) from `a` to `b`: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // d[i][j]: edits from the first i characters of x to the first j of y.
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      const row = d[i]!;
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[x.length]![y.length]!;
}

/**
 * The ids within a slip or two of `ref` (one edit per four characters, at least one), nearest first; several
 * only when they are equally near. Empty when none is near enough to be what was meant.
 */
export function nearIds(ref: string, ids: Iterable<string>): string[] {
  const allowed = Math.max(1, Math.floor([...ref].length / 4));
  let best = Infinity;
  let found: string[] = [];
  for (const id of new Set(ids)) {
    if (id === ref) continue;
    const n = editDistance(ref, id);
    if (n > allowed || n > best) continue;
    if (n < best) [best, found] = [n, []];
    found.push(id);
  }
  return found.slice(0, 3);
}

/** ` — did you mean "x"?` (or `"x" or "y"`) for the end of a problem's message, or '' when nothing is near. */
export function didYouMean(ref: string, ids: Iterable<string>): string {
  const near = nearIds(ref, ids);
  return near.length ? ` — did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
}
