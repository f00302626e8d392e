/**
 * Stations in the chat: the station card for a question about stations (or a shared location), the list
 * with no place known (/stations), "2" picking from the last numbered list, the wait for a location the card
 * asked for, and the station buttons (`stn:p|r|all|list`: a station's problem choices, a one-tap problem
 * report passed to the branch that runs it, every station, the list).
 */
import { STATION_SERVICES, type ContentPack, type Station } from '../content/schema.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import {
  allStationsCard,
  askedLines,
  numberedStations,
  shownStations,
  stationCard,
  stationDetailCard,
  stationProblemsCard,
  type Reports,
} from '../stations/cards.js';
import { placeName } from '../stations/reading.js';
import { localDay, openStatus } from '../stations/hours.js';
import { feeSaid } from '../stations/follow-up.js';
import { pickedNumber } from '../stations/pick.js';
import type { Service } from '../stations/query.js';
import { nearestStations } from '../stations/search.js';
import { unlistedThings } from '../stations/unlisted.js';
import type { Dialog } from '../ports/dialogs.js';
import type { StationProblem } from '../ports/faq.js';
import { personKey } from '../ports/groups.js';
import type { Answer } from './answer.js';
import type { Asker } from './ask.js';
import type { Handoff } from './handoff.js';
import { placeFor, splitOnce, type Respond } from './setup.js';

/** How long a "send me your location" request keeps the services asked for. */
const LOCATION_WAIT_MS = 30 * 60_000;
/** How long "2" picks from the last numbered list of stations a person was shown in a chat. */
const PICK_WINDOW_S = 10 * 60;

/** Today's problem reports for the stations a card shows. */
export async function reports(ctx: Ctx, ids: string[]): Promise<Reports> {
  return ctx.deps.store.faq.stationReports(ids, localDay(ctx.deps.now(), ctx.deps.timezone).date);
}

export async function replyStations(
  ctx: MessageCtx,
  answer: Extract<Answer, { kind: 'stations' }>,
  asker: Pick<Asker, 'index' | 'reader'>,
): Promise<void> {
  const pack = ctx.deps.content.get();
  if (answer.badLocation || answer.results.outside) {
    await ctx.reply({
      text: [
        answer.badLocation
          ? ctx.t('faq-stations-bad-location', { place: placeFor(ctx) })
          : ctx.t('faq-stations-outside', { district: pack.settings.district.name }),
      ],
      buttons: [[{ label: ctx.t('faq-btn-all-stations'), data: 'stn:all:0' }]],
    });
    return;
  }
  // Station problems are read only for the stations the card shows.
  const shown = shownStations(answer.results, answer.named);
  const ids = numberedStations(shown).map((s) => s.id);
  await keepList(ctx, ids);
  const named = answer.named ? pack.stations.find((s) => s.id === answer.named) : undefined;
  const q = answer.query;
  const namedLines = named
    ? askedLines(ctx.t, {
        station: named,
        asked: {
          ...(q.day ? { day: q.day } : {}),
          hours: q.cues.hours,
          fee: !!q.fee,
          services: answer.query.services,
        },
        today: localDay(ctx.deps.now(), ctx.deps.timezone),
        locale: ctx.locale,
        ...feeOf(pack, named, !!q.fee),
      })
    : [];
  // Something asked of the stations that no service names (母婴室): said to be listed by none, not dropped — also
  // beside a service that some do list (哪个驿站有微波炉和母婴室: the microwave's stations, and no 母婴室).
  const namesService = (words: string) => asker.reader.read(asker.index.plain(words)).services.length > 0;
  const things = !named && !q.cues.allDay ? unlistedThings(ctx.in.text ?? '', namesService) : [];
  const unlisted = things.length ? things.join(ctx.t('list-separator')) : undefined;
  await ctx.reply(
    stationCard(ctx.t, {
      results: shown,
      ...(unlisted ? { unlisted } : {}),
      services: answer.query.services,
      allDay: answer.query.cues.allDay,
      ...(answer.query.anchor ? { anchor: answer.query.anchor } : {}),
      ...(answer.named ? { named: answer.named, namedLines } : {}),
      located: answer.located,
      reports: await reports(ctx, ids),
      locale: ctx.locale,
      ...locationHint(ctx),
    }),
  );
  if (!answer.located) await offerLocationButton(ctx);
  if (!answer.located) {
    // The next location this person shares gets the same filter.
    await ctx.setDialog('faq', 'await-location', {
      services: answer.query.services,
      allDay: answer.query.cues.allDay,
      at: ctx.deps.now().getTime(),
    });
  }
}

