/**
 * The first step of scoring a category: what each word of the report stands for — a place, context, the setting
 * (a home, a station), an accident or an illness, insurance bought rather than claimed — and `moved`, the
 * category a hit speaks for once that is known (a fine by the landlord is housing's).
 */
import { isCaught } from '../topics-scenes.js';
import { CLAIM_WORDS, STRONG_WORDS, type Topic, settingOf, topicHits } from '../topics.js';
import type { Analysis } from './analysis.js';
import { DEPOSIT, DRIVEN_OFF, EMPLOYER, HOME, LIFT, landlordTold, workerHurt } from './cues.js';
import { asHit, isNegated } from './keywords.js';
import {
  CONTEXT_FACTOR,
  LOCATION_FACTOR,
  isLocation,
  othersBefore,
  pastCause,
  pointStart,
} from './place-words.js';

const INSURANCE = /保险|insurance/;
/** Bought, paid for or sold, in the clause before the word (买平台的保险, 交了份保险, 硬要我们上保险, buy insurance). */
const BOUGHT_BEFORE =
  /(?:买|交|缴|续|上|卖|推销)(?:了|过)?[^ ]{0,6}$|\b(?:buy|bought|buying|pay for|paying for|sell|selling|sold)\b[^.]{0,20}$/;
/** A claim asked or refused (能赔吗, 报销, 理赔, claim): the insurance is the accident's cost after all. */
const CLAIMED = /赔|报销|报不了|能报|理赔|\b(?:claim|cover|covered|pay out|payout)\b/;
/** "Nobody was hurt" (人没受伤, 没伤着, nobody was hurt): how an event ended. */
const DENIED_HARM =
  /(?:人|我|他|她|大家)?(?:都|也)?没(?:有)?(?:人)?(?:受伤|伤着|伤到|事)|人没事|\b(?:(?:nobody|no one) (?:was |got |is )?(?:hurt|injured)|(?:i|we|he|she) (?:was |were |am |m |is |s |re )?not (?:hurt|injured)|(?:wasn t|weren t|isn t|didn t get) (?:hurt|injured))\b/g;
/**
 * After a road word, what makes it name whose thing it is: 的 (工地的脚手架), or a site's machine or rig said
 * straight after it (工地塔吊, 工地吊车) — none of them the road's own.
 */
const OWNS_A_THING = /^(?:的|塔吊|吊车|起重机|脚手架|吊篮|吊臂|升降机|搅拌机|打桩机)/;

/** Being kept out, or parking spaces: at a station they are about the station. */
const STATION_ACCESS =
  /不让|不准|拦|进不去|won t let|not allowed|turned (?:us|me) away|refuse|车位|parking (?:space|spot)/;

/** A fine or a deduction, as a pay word or structure says it. */
const FINE = /^(?:罚|扣|被罚|罚款|罚了|fine|fined)/;
/** Who fines, when it is not the employer: the topic the fine is then about. */
const FINERS: ['housing' | 'parking', RegExp][] = [
  ['housing', /物业|房东|landlord/],
  // …or fined for where a bike was left (停门口就被罚), or fined with the bike towed or clamped (停一歇就拖走 罚款五十).
  [
    'parking',
    /交警|城管|贴条|罚单|抓拍|拍照罚|电子眼|违停|违章停|拖走|拖车|被拖|锁车|parking ticket|towed|clamped|停(?:在|到)?[^ ]{0,4}(?:门口|路边|楼下|门前|边上|外面)[^ ]{0,3}罚/,
  ],
];

/** Goods to be paid for (餐洒了要我赔): a cost, which follows its cause when the worker was hurt getting it. */
const PAY_FOR_GOODS = /赔/;

/** Words of pain, which follow from whatever caused them. */
const PAIN = /^(?:疼|痛|很疼|好疼|好痛|hurts?|pain|aching|ache|sore|swollen|肿|肿了)$/;

/**
 * What each word of a report stands for before any category is weighed: where it is a place or context, the
 * setting, who was hurt, and the category a hit speaks for once that is known (`moved`). Read by every later part.
 */
