/** A branch's name as a reader of `locale` sees it: the pack's variant, else the name in their script. */
import type { Branch, Locale } from '../content/schema.js';
import { nameForLocale } from '../script.js';

export function branchName(branch: Branch, locale: Locale): string {
  if (locale === 'zh-CN') return branch.name;
  return branch.variants?.[locale]?.name ?? nameForLocale(locale, branch.name);
}
