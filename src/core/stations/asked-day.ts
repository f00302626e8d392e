/**
 * The day a station question asks about ("周日开门吗", "明天呢", "礼拜六开到几点", "晚上开不开", "open on Sunday",
 * "tomorrow"), and that day's hours at one station. Questions arrive normalised (simplified script, lower case).
 *
 *   askedDay('金融高新区骑手之家周日开门吗')   // → { weekday: 'sun' }
 *   dayHours(station, { offset: 1 }, today)  // → { date: '2026-12-06', weekday: 'sun', ranges: [], holiday: false, … }
 */
import { WEEKDAYS, type Station } from '../content/schema.js';
import { addDays, rangesOn, type LocalDay, type Weekday } from './hours.js';

export interface AskedDay {
  /** Days from today (今天 0, 明天 1, 后天 2). */
  offset?: number;
  /** A weekday named (周日, 礼拜六, Sunday): its next date from today on. */
  weekday?: Weekday;
  /** 下周X, next Sunday: the weekday in the next calendar week. */
  nextWeek?: boolean;
  /** 周末, the weekend: Saturday and Sunday. */
  weekend?: boolean;
  /** 晚上, 夜里, tonight: the evening of the day (today when no other day is said). */
  evening?: boolean;
}

const ZH_WEEKDAY: Record<string, Weekday> = {
  一: 'mon',
  二: 'tue',
  三: 'wed',
  四: 'thu',
  五: 'fri',
  六: 'sat',
  日: 'sun',
  天: 'sun',
  七: 'sun',
};
const EN_WEEKDAY: Record<string, Weekday> = {
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

/** Each way of saying a day, with what it says; the last one said in a question wins ("周日开吗 明天呢" asks of 明天). */
const DAY_WORDS: { re: RegExp; day: (m: RegExpExecArray) => AskedDay }[] = [
  {
    re: /(下个?|这个?|本)?(?:周|星期|礼拜|禮拜)([一二三四五六日天七])/gu,
    day: (m) => ({ weekday: ZH_WEEKDAY[m[2]!]!, ...(m[1]?.startsWith('下') ? { nextWeek: true } : {}) }),
  },
  { re: /(?:这个?|下个?|本)?(?:周末|weekends?)/gu, day: () => ({ weekend: true }) },
  {
    re: /(next |this )?\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gu,
    day: (m) => ({ weekday: EN_WEEKDAY[m[2]!]!, ...(m[1] === 'next ' ? { nextWeek: true } : {}) }),
  },
  { re: /大后天/gu, day: () => ({ offset: 3 }) },
  { re: /(?<!大)后天|后日|後天/gu, day: () => ({ offset: 2 }) },
  { re: /明天|明日|明儿|明早|明晚|\btomorrow\b/gu, day: (m) => ({ offset: 1, ...eveningOf(m[0]) }) },
  { re: /今天|今日|今儿|今早|今晚|\btoday\b|\btonight\b/gu, day: (m) => ({ offset: 0, ...eveningOf(m[0]) }) },
];

/** Evening words on their own (晚上开吗, at night): the day they go with, or today. */
const EVENING = /晚上|夜里|夜晚|晚间|傍晚|下班后|\bevenings?\b|\bat night\b|\btonight\b/u;

function eveningOf(word: string): { evening?: true } {
  return /晚|tonight/u.test(word) ? { evening: true } : {};
}

/** The day a normalised question asks about, or undefined when it names none. */
export function askedDay(text: string): AskedDay | undefined {
  let last: { at: number; day: AskedDay } | undefined;
  for (const { re, day } of DAY_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      if (!last || m.index >= last.at) last = { at: m.index, day: day(m) };
  }
  const evening = EVENING.test(text);
  if (!last) return evening ? { offset: 0, evening: true } : undefined;
  return evening ? { ...last.day, evening: true } : last.day;
}

/** Letters of the day words in a question (to tell a follow-up that only names a day: "明天呢"). */
export function dayWordsLength(text: string): number {
  let n = 0;
  for (const { re } of DAY_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) n += m[0].replace(/[^\p{L}\p{N}]/gu, '').length;
  }
  const e = EVENING.exec(text);
  return n + (e ? e[0].replace(/[^\p{L}\p{N}]/gu, '').length : 0);
}

export interface DayHours {
  date: string;
  weekday: Weekday;
  /** Days from today. */
  offset: number;
  /** Opening ranges that day (minutes, end exclusive); empty when closed. */
  ranges: [number, number][];
  /** Closed that day because the date is in closedOn. */
  holiday: boolean;
}

/** The days asked (one, or two for a weekend) with the station's hours on each. */
export function dayHours(
  station: Pick<Station, 'hours' | 'closedOn'>,
  day: AskedDay,
  today: LocalDay,
): DayHours[] {
  const todayIndex = WEEKDAYS.indexOf(today.weekday);
  // 下周日 is the Sunday of the next calendar week (weeks start on Monday); a bare 周日 the next one from today on.
  const offsetOf = (w: Weekday, nextWeek = false) =>
    nextWeek ? 7 - todayIndex + WEEKDAYS.indexOf(w) : (WEEKDAYS.indexOf(w) - todayIndex + 7) % 7;
  const offsets = day.weekend
    ? [offsetOf('sat'), offsetOf('sun')].sort((a, b) => a - b)
    : [day.weekday ? offsetOf(day.weekday, day.nextWeek) : (day.offset ?? 0)];
  return offsets.map((offset) => {
    const d = addDays(today.date, offset);
    const holiday = station.closedOn.includes(d.date);
    return { ...d, offset, ranges: holiday ? [] : rangesOn(station, d.weekday), holiday };
  });
}

/** The evening, for "晚上开吗": from 18:00. */
export const EVENING_FROM = 18 * 60;
