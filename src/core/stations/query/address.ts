/**
 * A station named by what its address says is beside it ("区总工会一楼的驿站", "华师东门对面那个服务点").
 */
import { stationAnchor, type Anchor, type PhraseHitAt, type ReaderIndex } from './types.js';

/** Content characters of a stretch (fillers between them allowed) that a question and a station's address must share. */
const ADDRESS_RUN = 3;

/** Characters of a stretch (with `ADDRESS_RUN` content ones) that name a station when only its address holds them. */
const LANDMARK_RUN = 4;
/** How many more of the question's content characters that station's text must hold than any other's. */
const ADDRESS_LEAD = 2;

/**
 * A station named by what its address says is beside it ("区总工会一楼的驿站", "华师东门对面那个服务点"):
 * the one whose name and address hold a run of `ADDRESS_RUN` of the question's content characters and
 * `ADDRESS_LEAD` more of them than any other station. Characters of cue and service words count nothing.
 * `landmarkOnly`: only a stretch of `LANDMARK_RUN` one station's address alone holds.
 */
export function byAddress(
  ix: ReaderIndex,
  text: string,
  hits: readonly PhraseHitAt[],
  landmarkOnly = false,
): Anchor | undefined {
  const keep = new Uint8Array(text.length).fill(1);
  // A short part of a name (家湾 of 张家湾) is the question's own words here; cue and service words are not.
  for (const h of hits) if (h.value.type !== 'anchor') keep.fill(0, h.start, h.end);
  // Runs of Chinese characters outside cue and service words; what counts is their content characters.
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === ' ') continue;
    if (ch && keep[i] && /\p{Script=Han}/u.test(ch)) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  const content = (t: string) => [...t].filter((c) => !ix.fillers.has(c)).length;
  const chars = new Set([...runs.join('')].filter((c) => !ix.fillers.has(c)));
  /** `t` holds a stretch of the question of `length` characters or more, `ADDRESS_RUN` of them content. */
  const holdsRun = (t: string, length: number) =>
    runs.some((r) => {
      for (let i = 0; i + length <= r.length; i++)
        for (let n = r.length - i; n >= length; n--) {
          const part = r.slice(i, i + n);
          if (content(part) >= ADDRESS_RUN && t.includes(part)) return true;
        }
      return false;
    });
  const shared = (t: string) => holdsRun(t, ADDRESS_RUN);
  // A landmark written out as one station's address has it (第一码头旁边的服务站: 鹭江道100号第一码头旁): that station,
  // however many of its characters others hold (码头 is in every pier's).
  const holding = ix.described.filter(({ own }) => holdsRun(own, LANDMARK_RUN));
  if (holding.length === 1) return stationAnchor(holding[0]!.station);
  if (landmarkOnly) return undefined;
  const scored = ix.described
    .filter(({ own }) => shared(own))
    .map(({ station, text: t }) => ({ station, n: [...chars].filter((c) => t.includes(c)).length }))
    .sort((a, b) => b.n - a.n);
  const [best, second] = scored;
  if (!best) return undefined;
  const rival = Math.max(
    second?.n ?? 0,
    ...ix.described
      .filter((d) => d.station !== best.station)
      .map((d) => [...chars].filter((c) => d.text.includes(c)).length),
  );
  return best.n - rival >= ADDRESS_LEAD ? stationAnchor(best.station) : undefined;
}