/** Remember the numbered stations a reply shows this person here, so "2" can pick one of them. */
export async function keepList(ctx: Ctx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const { channel, chatId } = ctx.in.chat.address;
  await ctx.deps.store.faq.keepStationList(channel, chatId, ctx.user.id, ids, PICK_WINDOW_S);
}

/**
 * "2", "第二个", "the second" after a numbered list of stations (this person, this chat, the last ten
 * minutes): that station in full; a number beyond the list says how many there were. False when the
 * text picks nothing or there is no recent list (the caller answers as before: "only a number").
 */
/** A number naming a station ("1号驿站", "3号站", "station 2"), not any number. */
const STATION_WORD = /(驿站|驛站|站|station)/i;

export async function pickFromList(ctx: MessageCtx, text: string): Promise<boolean> {
  const n = pickedNumber(text);
  if (n === undefined) return false;
  const pack = ctx.deps.content.get();
  // A station named by its number ("3号驿站") is that station, not the third of a list.
  const asked = text.trim();
  if (pack.stations.some((s) => s.name === asked || s.aliases.includes(asked))) return false;
  const { channel, chatId } = ctx.in.chat.address;
  const ids = await ctx.deps.store.faq.stationList(channel, chatId, ctx.user.id);
  const listed = (ids ?? []).map((id) => pack.stations.find((s) => s.id === id)).filter((s) => !!s);
  if (!listed.length) {
    // "1号驿站" with no list sent yet: stations are known here by the list's numbers (⚠️ 1号有问题), not by a
    // number of their own — so the list, numbered, rather than "only a number" (QA4 #13).
    if (!STATION_WORD.test(asked) || !pack.stations.length) return false;
    await ctx.reply({ text: [ctx.t('faq-station-number-no-list', { n })] });
    await listStations(ctx);
    ctx.log.info({ kind: 'station-pick', n, of: 0 }, 'faq answered');
    return true;
  }
  const station = listed[n - 1];
  if (!station) {
    await ctx.reply({ text: [ctx.t('faq-station-pick-range', { n: listed.length })] });
    ctx.log.info({ kind: 'station-pick', n, of: listed.length }, 'faq answered');
    return true;
  }
  const now = ctx.deps.now();
  const today = localDay(now, ctx.deps.timezone).date;
  await ctx.reply(
    stationDetailCard(ctx.t, {
      station,
      status: openStatus(station, now, ctx.deps.timezone),
      today,
      reports: await reports(ctx, [station.id]),
      locale: ctx.locale,
    }),
  );
  ctx.log.info({ kind: 'station-pick', n, station: station.id }, 'faq answered');
  return true;
}

/** A private Telegram chat can share a location in one tap: offered on its own message (one keyboard each). */
const canRequestLocation = (ctx: Ctx) =>
  ctx.in.chat.address.channel === 'telegram' && ctx.in.chat.kind === 'private';

/** Each platform's own way to share a location, for the station card (none where the button does it). */
function locationHint(ctx: Ctx): { locationHint?: string } {
  if (canRequestLocation(ctx)) return {};
  const id =
    ctx.in.chat.address.channel === 'telegram'
      ? 'faq-stations-share-location'
      : 'faq-stations-share-location-place';
  return { locationHint: ctx.t(id, { place: placeFor(ctx) }) };
}

async function offerLocationButton(ctx: Ctx): Promise<void> {
  if (!canRequestLocation(ctx)) return;
  await ctx.reply({
    text: [ctx.t('faq-stations-share-location-button', { place: placeFor(ctx) })],
    requestLocation: ctx.t('faq-btn-send-location'),
  });
}

