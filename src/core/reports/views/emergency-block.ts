/**
 * The emergency numbers as a worker in danger reads them, first in the reply to a report, a receipt or a withdrawal
 * of an emergency: the service the danger needs first, each named for the reader, and one first-aid line.
 */
import { bold, type Span } from '../../card.js';
import type { ContentPack, Locale } from '../../content/schema.js';
import { forLocale, markChinese } from '../../script.js';
import { orderEmergencyNumbers } from '../emergency-numbers.js';
import { firstAidFor } from '../first-aid.js';
import type { View } from './words.js';

/**
 * The pack's emergency numbers, the service the danger needs first, each named for the reader: the pack's
 * variant, else (for English) the bot's own name for a well-known number (`emergency-service`), else the
 * pack's name, in traditional characters for a zh-TW reader. Without `reader`: the pack's names.
 */
export function emergencyLine(
  pack: ContentPack,
  signals: readonly string[] = [],
  reader?: { locale: Locale; t: (id: string, args: Record<string, string>) => string },
): string {
  const name = (e: ContentPack['settings']['emergencyNumbers'][number]): string => {
    if (!reader || reader.locale === 'zh-CN') return e.name;
    const own = e.variants?.[reader.locale]?.name;
    if (own) return own;
    const fallback = forLocale(reader.locale, e.name);
    const named = reader.t('emergency-service', {
      number: `n${e.number.replace(/\D/g, '')}`,
      name: fallback,
    });
    // A pack's own number the bot has no English for keeps its Chinese name, marked so (QA12 #10).
    return markChinese((id) => reader.t(id, {}), reader.locale, named);
  };
  return orderEmergencyNumbers(pack.settings.emergencyNumbers, signals)
    .map((e) => `${e.number} ${name(e)}`)
    .join(' · ');
}

/**
 * The emergency numbers shown first for danger now: the title, the numbers, and — when `text` says which danger it
 * is — one short first-aid line under them (`first-aid.ts`, QA9 #9).
 */
export function emergencyBlock(v: View, signals: readonly string[] = [], text = ''): Span[] {
  const aid = text ? firstAidFor(text, signals) : undefined;
  return [
    bold(v.t('report-emergency-title')),
    '\n',
    emergencyLine(v.pack, signals, v),
    ...(aid ? ['\n', v.t(`first-aid-${aid}`)] : []),
    '\n\n',
  ];
}
