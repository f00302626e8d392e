import type { Answer } from '../../src/core/faq/answer.js';

/** The id an answer stands for (the entry, or the first station listed), or null for a refusal. */
export function answerId(a: Answer): string | null {
  if (a.kind === 'faq') return a.hit.entry.id;
  if (a.kind === 'stations') return a.results.hits[0]?.station.id ?? null;
  return null;
}
