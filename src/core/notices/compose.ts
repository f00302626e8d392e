/**
 * The pieces of a notice an organiser types, and the notice as a card.
 *
 * Variants: after the main text, a line starting with `[en]` or `[zh-TW]` (or `[zh-CN]`) begins that
 * language's version; groups whose locale has a version get it, the others get the main text.
 *
 *   parseNoticeText('明天停电\n[en]\nPower cut tomorrow')  // { main: '明天停电', variants: { en: 'Power cut tomorrow' } }
 *   parseSendTime('16:30', now, 'Asia/Shanghai')           // today 16:30, or tomorrow if that has passed
 *   parseSendTime('周五下午三点', now, 'Asia/Shanghai')       // this coming Friday 15:00
 */
import type * as Chrono from 'chrono-node';
import { bold, type Card } from '../card.js';
import { LOCALES, type Locale } from '../content/schema.js';
import type { I18n } from '../i18n.js';
import { addLocalDays, zonedParts, zonedToInstant } from '../zoned.js';

/** Leave room under Telegram's 4096 for the header. */
export const NOTICE_MAX_CHARS = 3500;
/** How far ahead a notice may be scheduled. */
export const NOTICE_MAX_DAYS = 30;
export const ACK_PREFIX = 'ack';

export type NoticeTextResult =
  | { ok: true; main: string; variants: Partial<Record<Locale, string>> }
  | { ok: false; error: 'empty' | 'variant-empty' | 'too-long'; locale?: string; length?: number };

const MARKER = /^\s*\[(zh-cn|zh-tw|en)\]\s*/i;

export function parseNoticeText(raw: string): NoticeTextResult {
  const blocks: { locale?: Locale; lines: string[] }[] = [{ lines: [] }];
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const m = MARKER.exec(line);
    if (m) {
      const locale = LOCALES.find((l) => l.toLowerCase() === m[1]!.toLowerCase())!;
      blocks.push({ locale, lines: [line.slice(m[0].length)] });
    } else blocks[blocks.length - 1]!.lines.push(line);
  }
  const variants: Partial<Record<Locale, string>> = {};
  let main = blocks[0]!.lines.join('\n').trim();
  for (const b of blocks.slice(1)) {
    const text = b.lines.join('\n').trim();
    if (!text) return { ok: false, error: 'variant-empty', locale: b.locale };
    variants[b.locale!] = text;
  }
  // Only tagged blocks: the zh-CN one (or the first) is the main text.
  if (!main) {
    const first = variants['zh-CN'] ?? Object.values(variants)[0];
    if (!first) return { ok: false, error: 'empty' };
    main = first;
  }
  delete variants['zh-CN'];
  for (const text of [main, ...Object.values(variants)])
    if (text.length > NOTICE_MAX_CHARS) return { ok: false, error: 'too-long', length: text.length };
  return { ok: true, main, variants };
}

export type SendTimeResult =
  { ok: true; at: number } | { ok: false; error: 'bad' | 'past' | 'far' | 'no-hour' };

/**
 * Simplified and traditional Chinese, then English: whichever reads more of the words wins. chrono-node is
 * loaded on the first natural time an organiser types, not at start (it is a large package).
 */
let natural: Promise<Pick<Chrono.Chrono, 'parse'>[]> | undefined;
const naturalParsers = () =>
  (natural ??= import('chrono-node').then((chrono) => [chrono.zh.hans, chrono.zh.hant, chrono.en]));

/** The zone's offset from UTC at `now`, in minutes (chrono takes an offset, not a zone name). */
function offsetMinutes(now: number, tz: string): number {
  const p = zonedParts(now, tz);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(now / 60_000) * 60_000) / 60_000);
}

/**
 * A time as people say it, in zh (simplified or traditional) or en: "明天早上九点", "周五下午三点",
 * "in 2 hours", "tomorrow 9am". chrono-node reads it; a day without an hour ("明天下午") is refused, so
 * nothing goes out at a time nobody chose.
 */
