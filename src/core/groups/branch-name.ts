/**
 * A branch's name as a reader of `locale` sees it: the pack's variant, else the name in their script (zh-TW) or
 * followed by its reading (en: "测试区新就业群体党委 (Ceshi Qu Xin Jiuye Qunti Dangwei)"), as places are read.
 */
import type { Branch, Locale } from '../content/schema.js';
import { placeName } from '../stations/reading.js';

export function branchName(branch: Branch, locale: Locale): string {
  return placeName(branch.name, locale, locale === 'zh-CN' ? undefined : branch.variants?.[locale]?.name);
}
