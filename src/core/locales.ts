/**
 * The locales and how a platform's language tag maps to one. Apart from i18n.ts (Fluent) and the content
 * schemas (zod) so the Telegram adapter can load before the first poll without either.
 */
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Map a platform language tag (`zh-hans`, `zh-HK`, `en-US`…) to one of our locales. */
export function resolveLocale(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase().replace('_', '-');
  if (t.startsWith('zh')) return /hant|tw|hk|mo/.test(t) ? 'zh-TW' : 'zh-CN';
  if (t.startsWith('en')) return 'en';
  return undefined;
}

/** A group's stored language as a locale the bot speaks (the default when unset or unknown). */
export function groupLocale(locale: string): Locale {
  return resolveLocale(locale) ?? DEFAULT_LOCALE;
}
