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
import { bold, italic, type Card, type Span } from '../card.js';
import { chineseNumber } from '../chinese-number.js';
import { LOCALES, type Locale } from '../content/schema.js';
import type { I18n, TArgs } from '../i18n.js';
import { chineseForEnglish, forLocale } from '../script.js';
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

/** The reply to a notice text that does not parse (a new notice's or a correction's): what is wrong, asked again. */
export function badNoticeTextCard(
  t: (id: string, args?: TArgs) => string,
  bad: Extract<NoticeTextResult, { ok: false }>,
): Card {
  const id =
    bad.error === 'too-long'
      ? 'notice-too-long'
      : bad.error === 'variant-empty'
        ? 'notice-variant-empty'
        : 'notice-empty-text';
  return {
    text: [
      t(id, { length: String(bad.length ?? 0), max: String(NOTICE_MAX_CHARS), locale: bad.locale ?? '' }),
    ],
    forceReply: true,
  };
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

/**
 * A Date whose process-local fields read as the district's wall clock at `now`. chrono's Chinese parsers
 * do their arithmetic in the process's own time zone ("2分钟后" takes `getHours()` of the reference), so a
 * reference given as an instant plus an offset came out a whole zone difference late on a UTC server.
 * Handing every parser the district's clock as local time, and reading the fields it returns (never
 * `date()`), makes the answer the same whatever the server's TZ.
 */
function districtClockAsLocal(now: number, tz: string): Date {
  const p = zonedParts(now, tz);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, Math.floor((now % 60_000) / 1000));
}

const ZH_DIGITS = '〇零一二两兩三四五六七八九十';

/**
 * What chrono's Chinese parsers do not read, written out as what they do: a day of the month
 * ("15号", "下个月15号", "本月20日") as `YYYY年M月D日`, and "一个半小时后" as "90分钟后" (chrono reads only
 * its "半小时后"). A bare day already past this month is next month's. `undefined` for a day the month
 * does not have, or a number nobody writes ("二三号": no time is guessed from it).
 */
function spellOutZh(input: string, now: number, tz: string): string | undefined {
  let bad = false;
  const num = `\\d{1,2}|[${ZH_DIGITS}]{1,3}`;
  const hours = new RegExp(`(${num})\\s*[个個]?半\\s*(?:小时|小時|钟头|鐘頭)\\s*(?:之|过|過)?[后後]`, 'g');
  const days = new RegExp(
    `(?<![\\d${ZH_DIGITS}月])(下个?月|下個?月|下月|本月|这个?月|這個?月)?\\s*(${num})\\s*[号號日](?![后後内內])`,
    'g',
  );
  const today = zonedParts(now, tz);
  const out = input
    .replace(hours, (_, n: string) => {
      const h = chineseNumber(n);
      if (h === undefined) bad = true;
      return `${(h ?? 0) * 60 + 30}分钟后`;
    })
    .replace(days, (_, which: string | undefined, n: string) => {
      const day = chineseNumber(n) ?? 0; // 0: no day, refused below
      const next = which?.startsWith('下') || (!which && day < today.day);
      const month = next ? (today.month % 12) + 1 : today.month;
      const year = next && today.month === 12 ? today.year + 1 : today.year;
      if (!(day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate())) bad = true;
      return `${year}年${month}月${day}日`;
    });
  return bad ? undefined : out;
}

/** Words left unread that name a time: chrono read only part of what was said, so its answer is a guess. */
const TIME_WORDS = new RegExp(`[\\d${ZH_DIGITS}点點时時分号號月周週]|minute|hour|day|week|month`, 'i');

/**
 * A time as people say it, in zh (simplified or traditional) or en: "明天早上九点", "周五下午三点", "2分钟后",
 * "下个月15号上午10点", "in 2 hours", "tomorrow 9am". chrono-node reads it in the district's time zone
 * whatever the server's; a day without an hour ("明天下午") is refused, so nothing goes out at a time nobody
 * chose, and so is a reading that leaves time words unread ("下月第三个周一10点" is not half-read as 10点).
 */