async function parseNatural(input: string, now: number, tz: string): Promise<SendTimeResult> {
  const ref = { instant: new Date(now), timezone: offsetMinutes(now, tz) };
  let best: Chrono.ParsedResult | undefined;
  for (const parser of await naturalParsers()) {
    const [r] = parser.parse(input, ref, { forwardDate: true });
    if (r && (!best || r.text.length > best.text.length)) best = r;
  }
  if (!best) return { ok: false, error: 'bad' };
  if (!best.start.isCertain('hour')) return { ok: false, error: 'no-hour' };
  const at = Math.floor(best.start.date().getTime() / 60_000) * 60_000;
  if (at <= now) return { ok: false, error: 'past' };
  return { ok: true, at };
}

/**
 * `HH:MM` (today, or tomorrow once passed), `YYYY-MM-DD HH:MM`, or a natural time (parseNatural), in the
 * bot's time zone.
 */
export async function parseSendTime(input: string, now: number, tz: string): Promise<SendTimeResult> {
  const s = input.trim().replace(/：/g, ':').replace(/\s+/g, ' ');
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(s);
  const short = /^(\d{1,2}):(\d{2})$/.exec(s);
  let at: number;
  if (full) {
    const [year, month, day, hour, minute] = full.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59)
      return { ok: false, error: 'bad' };
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1) return { ok: false, error: 'bad' };
    at = zonedToInstant({ year, month, day, hour, minute }, tz);
    if (at <= now) return { ok: false, error: 'past' };
  } else if (short) {
    const hour = Number(short[1]);
    const minute = Number(short[2]);
    if (hour > 23 || minute > 59) return { ok: false, error: 'bad' };
    const today = zonedParts(now, tz);
    at = zonedToInstant({ ...today, hour, minute }, tz);
    if (at <= now) at = zonedToInstant({ ...addLocalDays(today, 1), hour, minute }, tz);
  } else {
    const natural = await parseNatural(s, now, tz);
    if (!natural.ok) return natural;
    at = natural.at;
  }
  if (at - now > NOTICE_MAX_DAYS * 86_400_000) return { ok: false, error: 'far' };
  return { ok: true, at };
}

export interface NoticeContent {
  id?: string;
  text: string;
  variants: Partial<Record<string, string>>;
  photo?: string;
  photoChannel?: string;
  ack: boolean;
}

/** The notice as a group sees it (in `locale`); `preview` makes the "got it" button inert. */
export function noticeCard(
  n: NoticeContent,
  locale: Locale,
  i18n: I18n,
  options: { ackCount?: number; preview?: boolean; channel?: string; forEdit?: boolean } = {},
): Card {
  const t = (id: string, args?: Record<string, string | number>) => i18n.t(locale, id, args);
  const text = (locale !== 'zh-CN' ? n.variants[locale] : undefined) ?? n.text;
  const count = options.ackCount ?? 0;
  const data = options.preview || !n.id ? `${ACK_PREFIX}:preview` : `${ACK_PREFIX}:${n.id}`;
  const photoHere =
    n.photo &&
    !options.forEdit &&
    (!options.channel || !n.photoChannel || options.channel === n.photoChannel);
  return {
    text: [bold(t('notice-header')), '\n', text],
    ...(n.ack
      ? {
          buttons: [
            [{ label: count > 0 ? t('notice-ack-button-count', { count }) : t('notice-ack-button'), data }],
          ],
        }
      : {}),
    ...(photoHere ? { photo: { fileId: n.photo! } } : {}),
  };
}

/** Locales to preview: the main text, then each variant the organiser gave. */
export function previewLocales(variants: Partial<Record<string, string>>): Locale[] {
  return ['zh-CN', ...LOCALES.filter((l) => l !== 'zh-CN' && variants[l])];
}
