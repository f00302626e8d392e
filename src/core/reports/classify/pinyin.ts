/** Reports typed in pinyin, read back into Chinese with the pack's own words and the built-in phrases. */
import type { ContentPack } from '../../content/schema.js';
import { PinyinReader } from '../../faq/pinyin-input.js';
import { EMERGENCY_PHRASES } from '../emergency.js';
import { REQUEST_WORDS } from '../frames.js';
import { TOPIC_TEXTS } from '../topics.js';
import { describing } from './words.js';

const pinyinReaders = new WeakMap<ContentPack, PinyinReader>();

/** Reads pinyin reports back into Chinese with the words of the pack's categories, areas, places, stations and emergencies. */
export function pinyinReader(pack: ContentPack): PinyinReader {
  let r = pinyinReaders.get(pack);
  if (!r) {
    const texts = [
      ...pack.categories.categories.flatMap((c) => [...describing(c), ...c.keywords, ...c.emergencyWhen]),
      ...pack.categories.emergencyKeywords,
      ...pack.categories.urgentKeywords,
      ...pack.branches.flatMap((b) => [b.name, ...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
      ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
      ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
      ...TOPIC_TEXTS,
      // A request typed by sound (yi zhan neng bu neng zeng jia…) is read as one (frames.ts).
      ...REQUEST_WORDS,
      // Emergencies typed by sound (ta yun dao le, you ren tiao lou) need the built-in phrases too.
      ...EMERGENCY_PHRASES,
    ];
    const places = [
      ...pack.branches.flatMap((b) => [...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
      ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
      ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
    ];
    r = new PinyinReader(texts, [], places);
    pinyinReaders.set(pack, r);
  }
  return r;
}