async function parseNatural(input: string, now: number, tz: string): Promise<SendTimeResult> {
  const said = spellOutZh(input, now, tz);
  if (said === undefined) return { ok: false, error: 'bad' };
  const ref = districtClockAsLocal(now, tz);
  let best: Chrono.ParsedResult | undefined;
  for (const parser of await naturalParsers()) {
    const [r] = parser.parse(said, ref, { forwardDate: true });
    if (r && (!best || r.text.length > best.text.length)) best = r;
  }
  if (!best) return { ok: false, error: 'bad' };
  if (TIME_WORDS.test(said.slice(0, best.index) + said.slice(best.index + best.text.length)))
    return { ok: false, error: 'bad' };
  const start = best.start;
  if (!start.isCertain('hour')) return { ok: false, error: 'no-hour' };
  const field = (c: 'year' | 'month' | 'day' | 'hour' | 'minute') => start.get(c) ?? 0;
  const at = zonedToInstant(
    {
      year: field('year'),
      month: field('month'),
      day: field('day'),
      hour: field('hour'),
      minute: field('minute'),
    },
    tz,
  );
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

/** A full date and time to show as an example in the prompts: tomorrow 09:00 in the district, never a past date. */
export function exampleSendTime(now: number, tz: string): string {
  const d = addLocalDays(zonedParts(now, tz), 1);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')} 09:00`;
}

export interface NoticeContent {
  id?: string;
  text: string;
  variants: Partial<Record<string, string>>;
  photo?: string;
  photoChannel?: string;
  ack: boolean;
  /** Corrected after it went out: marked "（已更正）" beside the header. */
  corrected?: boolean;
  /** The correction these words are (none: the first words); carried by the "收到" button, so a press counts for it. */
  rev?: number;
}

/** The notice as a group sees it (in `locale`); `preview` makes the "got it" button inert. */
export function noticeCard(
  n: NoticeContent,
  locale: Locale,
  i18n: I18n,
  options: { ackCount?: number; preview?: boolean; channel?: string; forEdit?: boolean } = {},
): Card {
  const t = (id: string, args?: Record<string, string | number>) => i18n.t(locale, id, args);
  const text = noticeText(n, locale);
  const count = options.ackCount ?? 0;
  // The version is on the button: a press on a copy not yet edited counts for the words that copy shows (stop 41).
  const data =
    options.preview || !n.id ? `${ACK_PREFIX}:preview` : `${ACK_PREFIX}:${n.id}${n.rev ? `:${n.rev}` : ''}`;
  const photoHere =
    n.photo &&
    !options.forEdit &&
    (!options.channel || !n.photoChannel || options.channel === n.photoChannel);
  // An English group without an [en] version gets the Chinese as it is, and is told so (QA12).
  const untranslated = !n.variants.en && chineseForEnglish(locale, text);
  const note: Span[] = untranslated ? ['\n', italic(t('notice-in-chinese'))] : [];
  return {
    text: [
      bold(t('notice-header')),
      ...(n.corrected ? [' ', t('notice-corrected-mark')] : []),
      '\n',
      text,
      ...note,
    ],
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

/**
 * The words a group in `locale` gets: the organiser's version for it; else, for zh-TW, the main text
 * converted to traditional characters (a no-op on text that is not Chinese); else the main text. Whatever
 * shows a notice back to a reader quotes this, so they see what they received (QA7 #2).
 */
export function noticeText(n: Pick<NoticeContent, 'text' | 'variants'>, locale: Locale): string {
  if (locale === 'zh-CN') return n.text;
  return n.variants[locale] ?? (locale === 'zh-TW' ? forLocale('zh-TW', n.text) : n.text);
}

/** How a locale's version comes about: written by the organiser, converted, or the main text as it is. */
export type VersionSource = 'written' | 'converted' | 'main';
export function versionSource(variants: Partial<Record<string, string>>, locale: Locale): VersionSource {
  if (locale === 'zh-CN' || variants[locale]) return 'written';
  return locale === 'zh-TW' ? 'converted' : 'main';
}

/**
 * Locales to preview: the main text, each variant the organiser gave, and each other language a group in
 * the audience speaks (what that group will get: converted, or the main text).
 */
export function previewLocales(
  variants: Partial<Record<string, string>>,
  groupLocales: readonly Locale[] = [],
): Locale[] {
  return ['zh-CN', ...LOCALES.filter((l) => l !== 'zh-CN' && (variants[l] || groupLocales.includes(l)))];
}