export function readReport(a: Analysis, topics: Map<Topic, string>, latinPlaces: readonly string[]) {
  const spans = latinPlaces.flatMap((p) => {
    const i = a.norm.indexOf(p);
    return i >= 0 ? [[i, i + p.length] as const] : [];
  });
  const asPlace = (start: number, end: number): number =>
    isLocation(a.norm, start, end) || spans.some(([s, e]) => start >= s && end <= e) ? LOCATION_FACTOR : 1;
  const hits = topicHits(a.norm);
  // A point with no topic of its own (我主要是想把车找回来) leaves the troubles before it to decide.
  const cut = pointStart(a.norm);
  const point =
    cut > 0 && (a.topical.some((h) => h.start >= cut) || hits.some((h) => h.start >= cut)) ? cut : 0;
  /** Troubles the worker waves off before the point (see POINT_FOLLOWS) are context. */
  const asContext = (start: number): number => (start < point ? CONTEXT_FACTOR : 1);
  // Others who fell at a hazard (好几个骑手摔了, two riders fell) say how dangerous it is: a road report.
  const injuryId = topics.get('injury');
  // A road in a place's name (Keyuan Road) is no hazard.
  // "kicked out" is housing, not a kick: a longer word of another topic around it wins.
  const inLonger = (h: (typeof hits)[number]): boolean =>
    hits.some(
      (o) =>
        o.topic !== h.topic &&
        o.word.length > h.word.length &&
        o.start <= h.start &&
        o.start + o.word.length >= h.start + h.word.length,
    );
  // …and a shelf that collapsed (货架塌了) is no road collapsing.
  // A road word owning another thing (工地的脚手架, the site's scaffolding) names where that thing is from, not
  // the hazard: the thing itself must be a road's for someone caught by it to be the road's report.
  const hazard = hits.some(
    (h) =>
      h.topic === 'road' &&
      !inLonger(h) &&
      asPlace(h.start, h.start + h.word.length) === 1 &&
      !OWNS_A_THING.test(a.norm.slice(h.start + h.word.length)),
  );
  /** Someone pinned, caught or swept away by the hazard the report names (树倒下来砸到一个骑手): the hazard's report. */
  const caughtInHazard = (h: (typeof hits)[number]): boolean =>
    hazard && h.topic === 'injury' && h.pattern === true && isCaught(h.word);
  // A past accident named as the cause of how one feels now (那次车祸以后天天做恶梦) is context of a health report.
  const feeling = hits.some((h) => h.topic === 'health' && !CLAIM_WORDS.has(h.word) && !PAIN.test(h.word));
  const asInjury = (start: number, ids: Iterable<string>, end = start): number =>
    injuryId &&
    [...ids].includes(injuryId) &&
    ((hazard && othersBefore(a.norm, start, end)) || (feeling && pastCause(a.norm, start, end)))
      ? LOCATION_FACTOR
      : 1;
  // 在宿舍里 is where someone is, and so the setting of the facility problem: only 门口 and the like leave it out.
  const setting = settingOf(
    a.norm,
    (start, end) => isLocation(a.norm, start, end, false) || spans.some(([s, e]) => start >= s && end <= e),
  );
  const stationId = topics.get('station');
  const housingId = topics.get('housing');
  const parkingId = topics.get('parking');
  // A claim with an illness and no accident in the report is a health matter (CLAIM_WORDS).
  const healthId = topics.get('health');
  const illnessClaim =
    hits.some((h) => h.topic === 'health' && asPlace(h.start, h.start + h.word.length) === 1) &&
    !hits.some((h) => h.topic === 'injury' && !CLAIM_WORDS.has(h.word));
  // Pain after a fall or a crash is its consequence, as bleeding is (votingSignals): an accident report.
  const injuryEvent = hits.some(
    (h) =>
      h.topic === 'injury' &&
      !caughtInHazard(h) &&
      !CLAIM_WORDS.has(h.word) &&
      !PAIN.test(h.word) &&
      asPlace(h.start, h.start + h.word.length) === 1 &&
      asInjury(h.start, injuryId ? [injuryId] : [], h.start + h.word.length) === 1,
  );
  const parkingNamed = hits.some((h) => h.topic === 'parking' && !DRIVEN_OFF.test(h.word));
  // 被两个人抢了手机 人没受伤: "nobody was hurt" tells how the assault ended — no accident is told.
  const violenceId = topics.get('violence');
  const assaultNamed =
    a.signals.includes('violence') ||
    a.assault ||
    hits.some(
      (h) =>
        h.topic === 'violence' &&
        (h.pattern || STRONG_WORDS.has(h.word)) &&
        !(a.norm[h.start - 1] === '我' && !h.word.startsWith('被')) &&
        !isNegated(a.norm, asHit(h)),
    );
  const deniedHarm = assaultNamed ? [...a.norm.matchAll(DENIED_HARM)] : [];
  const assaultOutcome = (start: number, end: number): boolean =>
    deniedHarm.some((m) => start >= m.index && end <= m.index + m[0].length);
  // 逼着我们买平台的保险: insurance bought (or pushed on the worker) with no claim asked is no accident's cost.
  const bought = (word: string, start: number): number =>
    INSURANCE.test(word) &&
    BOUGHT_BEFORE.test(a.norm.slice(a.norm.lastIndexOf(' ', start - 1) + 1, start)) &&
    !CLAIMED.test(a.norm)
      ? LOCATION_FACTOR
      : 1;
  /** The category a hit speaks for once its setting is known (see settingOf); `at`: where the hit is. */
  const moved = (id: string, word: string, at?: readonly [number, number]): string => {
    if (at && id === injuryId && violenceId && assaultOutcome(at[0], at[1])) return violenceId;
    if (illnessClaim && id === injuryId && healthId && CLAIM_WORDS.has(word)) return healthId;
    if (injuryEvent && id === healthId && injuryId && PAIN.test(word)) return injuryId;
    // 冰面上我摔车了 膝盖肿得老高 商家还说餐洒了要我赔: goods lost in a fall that hurt the worker are the
    // accident's cost, as a claim is (goods broken with nobody hurt stay pay).
    if (id === topics.get('pay') && injuryId && PAY_FOR_GOODS.test(word) && injuryEvent && workerHurt(a.norm))
      return injuryId;
    // A fine is about pay when the employer or the platform fines; the landlord's or the traffic
    // police's fine is about housing or parking.
    if (id === topics.get('pay') && FINE.test(word))
      for (const [topic, re] of FINERS) {
        const to = topics.get(topic);
        if (to && re.test(a.norm)) return to;
      }
    // A deposit the employer keeps (站点押金, 老板不退押金) is owed like wages; the landlord's or a dorm's
    // (公司宿舍押金不退) is housing.
    if (DEPOSIT.test(word)) {
      const owed = topics.get('arrears');
      const landlord = landlordTold(a.norm);
      if (id === housingId && owed && !landlord && EMPLOYER.test(a.norm)) return owed;
      if (id === owed && housingId && landlord) return housingId;
    }
    // Driven off a pick-up point or a kerb (接客的地方总被赶走 根本没法停) is parking: only from a home is it eviction.
    if (id === housingId && parkingId && DRIVEN_OFF.test(word) && !HOME.test(a.norm) && parkingNamed)
      return parkingId;
    if (setting === 'housing' && id === stationId && housingId) return housingId;
    // A lift where the worker lives (公寓电梯坏了半个月) is the home's: the access rule is about lifts at a delivery.
    if (setting === 'housing' && id === parkingId && housingId && LIFT.test(word)) return housingId;
    if (setting === 'station' && id === housingId && stationId) return stationId;
    // At a station, being kept out or its parking spaces are the station's.
    if (setting === 'station' && id === parkingId && stationId && STATION_ACCESS.test(word)) return stationId;
    return id;
  };
  return {
    a,
    asContext,
    asInjury,
    asPlace,
    bought,
    caughtInHazard,
    hazard,
    healthId,
    hits,
    housingId,
    inLonger,
    injuryEvent,
    injuryId,
    moved,
    parkingId,
    setting,
    stationId,
    topics,
    violenceId,
  };
}

export type Reading = ReturnType<typeof readReport>;
