/**
 * Which of the pack's places and stations a question or an FAQ entry names, by any of their names and aliases
 * (traditional characters and regional words read as the index reads them). An entry whose title names places of
 * the pack is about them (`tiedTo`): a question naming another place of the pack is not (北站蓄车场晚上可以停多久
 * against the entry on 周水子机场's 蓄车场, however many words they share). A station counts as being at the places
 * its name, aliases or address name (北站司机之家 is at 北站).
 */
import type { ContentPack, FaqEntry } from '../content/schema.js';
import { homeNames } from '../stations/districts.js';
import { withoutHanSpaces } from './normalize.js';

/** Shortest Chinese name (characters) and Latin name (letters) taken as a name: shorter ones are words of their own. */
const MIN_HAN = 2;
const MIN_LATIN = 4;

export interface PlaceTies {
  /** The ids of the places and stations `text` names (with the places those stations are at). */
  named(text: string): ReadonlySet<string>;
  /**
   * The places and stations an entry is about: those its title names. Not its tags or example questions, where an
   * entry for the whole district names one place as an instance (网约车上下客点 asked as 天塔那拉客停哪; 国贸 among
   * the tags of the entry on office towers); counting them lost dev lines (docs/faq.md, step 7).
   */
  tiedTo(entry: FaqEntry): ReadonlySet<string>;
}

/** `plain`: the FAQ index's reading of a text (FaqIndex.plain), applied to names and questions alike. */
export function placeTies(
  pack: Pick<ContentPack, 'places' | 'stations' | 'settings'>,
  plain: (text: string) => string,
): PlaceTies {
  const compact = (text: string) => withoutHanSpaces(plain(text));
  const home = homeNames(pack.settings.district.name).filter(Boolean);
  /** A name: long enough, and no part of the district's own name (大连 of 大连北站 is all of here). */
  const isName = (form: string) =>
    /\p{Script=Han}/u.test(form)
      ? [...form].length >= MIN_HAN && !home.some((h) => h.includes(form))
      : form.replace(/[^a-z]/g, '').length >= MIN_LATIN;

  // Each name to the one place or station it names. A place's name is the place's even where a station shares it;
  // a name two places share, or two stations and no place (司机之家), names none of them.
  const owners = new Map<string, { places: Set<string>; stations: Set<string> }>();
  const own = (form: string, id: string, kind: 'places' | 'stations') => {
    if (!isName(form)) return;
    const o = owners.get(form) ?? { places: new Set<string>(), stations: new Set<string>() };
    o[kind].add(id);
    owners.set(form, o);
  };
  for (const p of pack.places) for (const n of [p.name, ...p.aliases]) own(compact(n), p.id, 'places');
  for (const s of pack.stations)
    for (const n of [s.name, ...s.aliases, s.variants?.['zh-TW']?.name ?? ''])
      if (n) own(compact(n), s.id, 'stations');
  const forms: { form: string; id: string; latin: boolean }[] = [];
  for (const [form, o] of owners) {
    const ids = o.places.size ? o.places : o.stations;
    if (ids.size === 1) forms.push({ form, id: [...ids][0]!, latin: !/\p{Script=Han}/u.test(form) });
  }

  /** The ids whose names occur in `text`, read. */
  function namesIn(text: string): Set<string> {
    const c = compact(text);
    const spaced = ` ${c} `;
    return new Set(
      forms.filter((f) => (f.latin ? spaced.includes(` ${f.form} `) : c.includes(f.form))).map((f) => f.id),
    );
  }

  const placeIds = new Set(pack.places.map((p) => p.id));
  /** Each station with the places it is at. */
  const at = new Map(
    pack.stations.map((s) => [
      s.id,
      [...namesIn([s.name, ...s.aliases, s.address].join(' '))].filter((id) => placeIds.has(id)),
    ]),
  );
  function named(text: string): Set<string> {
    const ids = namesIn(text);
    for (const id of [...ids]) for (const p of at.get(id) ?? []) ids.add(p);
    return ids;
  }

  /** Entries' places, worked out when first asked of (a few entries per question). */
  const ties = new WeakMap<FaqEntry, ReadonlySet<string>>();
  function tiedTo(entry: FaqEntry): ReadonlySet<string> {
    let found = ties.get(entry);
    if (!found) ties.set(entry, (found = named(entry.title)));
    return found;
  }

  return { named, tiedTo };
}
