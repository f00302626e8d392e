/**
 * Which one station the names met point at: the station whose names hold a station and a place named, or every name
 * met, or a place's own name; a Latin name typed in pieces; "that station"; and whether a station offers what is asked.
 */
import type { Station } from '../../content/schema.js';
import { compactName, stationCore } from '../../content/names.js';
import { stationAnchor, type Anchor, type ReaderIndex, type Service } from './types.js';

/** The only station whose name or an alias holds both a station name and a place named in the question. */
export function bothNamed<T extends { anchor: Anchor; text: string }>(
  ix: ReaderIndex,
  station: T,
  place: T,
): T | undefined {
  const [s, p] = [compactName(station.text), compactName(place.text)];
  if (!s || !p || s.includes(p)) return undefined;
  const both = ix.stations.filter((x) => {
    const names = [x.name, ...x.aliases].map(compactName);
    return names.some((n) => n.includes(s)) && names.some((n) => n.includes(p));
  });
  return both.length === 1 ? { ...station, anchor: stationAnchor(both[0]!) } : undefined;
}

/**
 * The one station whose name or aliases contain `place` and share the most character pairs with the
 * question; undefined when none does or two tie.
 */
export function stationNamed(
  ix: ReaderIndex,
  question: string,
  place: string,
  exactFirst = true,
): Anchor | undefined {
  if (!place) return undefined;
  const pairs = (t: string) => {
    const c = [...compactName(t)];
    return new Set(c.slice(1).map((ch, i) => c[i]! + ch));
  };
  const q = pairs(question);
  let best: { s: Station; score: number } | undefined;
  let tie = false;
  for (const s of ix.stations) {
    const names = [s.name, ...s.aliases].map(compactName);
    if (!names.some((n) => n.includes(place))) continue;
    const own = pairs(names.join(' '));
    // A station called exactly that (创智天地) before one that has it in a longer alias (创智天地旁).
    const exact = exactFirst && (names.includes(place) || stationCore(s.name) === place) ? 100 : 0;
    const score = exact + [...q].filter((p) => own.has(p)).length;
    if (!best || score > best.score) [best, tie] = [{ s, score }, false];
    else if (score === best.score) tie = true;
  }
  return best && !tie ? stationAnchor(best.s) : undefined;
}

/** The one station whose name, aliases and address hold every name met, when they name several anchors. */
export function holdingAll<T extends { anchor: Anchor; text: string }>(
  ix: ReaderIndex,
  found: readonly T[],
): T | undefined {
  if (new Set(found.map((f) => f.anchor.id)).size < 2) return undefined;
  const parts = found.map((f) => compactName(f.text));
  const holders = ix.described.filter(({ text }) => parts.every((p) => text.includes(p)));
  return holders.length === 1 && found[0]
    ? { ...found[0], anchor: stationAnchor(holders[0]!.station) }
    : undefined;
}

/** Two to four Latin words in a row that, joined, are a station's Latin name. */
export function splitLatin(ix: ReaderIndex, text: string): Anchor | undefined {
  const words = text.split(' ');
  for (let n = 4; n >= 2; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (!run.every((w) => /^[a-z]+$/.test(w))) continue;
      const hit = ix.joined.get(run.join(''));
      if (hit) return hit;
    }
  return undefined;
}

/** The station offers every service asked, and at least one is asked. */
export function offersAll(ix: ReaderIndex, id: string, services: ReadonlySet<Service>): boolean {
  const st = ix.stations.find((s) => s.id === id);
  return st !== undefined && services.size > 0 && [...services].every((s) => st.services.includes(s));
}

/** "That station" (那个驿站, 这家爱心驿站): one station meant, a kind word within a few characters of 那/这. */
export function thatStation(ix: ReaderIndex, text: string): boolean {
  const m = /[那这][个家间座处]/u.exec(text);
  if (!m) return false;
  const after = text.slice(m.index + 2, m.index + 8);
  return ix.kinds.some((k) => after.includes(k));
}
