/**
 * Something broken at a station ("站点的饮水机坏了找谁", "五角场万达驿站厕所堵了", "the water dispenser at the station is
 * broken") is a problem to report, not a question of where a service is (stop 41: it got the list of stations with
 * hot water). Told so, with the way to report it: in private the report button (its words kept, as "not sure" keeps
 * them), and for a station the question names, its phone and its one-tap problems (the branch that runs it is told).
 * "哪里有热水", "充电器坏了哪里能充电" — asking where — are still answered with stations.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import type { MessageCtx } from '../feature.js';
import { stationProblemsCard } from '../stations/cards.js';
import { stationName } from '../stations/reading.js';
import type { Answer } from './answer.js';

/** Broken, blocked, not working — in both scripts and in English. */
const BROKEN =
  /[坏壞](?:了|掉|的)|不能用|用不了|[没沒]法用|不出水|[没沒]有?[热熱]水了|不[制製][热熱冷]|堵(?:了|住)|漏水|故障|\bbroken\b|not working|out of order|(?:doesn|isn)[’']?t work/iu;
/** Where a thing is at a station. */
const AT_STATION = /[驿驛]站|站[点點里裡]|\bstation\b/iu;
/** Things a station has and a home rarely does: broken, they are a station's even when no station is named. */
const STATION_THINGS = /[饮飲]水[机機]|[热熱]水器|[开開]水器|充[电電](?:[桩樁]|[柜櫃])|water dispenser/iu;
/** Asking where to go instead ("充电器坏了哪里能充电"): a question for the stations, not a report. */
const ASKS_WHERE = /哪[里裡儿兒有个個家]|附近|最近|\bwhere\b|\bnearest\b|\bnear\b/iu;

/** Whether `text` tells of something broken at a station. */
export function brokenAtStation(text: string): boolean {
  return BROKEN.test(text) && (AT_STATION.test(text) || STATION_THINGS.test(text)) && !ASKS_WHERE.test(text);
}

/**
 * The reply to something broken at a station; `answer`: what the reader made of the words (a station it names);
 * `keep`: keeps the words for the report button, with the branch they go to, and returns their id.
 */
export async function replyBroken(
  ctx: MessageCtx,
  answer: Answer,
  keep: (branch: string | undefined) => Promise<string>,
): Promise<void> {
  const pack = ctx.deps.content.get();
  const named =
    answer.kind === 'stations' && answer.named ? pack.stations.find((s) => s.id === answer.named) : undefined;
  const lines: Span[] = [];
  const buttons: Button[][] = [];
  if (named) {
    const name = stationName(named, ctx.locale);
    lines.push(bold(name), '\n', ctx.t('faq-broken-named', { station: name }));
    if (named.phone) lines.push('\n', ctx.t('faq-station-phone', { phone: named.phone }));
    buttons.push(...(stationProblemsCard(ctx.t, named, ctx.locale).buttons ?? []));
  } else lines.push(ctx.t('faq-broken'));
  if (ctx.in.chat.kind === 'private') {
    // The words are kept as a "not sure" question's are, so 📝 starts a report with them.
    const pendingId = await keep(named?.branch);
    lines.push('\n', ctx.t('faq-broken-report'));
    buttons.push([{ label: ctx.t('faq-btn-report'), data: `faq:rep:${pendingId}` }]);
  } else lines.push('\n', ctx.t('faq-broken-private'));
  const card: Card = { text: lines, ...(buttons.length ? { buttons } : {}) };
  await ctx.reply(card);
  ctx.log.info({ kind: 'broken', named: named?.id }, 'faq answered');
}
