/** Service names as people read them — and, in every locale, as words that ask for the service. */
import { LOCALES, STATION_SERVICES } from '../content/schema.js';
import type { I18n } from '../i18n.js';
import type { Service } from './query.js';

export function serviceLabels(i18n: I18n): Record<Service, string[]> {
  const out = {} as Record<Service, string[]>;
  for (const s of STATION_SERVICES)
    out[s] = LOCALES.map((l) => i18n.t(l, `faq-service-${s}`)).filter((w) => w !== `faq-service-${s}`);
  return out;
}
