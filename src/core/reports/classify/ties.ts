/**
 * What the report is about when the evidence alone would say otherwise: a category raised above the best, or
 * levelled with it so that the pack's `precedence` decides the tie (self-harm, aggression, a fine with its
 * amount, an account ban with its reason, a person in danger over money or a setting, praise, a drill or a film).
 */
import { PREGNANT } from '../emergency-concepts.js';
import { frameOf } from '../frames.js';
import { dangersTold, type ownersOfDangers } from '../named-dangers.js';
import { DOMINANT_SIGNALS, SIGNAL_TOPIC } from '../topics.js';
import { LIFT, ownFallHurt } from './cues.js';
import { type Evidence, MIN_EVIDENCE, TIE, TOPIC_WEIGHT } from './evidence.js';
import type { Reading } from './reading.js';
import { type SignalVotes, votingSignals } from './signals.js';
import { FALLBACK_CATEGORY } from './words.js';

/** A stuck lift with someone in it and nothing else: only being shut in, or smoke, is said. */
const HOME_OR_BATTERY =
  /宿舍|公寓|出租屋|家里|住的|电瓶|电池|电动车|电瓶车|\b(?:dorm|flat|apartment|battery|e-?bike)\b/;
function stuckLift(norm: string, signals: readonly string[]): boolean {
  const own = signals.filter((s) => s !== 'pack');
  return (
    own.includes('trapped') === true &&
    own.every((s) => s === 'trapped' || s === 'fire') &&
    LIFT.test(norm) &&
    !HOME_OR_BATTERY.test(norm)
  );
}

/** Dangers of a place itself (a fire, someone shut in): at a home or a station, the place's report. */
const PLACE_DANGERS = new Set(['fire', 'trapped']);

/**
 * Words of praise, near the start of a report (a 点赞 later on is part of a story), and what turns them
 * into a complaint after all.
 */
const PRAISE =
  /^.{0,12}?(?:表扬|点赞(?![数量])|点个赞|夸一下|夸夸|夸奖|锦旗|\b(?:praise|kudos|shout out|thumbs up)\b)/;
const CONTRAST = /但|可是|不过|就是|只是|可惜|\b(?:but|however)\b/;

/** A platform's bad-weather rule (恶劣天气模式, 天气模式, bad weather mode): see the platform rule in `settleWhatItIsAbout`. */
const WEATHER_RULE = /天气模式|恶劣天气补贴|\bbad weather mode\b/;

/** Made ill by cold or heat (冻感冒了, 热得中暑了, 冻病了). */
const MADE_ILL =
  /(?:冻|热|晒|闷|冷)(?:得|的)?(?:我|人)?(?:都|也|已经)?(?:感冒|发烧|生病|病了|中暑了|咳嗽|拉肚子|头疼|头痛|头晕)/;
/** An account sanction, then the reason given for it (被清退了 讲我差评多, 号被封了 说是我多次取消订单). */
const SANCTION_WITH_REASON =
  /(?:被封|封号|封了|清退|冻结|被停|停单|限制接单|banned|suspended|deactivated)[^。！？!?.]{0,6}?(?:说|讲|理由是|原因是|因为|because|for)/;

/**
 * What a pregnancy in danger shows (下面流血, 裤子上有血, 见红, 破水, 肚子硬): with a pregnancy told, the pregnancy is the
 * report, not the fall that brought it on (a pregnant woman hit by a scooter and bleeding from the leg is the crash's).
 */
const OBSTETRIC =
  /下面[^ ]{0,3}(?:流血|出血|见红)|裤子[^ ]{0,3}(?:血|湿)|见红|破水|羊水|肚子[^ ]{0,3}(?:疼|痛|硬|发紧|绞)|宫缩|流产|\b(bleeding (down there|from (her|the) (vagina|womb))|waters? (has |have )?broke|contractions?|miscarr\w*)\b/;

/** A birth just given (刚生完孩子, 产后, "just gave birth"): bleeding after it, with no fall or knock, is the mother's health. */
const JUST_GAVE_BIRTH =
  /(?:刚|才)[^ ]{0,4}生(?:完|了|下)|生完(?:孩子|宝宝|娃|小孩)|产后|分娩后|坐月子|月子里|\b(gave birth|just delivered|had (the|her|a) baby|after (the )?(birth|delivery)|postpartum)\b/;
const KNOCK = /摔|撞|跌|砸|割|切|车祸|\b(fell|fall|crash\w*|hit by|cut)\b/;

/**
 * What the report is about when the evidence alone would say otherwise: a category raised above the best, or
 * levelled with it so that the pack's `precedence` decides the tie (self-harm, aggression, a fine, an account ban,
 * a person in danger over money or a setting, praise, a frame such as a drill). Changes `e.scores`.
 */
