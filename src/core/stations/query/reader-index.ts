/**
 * The reader's index, built once from the pack: every phrase it looks for in one matcher (names of places and
 * stations, services, cue words, words set aside, the district's own name, somewhere else), and what the parts read
 * beside it — station words, fillers, each station's name and address compacted.
 */
import { compactName, pinyinOf } from '../../content/names.js';
import { plainErhua } from '../../faq/dialect.js';
import { loadLexicon, type Cue } from '../../faq/lexicon.js';
import { normalize } from '../../faq/normalize.js';
import { PhraseMatcher } from '../../faq/phrases.js';
import { homeNames, withProvince } from '../districts.js';
import type { SpokenForm } from '../sound-alike.js';
import { elsewherePhrases } from './elsewhere-phrases.js';
import { namePhrases } from './name-phrases.js';
import { servicePhrases } from './service-words.js';
import type { Phrase, ReaderIndex, ReaderPack, Service } from './types.js';

/** Round 31: a place looked for without "where" (收完件想找地方冲个凉). */
const EVERYDAY_WHERE = ['找地方', '找处地方', '找块地方'];

/**
 * Every phrase also as questions are read: the reader is given text with erhua dropped (燕儿窝 reads 燕窝, as 这片儿
 * reads 这片), so a name written with 儿 (燕儿窝货车司机驿站, 鸟儿公园) must be met in that form too.
 */
function withErhuaDropped(phrases: readonly [string, Phrase][]): [string, Phrase][] {
  return phrases.flatMap(([w, v]): [string, Phrase][] => {
    const plain = plainErhua(normalize(w));
    return plain && plain !== normalize(w)
      ? [
          [w, v],
          [plain, v],
        ]
      : [[w, v]];
  });
}

export function readerIndex(pack: ReaderPack, labels: Record<Service, string[]>): ReaderIndex {
  const lex = loadLexicon();

  // The district's own name and its pinyin (上海市杨浦区, shanghaishiyangpuqu): its parts name no place.
  const home = normalize(withProvince(pack.settings.district.name));
  const homePinyin = [...home].map((ch) => pinyinOf(ch) ?? ch).join('');

  const district = compactName(pack.settings.district.name);
  const names = namePhrases(pack, lex, { home, homePinyin, district });
  const { placeNames, written } = names;
  const phrases: [string, Phrase][] = [...names.phrases, ...servicePhrases(labels, pack.synonyms)];

  for (const [cue, list] of Object.entries(lex.cues) as [Cue, string[]][])
    if (cue !== 'near') for (const w of list) phrases.push([w, { type: 'cue', cue }]);
  for (const w of EVERYDAY_WHERE) phrases.push([w, { type: 'cue', cue: 'where' }]);
  for (const w of [...lex.employerSite, ...lex.dayOff]) phrases.push([w, { type: 'aside' }]);
  // "裕华这边有驿站吗", "石家庄哪里能充电": the whole district, where every station is; not a place the pack lacks.
  const namesWritten = new Set([...placeNames, ...written]);
  const homeWords = [
    ...homeNames(pack.settings.district.name),
    ...[...home.matchAll(/(\p{Script=Han}{2,}?)[省市区县]/gu)].map((m) => m[0]),
  ];
  for (const w of new Set(homeWords))
    if ([...w].length >= 2 && !namesWritten.has(w)) phrases.push([w, { type: 'home' }]);

  const near = new Set(lex.cues.near.map(normalize));
  const fillers = new Set(lex.fillers.flatMap((w) => [...normalize(w)]));
  const kinds: string[] = [...lex.cues.station.map(normalize), '之家'];
  const spokenKinds: SpokenForm<object>[] = kinds
    .filter((k) => /^\p{Script=Han}{3,}$/u.test(k))
    .map((form) => ({ form, anchor: { id: 'station-word' } }));

  const elsewhere = elsewherePhrases(pack, lex, { home, homePinyin, district });
  const matcher = new PhraseMatcher(withErhuaDropped([...phrases, ...elsewhere.phrases]));

  const homeParts = [district, ...district.split(/[省市]/u).filter((x) => [...x].length >= 2)].sort(
    (a, b) => b.length - a.length,
  );
  const described = pack.stations.map((st) => {
    const text = plainErhua(compactName([st.name, ...st.aliases, st.address].join(' ')));
    let own = text;
    for (const h of homeParts) own = own.split(h).join(' ');
    return { station: st, text, own };
  });

  return {
    matcher,
    stations: pack.stations,
    stop: new Set(lex.stopwords),
    near,
    fillers,
    kinds,
    described,
    spoken: names.spoken,
    joined: names.joined,
    written,
    spokenKinds,
    packNames: elsewhere.packNames,
  };
}
