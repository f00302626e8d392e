/**
 * A branch's name as a reader of `locale` sees it: the pack's variant, else the name in their script (zh-TW) or
 * followed by its reading (en: "测试区新就业群体党委 (Ceshi Qu Xin Jiuye Qunti Dangwei)"), as places are read.
 */
import type { Branch, ContentPack, Locale } from '../content/schema.js';
import { placeName, placeReading } from '../stations/reading.js';

export function branchName(branch: Branch, locale: Locale): string {
  return placeName(branch.name, locale, locale === 'zh-CN' ? undefined : branch.variants?.[locale]?.name);
}

/** A branch's name in one language (an HTML option's words, `placeReading`): in English its reading alone. */
export function branchReading(pack: ContentPack, id: string, locale: Locale): string {
  const b = pack.branches.find((x) => x.id === id);
  if (!b) return branchLabel(pack, id, locale, true);
  return placeReading(b.name, locale, locale === 'zh-CN' ? undefined : b.variants?.[locale]?.name);
}

/** `staff`: a reader who may need the id of a branch the pack no longer has (a worker never sees a bare id). */
export function branchLabel(pack: ContentPack, id: string, locale: Locale, staff = false): string {
  const b = pack.branches.find((x) => x.id === id);
  return b ? branchName(b, locale) : formerName(pack, 'branch', id, locale, staff);
}

/**
 * A branch or category the pack no longer has (QA21 #7): the name it last had in a pack, else "已移除的支部",
 * with the id in brackets for staff. The bare id only before the names were looked up (content/left-behind.ts).
 */
export function formerName(
  pack: ContentPack,
  kind: 'branch' | 'category',
  id: string,
  locale: Locale,
  staff: boolean,
): string {
  const former = pack.former;
  if (!former) return id;
  const names = (kind === 'branch' ? former.branches : former.categories)[id];
  const name = names?.[locale] ?? names?.['zh-CN'];
  if (!staff) return name ?? former.t(locale, `content-former-${kind}`);
  return name
    ? former.t(locale, 'content-former-staff-named', { name })
    : former.t(locale, 'content-former-staff', { removed: former.t(locale, `content-former-${kind}`), id });
}