/** Stations with no place known: open ones first, and how to share a location. */
export async function listStations(ctx: Ctx): Promise<void> {
  const results = nearestStations(ctx.deps.content.get().stations, {
    services: [],
    now: ctx.deps.now(),
    timeZone: ctx.deps.timezone,
  });
  const ids = numberedStations(results).map((s) => s.id);
  await keepList(ctx, ids);
  await ctx.reply(
    stationCard(ctx.t, {
      results,
      services: [],
      allDay: false,
      located: false,
      reports: await reports(ctx, ids),
      locale: ctx.locale,
      ...locationHint(ctx),
    }),
  );
  await offerLocationButton(ctx);
  await ctx.setDialog('faq', 'await-location', {
    services: [],
    allDay: false,
    at: ctx.deps.now().getTime(),
  });
}

/**
 * The message after a station card asked for a location: a location gets the same filter (services, 24 hours)
 * while the request is fresh; anything else is a new message, read as any is (false).
 */
export async function onLocationDialog(
  ctx: MessageCtx,
  dialog: Dialog,
  respond: Respond,
): Promise<false | void> {
  await ctx.clearDialog();
  const d = dialog.data as { services?: unknown; allDay?: unknown; at?: unknown };
  const fresh = typeof d.at === 'number' && ctx.deps.now().getTime() - d.at < LOCATION_WAIT_MS;
  const services =
    fresh && Array.isArray(d.services)
      ? d.services.filter((s): s is Service => (STATION_SERVICES as readonly unknown[]).includes(s))
      : [];
  if (ctx.in.location) {
    await respond(ctx, ctx.in.text, {
      location: ctx.in.location,
      services,
      allDay: fresh && d.allDay === true,
    });
    return;
  }
  // Anything else is a new message, read as any is (a photo may be for an open report).
  return false;
}

/** The station buttons (`stn:…`); a problem report goes to the branch through `handoff`. */
export function stationButtons(handoff: (ctx: Ctx) => Handoff) {
  async function stationButton(ctx: ButtonCtx, payload: string): Promise<void> {
    const [action, arg = ''] = splitOnce(payload);
    const pack = ctx.deps.content.get();
    if (action === 'r') return report(ctx, arg);
    if (action === 'p') {
      const station = pack.stations.find((s) => s.id === arg);
      if (!station) return ctx.answer(ctx.t('error-button-expired'), true);
      await ctx.answer();
      await ctx.reply(stationProblemsCard(ctx.t, station, ctx.locale));
      return;
    }
    if (action === 'all') {
      await ctx.answer();
      await ctx.reply(
        allStationsCard(
          ctx.t,
          placeName(pack.settings.district.name, ctx.locale),
          pack.stations,
          Number(arg) || 0,
          8,
          ctx.locale,
        ),
      );
      return;
    }
    if (action === 'list') {
      await ctx.answer();
      await listStations(ctx);
      return;
    }
    await ctx.answer(ctx.t('error-button-expired'), true);
  }

  async function report(ctx: ButtonCtx, arg: string): Promise<void> {
    const m = /^(.+):(closed|nowater|full)$/.exec(arg);
    const pack = ctx.deps.content.get();
    const station = m && pack.stations.find((s) => s.id === m[1]);
    if (!m || !station) return ctx.answer(ctx.t('error-button-expired'), true);
    const problem = m[2] as StationProblem;
    const date = localDay(ctx.deps.now(), ctx.deps.timezone).date;
    const r = await ctx.deps.store.faq.reportStation(
      station.id,
      date,
      problem,
      personKey(ctx.user.channel, ctx.user.id),
    );
    if (!r.counted) return ctx.answer(ctx.t('faq-report-already'));
    const branch =
      pack.branches.find((b) => b.id === station.branch) ?? pack.branches.find((b) => b.kind === 'district')!;
    await handoff(ctx).stationProblem({
      station,
      branch,
      problem,
      count: r.count,
      channel: ctx.in.chat.address.channel,
    });
    ctx.log.info({ station: station.id, problem, count: r.count }, 'station problem reported');
    await ctx.answer(ctx.t('faq-report-thanks'));
  }

  return stationButton;
}

/** What the pack says a station charges for, when whether it costs was asked. */
export function feeOf(pack: ContentPack, station: Station, asked: boolean): { feeSaid?: string } {
  const said = asked ? feeSaid(pack, station) : undefined;
  return said ? { feeSaid: said } : {};
}