export function settleWhatItIsAbout(
  r: Reading,
  e: Evidence,
  s: SignalVotes,
  dangerOwners: ReturnType<typeof ownersOfDangers>,
): void {
  const { a, healthId, housingId, injuryEvent, injuryId, moved, parkingId, stationId, topics } = r;
  const { fine, moneyIds, scores } = e;
  const { aggression, signalTopic, signals } = s;
  // Someone pushing, insulting or threatening the worker is what the report is about, whatever the
  // setting (a guard at a gate, an unpaid fare, a complaint): its category is at least level with the
  // best, and the pack's precedence decides a tie.
  // Self-harm outweighs who provoked it (votingSignals): the override is for aggression alone.
  const dominant = votingSignals(signals).find((sig) => DOMINANT_SIGNALS.includes(sig));
  const selfHarmId = dominant === 'self-harm' ? signalTopic(dominant) : undefined;
  const despairTopic = selfHarmId && topics.get(selfHarmId);
  const despairId = despairTopic && moved(despairTopic, 'self-harm');
  if (despairId) {
    // Someone about to take their life is what the report is about, wherever they are (a car in a car
    // park, a rented room) and whatever drove them to it (a frozen account, wages unpaid).
    const top = Math.max(...scores.values());
    scores.set(despairId, Math.max(top + 2 * TIE, scores.get(despairId) ?? 0));
  } else if (aggression && (!dominant || topics.get(SIGNAL_TOPIC[dominant] ?? 'violence') === aggression)) {
    const top = Math.max(...scores.values());
    if ((scores.get(aggression) ?? 0) < top) scores.set(aggression, top);
  } else if (fine && votingSignals(signals).length === 0) {
    // Money taken, with its amount, is what the worker complains of; the reason given for it (差评太多,
    // 单量不够, 超时) is context. Level with the best, and the pack's precedence decides a tie.
    // A person in danger in the same report (a bad day told in order: 中午被扣了二十 下午同事被撞飞) is
    // what it is about, not the fine.
    const top = Math.max(...scores.values());
    if ((scores.get(fine) ?? 0) < top) scores.set(fine, top);
  }
  // An account taken away with the reason given for it (被清退了 讲我差评多): the ban is what the worker
  // complains of, the reason is context — level with the best, and the pack's precedence decides a tie.
  const accountId = topics.get('account');
  if (accountId && scores.has(accountId) && !aggression && !fine && votingSignals(signals).length === 0) {
    if (SANCTION_WITH_REASON.test(a.norm)) {
      const top = Math.max(...scores.values());
      if ((scores.get(accountId) ?? 0) < top) scores.set(accountId, top);
    }
  }
  // The platform's bad-weather mode not switched on (沙尘暴预警都发了 平台也不开恶劣天气模式): its rule is what the
  // worker complains of, the sandstorm or the snow is why it should apply — unless someone is hurt or ill now.
  const platformId = topics.get('platform');
  if (
    platformId &&
    scores.has(platformId) &&
    WEATHER_RULE.test(a.norm) &&
    votingSignals(signals).length === 0
  ) {
    const top = Math.max(...scores.values());
    scores.set(platformId, Math.max(top + 2 * TIE, scores.get(platformId) ?? 0));
  }
  // A pregnancy in danger after a fall or a knock (怀着娃 摔了一跤 下面流血了): what the report is about is the
  // pregnancy — the fall is how it came — so health leads, unless someone attacked her.
  // A birth just given with bleeding after it (刚生完孩子 血止不住, round 31) is the same: health.
  if (
    healthId &&
    !aggression &&
    ((PREGNANT.test(a.norm) && OBSTETRIC.test(a.norm) && signals.includes('medical')) ||
      (JUST_GAVE_BIRTH.test(a.norm) && signals.includes('bleeding') && !KNOCK.test(a.norm)))
  ) {
    const top = Math.max(...scores.values());
    scores.set(healthId, Math.max(top + 2 * TIE, scores.get(healthId) ?? 0));
  }
  // A bad day told in order (单价又低 中午被投诉扣了二十 下午同事被泥头车撞飞): the person in danger, not the
  // money or the platform, is what an emergency report is about — its cause's category is level with the best.
  const dangerIdsOf = (sigs: readonly string[]): string[] =>
    sigs
      .map((sig) => {
        const topic = signalTopic(sig);
        const id = topic && topics.get(topic);
        return id && moved(id, sig);
      })
      .filter((id): id is string => id !== undefined && scores.has(id));
  const dangerIds = dangerIdsOf(votingSignals(signals));
  const leader = [...scores.entries()].sort((x, y) => y[1] - x[1])[0];
  /** The leader is one of `group` and nothing outside it is level with it. */
  const aloneAtTop = (group: ReadonlySet<string>): boolean =>
    leader !== undefined &&
    group.has(leader[0]) &&
    [...scores.entries()].every(([id, w]) => group.has(id) || w < leader[1] - TIE);
  /** The strongest of these danger categories goes above the leader. */
  const raiseAboveLeader = (ids: string[]): void => {
    const danger = ids.sort((x, y) => (scores.get(y) ?? 0) - (scores.get(x) ?? 0))[0];
    if (leader && danger) scores.set(danger, leader[1] + 2 * TIE);
  };
  // Only where money alone leads: an aggressor already levelled, or another topic level with it, decides.
  if (!aggression && aloneAtTop(moneyIds) && dangerIds.length > 0) raiseAboveLeader(dangerIds);
  // A person in danger at a home, or hurt by a station's things (媳妇羊水破了 在出租屋, 充电柜漏电 人倒地上了):
  // the place, or its thing that hurt them, is where it happened; the danger is what the report is about.
  // Not a fire there or someone shut in there (the place's own dangers: 宿舍楼电梯坏了 我被困在里面) — and an
  // aggressor already levelled decides.
  const settingIds = new Set([stationId, housingId].filter((id): id is string => id !== undefined));
  // At a station, only what its things did to someone (充电柜漏电 人倒地上了: the accident); someone taken ill
  // there (驿站里有个大姐晕过去了) is labelled the station's as often as not.
  const personDanger = dangerIdsOf(votingSignals(signals).filter((sig) => !PLACE_DANGERS.has(sig))).filter(
    (id) => !settingIds.has(id) && (leader?.[0] === housingId || id === injuryId),
  );
  const settingAlone = aloneAtTop(settingIds) && !dangerIds.includes(leader![0]);
  if (!aggression && settingAlone && personDanger.length > 0) raiseAboveLeader(personDanger);
  // Someone hurt or pinned while loading or parking (卸货的时候钢板滑下来把人压住了): the bay is where it happened,
  // the accident is what the report is about.
  const injuryHere = dangerIdsOf(votingSignals(signals)).filter((id) => id === injuryId);
  if (!aggression && parkingId && aloneAtTop(new Set([parkingId])) && injuryHere.length > 0)
    raiseAboveLeader(injuryHere);
  // A danger the pack's own words give one category (触电 in health's description, 被树压住 in the accident's),
  // told happening to someone, is that category's report — unless someone attacked the worker or self-harm.
  const owner = dangersTold(a.norm, signals)
    .map((d) => dangerOwners.get(d))
    .find((id) => id !== undefined);
  if (owner && !despairId && !aggression) {
    const top = Math.max(0, ...scores.values());
    scores.set(owner, Math.max(top + 2 * TIE, scores.get(owner) ?? 0));
  }
  // Two troubles told as cause and harm, each a category's own: the harm is level with the cause and
  // `precedence` decides, as the pack's authors order them. The worker hurt in their own fall at a hazard
  // (井盖翘起来了 我…卡进去摔了 胳膊肘擦掉一大块皮: the accident and the road), or made ill by the cold or
  // heat of their home or station (宿舍暖气不热…我都冻感冒了: health and housing).
  const levelWith = (harm: string | undefined, cause: string | undefined): void => {
    const best = Math.max(0, ...scores.values());
    const causeLeads = cause !== undefined && (scores.get(cause) ?? 0) >= best - TIE;
    if (!aggression && harm && causeLeads && scores.has(harm)) scores.set(harm, best);
  };
  if (injuryEvent && ownFallHurt(a.norm)) levelWith(injuryId, topics.get('road'));
  if (MADE_ILL.test(a.norm)) for (const place of settingIds) levelWith(healthId, place);
  // Praise (表扬一下驿站的王姐, kudos to…) is what the report is about: the thing praised is no problem.
  const praise = PRAISE.exec(a.norm);
  const communityId = topics.get('community');
  if (praise && communityId && !CONTRAST.test(a.norm.slice(praise.index))) {
    const top = Math.max(...scores.values());
    scores.set(communityId, Math.max(top + 2 * TIE, scores.get(communityId) ?? 0));
  }
  // A drill, a film, a pet or a child locked in a car (frames.ts) is no trouble of the worker's own: the
  // troubles it names are not what the report is about. Nor is someone shut in a stuck lift, smoke or not
  // (电梯卡在两层中间 里面冒烟): the lift's and the fire brigade's — unless what it did to them (fainted,
  // can't breathe) or the home or the battery it happened with says whose it is.
  // Nor is a danger every signal of which was set aside as no worker's (someone who fell into a river, a stranger's
  // child on a ledge, a child gone missing: `voteSignals`) when nothing but a stray pair or a place word speaks for a
  // category (less than one built-in topic word): 有个人掉到江里了 在水里扑腾 is nobody's, whatever pair of its
  // characters a wage category's words share.
  const strayOnly = s.nobodys && Math.max(0, ...scores.values()) < TOPIC_WEIGHT;
  const frame = frameOf(a.norm) ?? (stuckLift(a.norm, signals) || strayOnly ? 'not-ours' : undefined);
  if (frame) {
    const to = (frame === 'training' && communityId) || FALLBACK_CATEGORY;
    const top = Math.max(0, ...scores.values());
    scores.set(to, Math.max(top + 2 * TIE, MIN_EVIDENCE, scores.get(to) ?? 0));
  }
}
