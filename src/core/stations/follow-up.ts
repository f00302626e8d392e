/**
 * A short follow-up after one station's card ("那要钱吗", "免费吗", "有厕所吗", "能充电吗", "明天呢", "is it free"):
 * what it asks of that station. And what the pack says a station charges for, when it says so anywhere.
 *
 *   followUpAsks(reader, '那收费吗', 'warm-qiandenghu')  // → { fee: true, services: [], … }
 */
import type { ContentPack, Station } from '../content/schema.js';
import { dayWordsLength, type AskedDay } from './asked-day.js';
import type { Service, StationQuery, StationQueryReader } from './query.js';

export interface FollowUpAsks {
  fee: boolean;
  services: Service[];
  day?: AskedDay;
  /** Hours, phone, address or "where" asked: the card itself answers. */
  card: boolean;
}

/** Asking what it costs (the question is normalised: 要钱 reads 收费). */
const FEE =
  /收费|免费|要钱|收钱|花钱|交钱|付钱|给钱|多少钱|几多钱|贵不贵|贵吗|贵不|\bfree\b|\bcosts?\b|\bfees?\b|\bprice\b|\bpay for\b|\bhow much\b/gu;
const FEE_ONCE = new RegExp(FEE.source, 'u');
/** Whether a normalised question asks what something costs. */
export function asksFee(text: string): boolean {
  return FEE_ONCE.test(text);
}

/** Words that only lead a follow-up in (那, 还有, what about): no topic of their own. */
const LEAD = /^(?:那么|那|还有|另外|and|so|then|what about|how about|and what about)\s*/u;

/** The most other letters a follow-up may carry and still only ask of the station just shown. */
const MAX_OTHER = 1;

/**
 * What a follow-up asks of `stationId` — its fee, services, a day, its hours or details — or undefined when it names
 * another place or station or a topic of its own ("工伤怎么报" is a new question).
 */
export function followUpAsks(
  reader: StationQueryReader,
  text: string,
  stationId: string,
): FollowUpAsks | undefined {
  const feeLetters = [...text.matchAll(FEE)].reduce((n, m) => n + m[0].replace(/\s+/g, '').length, 0);
  const q: StationQuery = reader.read(text);
  if (q.elsewhere || q.unknownPlace || (q.anchor && q.anchor.id !== stationId)) return undefined;
  // "附近还有别的吗" asks for the stations around it, another list.
  if (q.cues.near) return undefined;
  // The reader has read the day and the fee already (StationQuery.day, .fee).
  const { day } = q;
  const fee = !!q.fee;
  const lead = LEAD.exec(text)?.[0].replace(/\s+/g, '').length ?? 0;
  const other = q.topic - feeLetters - dayWordsLength(text) - lead;
  if (other > MAX_OTHER) return undefined;
  const card = q.cues.hours || q.cues.details || q.cues.where || q.cues.allDay;
  if (!fee && !q.services.length && !day && !card) return undefined;
  return { fee, services: q.services, ...(day ? { day } : {}), card };
}

/** A station word as workers and packs write them. */
const STATION_WORD = /驿站|之家|站点|服务站|接力站|服务点|休息点|休息室/u;
/** A kind of station for some trades only (司机之家): a pack's words on it are not about other stations. */
const TRADE_KIND = /(?:司机|骑手|小哥|货车|货运|快递)之家/u;
/**
 * A charge said: a verb of paying (收少量费用, 扫码付费, 按次收费) or a price per use (1小时约1元, 5元/次) — not a bare sum
 * (金额超过500元), a fine (罚100元), a toll gate (收费站) or a charge denied (不收费, 没有任何收费项目).
 */
const CHARGE =
  /收费|付费|付钱|收少量|收取|扫码付|(?:每|一)(?:次|小时|天|晚)[^，。；]{0,4}?[0-9]+(?:\.[0-9]+)?\s*元|[0-9]+(?:\.[0-9]+)?\s*元\s*(?:左右)?\s*(?:\/|每|一)\s*(?:次|小时|天|晚)/u;
const NOT_CHARGE =
  /(?:不|免|无|没有?(?:任何)?)(?:收费|付费|收取)(?:项目)?|不要钱|不用钱|收费站|收费口|驿站助手/gu;
/** Services that may cost at a station, in the words packs write them. */
const PAID_SERVICES: Partial<Record<Service, RegExp>> = {
  shower: /淋浴|洗澡|冲凉|沖涼/u,
  washing: /洗衣/u,
  charging: /充电|换电/u,
  parking: /停车/u,
  lockers: /储物|寄存/u,
  repair: /修车|维修|补胎/u,
  microwave: /微波|热饭/u,
};

/**
 * Where the pack's FAQ says a charge at a station like this one — a sentence with a station word (or in an entry
 * titled with one) that names a paid service the station offers, or its own kind of trade station (司机之家 …淋浴、洗衣、
 * 床位收少量费用). Undefined when the pack says nothing of a charge: stations are free.
 */
export function feeSaid(pack: Pick<ContentPack, 'faq'>, station: Station): string | undefined {
  const kind = TRADE_KIND.exec(station.name)?.[0];
  for (const entry of pack.faq) {
    const titled = STATION_WORD.test(entry.title.replace(NOT_CHARGE, '')) ? entry.title : '';
    for (const sentence of entry.answer.split(/(?<=[。！？\n])/u).map((s) => s.trim())) {
      // The charge's own clause and the one before it say what is paid for and where.
      const clauses = sentence.replace(NOT_CHARGE, '').split(/[，,；;：:]/u);
      const at = clauses.findIndex((c) => CHARGE.test(c) && !/罚/u.test(c));
      if (at < 0) continue;
      const near = clauses.slice(Math.max(0, at - 1), at + 1).join('，');
      const about = STATION_WORD.test(near) ? near : titled;
      if (!about) continue;
      const trade = TRADE_KIND.exec(about)?.[0];
      // Words on drivers' homes are not about a warm station, nor the other way round.
      if (trade && trade !== kind) continue;
      const paid = station.services.some((s) => PAID_SERVICES[s]?.test(near));
      if ((trade && trade === kind) || paid) return sentence.replace(/[。\s]+$/u, '');
    }
  }
  return undefined;
}
