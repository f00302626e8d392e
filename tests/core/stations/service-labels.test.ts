/**
 * Every station service has its name in every locale: a service added to `STATION_SERVICES` without its
 * `faq-service-<id>` label would show workers the bare message id in station cards ("✅ faq-service-…"),
 * and its words would not be read in that language.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATION_SERVICES } from '../../../src/core/content/schema.js';
import { LOCALES, loadI18n } from '../../../src/core/i18n.js';

const i18n = loadI18n(resolve(import.meta.dirname, '../../../locales'));

describe('station services', () => {
  it.each(LOCALES)('every service has a label in %s', (locale) => {
    const have = new Set(i18n.ids(locale));
    const missing = STATION_SERVICES.map((s) => `faq-service-${s}`).filter((id) => !have.has(id));
    expect(missing, `add these to locales/${locale}/`).toEqual([]);
  });
});
