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
  const chars = new Set([...runs.join('')].filter((c) => !ix.fillers.has(c)));
  const holdsRun = holdsStretch(runs, ix.fillers);
  const shared = (t: string) => holdsRun(t, ADDRESS_RUN);
  // A landmark written out as one station's address has it (第一码头旁边的服务站: 鹭江道100号第一码头旁): that station,
  // however many of its characters others hold (码头 is in every pier's).
  const holding = ix.described.filter(({ own }) => holdsRun(own, LANDMARK_RUN));
  if (holding.length === 1) return stationAnchor(holding[0]!.station);
  if (landmarkOnly) return undefined;
  /** How many of the question's content characters each station's text holds. */
  const held = ix.described.map(({ text: t }) => {
    let n = 0;
    for (const c of chars) if (t.includes(c)) n++;
    return n;
  });
  const scored = ix.described
    .flatMap(({ station, own }, k) => (shared(own) ? [{ station, n: held[k]! }] : []))
    .sort((a, b) => b.n - a.n);
  const [best, second] = scored;
  if (!best) return undefined;
  const rival = Math.max(second?.n ?? 0, ...held.filter((_, k) => ix.described[k]!.station !== best.station));
  return best.n - rival >= ADDRESS_LEAD ? stationAnchor(best.station) : undefined;
}

/**
 * Whether a text holds a stretch of one of the runs `length` characters long or longer with `ADDRESS_RUN` content
 * characters (not fillers). Only the shortest such stretch from each start is tried: a text holding a longer one
 * holds its start too. The stretches are found once per question and kept per length.
 */
function holdsStretch(
  runs: readonly string[],
  fillers: ReadonlySet<string>,
): (t: string, length: number) => boolean {
  const byLength = new Map<number, string[]>();
  const stretches = (length: number): string[] => {
    let found = byLength.get(length);
    if (found) return found;
    found = [];
    for (const r of runs)
      for (let i = 0; i + length <= r.length; i++) {
        let content = 0;
        for (let n = 1; i + n <= r.length; n++) {
          if (!fillers.has(r[i + n - 1]!)) content++;
          if (n >= length && content >= ADDRESS_RUN) {
            found.push(r.slice(i, i + n));
            break;
          }
        }
      }
    byLength.set(length, found);
    return found;
  };
  return (t, length) => stretches(length).some((part) => t.includes(part));
}
