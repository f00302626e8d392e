/**
 * Localised text: Fluent bundles over locales/<locale>/*.ftl. zh-CN is the default and the fallback.
 * Every string a person sees comes from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';

export type { Locale };
export { DEFAULT_LOCALE, LOCALES, resolveLocale } from './locales.js';

export type TArgs = Record<string, FluentVariable>;
export type Translate = (id: string, args?: TArgs) => string;

export interface I18n {
  t(locale: Locale, id: string, args?: TArgs): string;
  /** Message ids defined in a locale (used by the completeness test). */
  ids(locale: Locale): string[];
}

export class I18nError extends Error {}

const HAN = /\p{Script=Han}/u;

/**
 * A space between Chinese and a Latin value placed next to it ("已由 sec-wujiaochang 签收"), only at the
 * edges of placeables (Fluent's isolation marks), then the marks removed. Chinese values stay unspaced.
 */
export function spaceLatin(text: string): string {
  return text
    .replace(/\u2068([^\u2068\u2069]*)\u2069/g, (_m, inner: string, at: number, all: string) => {
      if (!/[A-Za-z]/.test(inner)) return inner;
      const before = all[at - 1] ?? '';
      const after = all[at + inner.length + 2] ?? '';
      return `${HAN.test(before) ? ' ' : ''}${inner}${HAN.test(after) ? ' ' : ''}`;
    })
    .replace(/[\u2068\u2069]/g, '');
}

export function loadI18n(dir: string): I18n {
  const bundles = new Map<Locale, FluentBundle>();
  const idsByLocale = new Map<Locale, string[]>();
  for (const locale of LOCALES) {
    // Chinese bundles mark placeables (U+2068/2069) so spaceLatin can find them; the marks never leave t().
    const bundle = new FluentBundle(locale, { useIsolating: locale !== 'en' });
    const localeDir = join(dir, locale);
    for (const file of readdirSync(localeDir)
      .filter((f) => f.endsWith('.ftl'))
      .sort()) {
      const resource = new FluentResource(readFileSync(join(localeDir, file), 'utf8'));
      const errors = bundle.addResource(resource);
      idsByLocale.set(locale, [...(idsByLocale.get(locale) ?? []), ...resource.body.map((m) => m.id)]);
      if (errors.length)
        throw new I18nError(`${join(localeDir, file)}: ${errors.map((e) => e.message).join('; ')}`);
    }
    bundles.set(locale, bundle);
  }
  const fallback = bundles.get(DEFAULT_LOCALE)!;

  return {
    t(locale, id, args) {
      const bundle = bundles.get(locale) ?? fallback;
      const message = bundle.getMessage(id) ?? fallback.getMessage(id);
      if (!message?.value) return id;
      // Collect (and ignore) formatting errors: a missing argument renders as its name, never a crash.
      const errors: Error[] = [];
      const used = bundle.hasMessage(id) ? bundle : fallback;
      const out = used.formatPattern(message.value, args ?? null, errors);
      return used === bundles.get('en') ? out : spaceLatin(out);
    },
    ids(locale) {
      return idsByLocale.get(locale) ?? [];
    },
  };
}
