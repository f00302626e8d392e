/**
 * A landmark of the pack's own district to show in "name a place, e.g. …" hints, so that a pack for
 * another district never tells its workers to look near 五角场. The first place of places.yaml (authors
 * list the best known first); without places, the district's own name.
 *
 *   examplePlace(yangpu, 'zh-CN')  // → '五角场'
 *   examplePlace(yangpu, 'en')     // → 'Wujiaochang' (a place's English alias, else the first one's pinyin)
 */
import { pinyinOf } from '../content/names.js';
import type { ContentPack } from '../content/schema.js';
import { forLocale } from '../script.js';
import type { Locale } from '../locales.js';

/** An alias written in Latin letters that reads as a name (Wujiaochang, Olympic Center), not an initialism (wjc). */
const ENGLISH_NAME = /^[A-Z][A-Za-z' .-]{3,}$/;

export function examplePlace(pack: ContentPack, locale: Locale): string {
  const place = pack.places[0];
  const name = place?.name ?? pack.settings.district.name;
  if (locale === 'zh-TW') return forLocale('zh-TW', name);
  if (locale !== 'en') return name;
  // A landmark with an English name reads better than another's pinyin (Olympic Center, not Aotizhongxin).
  const english = pack.places.flatMap((p) => p.aliases).find((a) => ENGLISH_NAME.test(a));
  if (english) return english;
  const sound = pinyinOf(name);
  return sound ? sound[0]!.toUpperCase() + sound.slice(1) : name;
}
