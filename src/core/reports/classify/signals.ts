/**
 * The emergency signals' votes: which topic each signal speaks for once the report's cause is known (a crash, a
 * fight, a crowd crush, a fire where workers live, a stranger's child), and an assault the reading found.
 */
import { illnessAttack, illnessBleeding } from '../frames.js';
import { CROWD, FIGHT, burnt, isCaught } from '../topics-scenes.js';
import { CONSEQUENCE_SIGNALS, DOMINANT_SIGNALS, SIGNAL_TOPIC, type Topic } from '../topics.js';
import { HOME, LIFT } from './cues.js';
import type { Evidence } from './evidence.js';
import type { Reading } from './reading.js';

/** An emergency signal counts this much for the category of its topic (bleeding → injuries). */
const SIGNAL_WEIGHT = 1;

/** A power line down or broken where people pass (电线断了, 电线掉地上, 电缆落到水里): a live wire in the road. */
const WIRE_DOWN =
  /(?:电线|电缆|高压线|电线杆)[^ ]{0,4}(?:断了|断咗|掉|落|垂|耷拉|泡在)|\b(?:power line|live wire|cable)s? (?:\w+ ){0,2}(?:down|fell|fallen|in the water)\b/;
/** No air where someone went down: 缺氧, 没得氧气, 沼气, 毒气 (a confined space). */
const NO_AIR = /缺氧|氧气|沼气|毒气|\b(?:no (?:air|oxygen)|fumes)\b/;

/** Signals of what a crowd crush did to someone. */
const CROWD_HURT = new Set(['trapped', 'serious-injury', 'unconscious', 'breathing']);
/** What a fight does to those in it (FIGHT). */
const FIGHT_HURT = new Set(['bleeding', 'serious-injury', 'unconscious', 'breathing']);

/** Places open to the public, neither a home nor a station: a fire there is no worker's category. */
const PUBLIC_PLACE =
  /饭馆|饭店|餐馆|餐厅|馆子|火锅店|面馆|商场|超市|商铺|酒店|宾馆|写字楼|网吧|\b(?:restaurant|shop|mall|supermarket|hotel)\b/;
/** A fire on the hills or in a forest: the fire brigade's, no worker's category. */
const WILDFIRE = /山火|森林火|林火|野火|\b(?:wildfire|forest fire|bush ?fire)\b/;
/**
 * A small child in danger on their own (锁在车里, 掉水里, 爬出阳台外面): a stranger's child, the police's or the fire
 * brigade's — no category of the worker's own (`other`, for a person to sort), as every dev set labels it.
 */
const CHILD =
  /婴儿|宝宝|小孩|孩子|小朋友|小把戏|细路|小伢|\b(?:kid|child|toddler|baby|little (?:boy|girl))\b/;
/** The worker's own child (我家孩子, 我女儿): then the danger is theirs. */
const OWN_CHILD =
  /(?:我|我家|我们家|自己)(?:的)?(?:孩子|小孩|宝宝|儿子|女儿|娃)|\bmy (?:kid|child|son|daughter|baby)\b/;
/** A worker in the danger too (有个骑手跳下去救 两个人都没上来): then it is the worker's accident. */
const WORKER_IN_IT = /骑手|小哥|同事|工友|外卖员|快递员|送餐的|送货的|\b(?:rider|courier|driver)s?\b/;
/**
 * Someone in a river, a lake or the sea (有人落水, 一个阿婆跌咗落河 在水度挣扎紧, 被浪卷出去了, someone's in the canal
 * going under).
 */
const IN_OPEN_WATER =
  /落水|溺水|水里|水中|扑腾|往下沉|沉下去|沉了下去|没浮上来|冒不出头|冲走|卷走|卷出去|越漂越远|游泳|游水|玩水|耍水|冰窟|(?:掉|落|栽|跌|滑|跳)[^ ]{0,4}(?:河|湖|江|海|塘|水库|潭|涌|池)|(?:河|湖|江|海|塘|水库|潭|涌|池)(?:里|中|头)|\b(?:drown\w*|going under|went under|swept (?:away|out)|in the (?:water|river|lake|sea|canal|reservoir)|into the (?:water|river|lake|sea|canal|reservoir))\b/;
/**
 * Water that is no river's: a manhole, a pit, a tank, a flood (井里掉人了, 化粪池里两个工人晕在下面了, 大水漫过来 有人被冲走了).
 */
const ROAD_WATER =
  /井|坑|化粪|粪池|污水|沼气|水池|水箱|罐|积水|大水|洪水|涝|漫|淹|涨水|倒灌|下水道|涵洞|隧道|地下室|车库|\b(?:manhole|flood\w*|underpass)\b/;
/** A worker at work or a vehicle gone in (骑手连人带车冲到湖里, 卸货跌落海, 网约车冲到河浜里): an accident of the work. */
const AT_WORK =
  /骑手|小哥|外卖|快递|送餐|送货|送件|卸货|搬货|装卸|工地|车|\b(?:rider|courier|driver|deliver\w*|scooter|bike|car|van|truck)s?\b/;
/** Out on a balcony, a sill or a window grille (the height a child can fall from). */
const HIGH_LEDGE = /阳台|窗台|窗户|防盗网|楼顶|天台|陽台|窗戶|\b(?:balcony|window|ledge)\b/;
/** Shut in a car (车里锁着个小孩, "locked in a hot car"). */
const IN_A_CAR = /车(?:里|内|上)|車(?:裡|内|上)|(?:辆|台|部|輛)[^ ]{0,4}[车車]|后座|\b(?:car|van)\b/;

/** The signals that say what the report is about: the dominant cause, else the causes, else all. */
export function votingSignals(all: string[]): string[] {
  // A pack's own phrase says how urgent, not what about: it must not silence the built-in causes.
  const signals = all.filter((s) => s !== 'pack');
  const dominant = DOMINANT_SIGNALS.find((s) => signals.includes(s));
  if (dominant) return [dominant];
  // A cry for help (快来人, call an ambulance) names no cause: the collapse or the breath told with it is what the
  // report is about (round 44).
  const causes = signals.filter((s) => !CONSEQUENCE_SIGNALS.has(s) && s !== 'call-for-help');
  return causes.length > 0 ? causes : signals;
}

/**
 * The emergency signals' votes: each for the category of the topic it speaks for once the report's cause is known
 * (a crash, a fight, a crowd, a fire where workers live). An assault the emergency reading found decides as a word
 * of aggression does.
 */
export function voteSignals(r: Reading, e: Evidence) {
  const { a, hazard, hits, injuryEvent, moved, setting, topics, violenceId } = r;
  const { add } = e;
  let aggression = e.aggression;
  // Someone trapped in a vehicle that crashed or overturned (货车翻了 人困在驾驶室) is the crash's report,
  // whichever road it happened on.
  const vehicleCrash = hits.some((h) => h.topic === 'injury' && h.pattern && !isCaught(h.word));
  // An illness named by its attack (asthma attack) is no assault; bleeding from the mouth or in pregnancy
  // (吐血, 怀孕…下身出血) is an illness, not a wound (frames.ts).
  // Shut in a stuck lift with someone fainted or short of breath (电梯困了四个人 一个老人晕过去了): what happened
  // to them is what the report is about, not the lift that holds them (the lift alone is nobody's: ties.ts).
  const signals = a.signals
    .filter((sig) => sig !== 'violence' || !illnessAttack(a.norm))
    .filter(
      (sig, _, all) =>
        sig !== 'trapped' ||
        !LIFT.test(a.norm) ||
        all.every((s) => s === 'trapped' || s === 'fire' || s === 'pack'),
    );
  // An assault the emergency reading found (按在地上打 头破了在流血) decides as a word of aggression does, even
  // when no topic word names it: the guard or the gate it happened at is the setting.
  // Not when a crash, a fall or a thing that struck or cut is told (被掉下来的钢管砸到头, 让玻璃划开了): those
  // are accidents the reading may take for blows.
  // Told of as past too (a wage row that ended in a beating): the beating is what the report is about.
  if (
    !aggression &&
    !injuryEvent &&
    violenceId &&
    (signals.includes('violence') || (a.assault && !illnessAttack(a.norm)))
  )
    aggression = moved(violenceId, 'violence');
  const crowd = CROWD.test(a.norm);
  const fight = FIGHT.test(a.norm);
  /** The topic an emergency signal speaks for, once the report's cause is known. */
  const signalTopic = (signal: string): Topic | undefined => {
    // Those hurt or trapped in a crowd crush are its report, as those hurt in a fight are.
    if (crowd && CROWD_HURT.has(signal)) return 'violence';
    // …and those a fight left bleeding or knocked out (we got into a fight, his nose is bleeding): a blow between
    // people is violence first, not an accident or an illness (QA8).
    if (fight && FIGHT_HURT.has(signal)) return 'violence';
    // What a crash or a fall did to someone (they collapsed, they bleed) is part of the accident report.
    if (injuryEvent && CONSEQUENCE_SIGNALS.has(signal)) return 'injury';
    // Overcome for want of air down a pit or a tank (下去就没上来 下面缺氧): a body's trouble, not the place's.
    if (signal === 'trapped' && NO_AIR.test(a.norm)) return 'health';
    // Someone caught in the hazard the report names (fallen into an open manhole) is that hazard's report.
    if (signal === 'trapped' && hazard && !vehicleCrash) return 'road';
    // …and so is someone shocked by a wire down in the road's water (渍水里头有根电线断了 一个老人…倒在水里了 —
    // round 37): the fallen wire is the road's hazard, as an open manhole is.
    if (signal === 'electric' && hazard && !vehicleCrash && WIRE_DOWN.test(a.norm)) return 'road';
    // Someone trapped by a fire (电动车着火了 屋里有人被困) is the fire's report.
    if (signal === 'trapped' && signals.includes('fire')) return signalTopic('fire');
    // A limb that stopped working with a stroke's signs and no accident told (半边身子动不了 嘴歪了) is illness; so is
    // a body that gave way after something eaten (吃了见手青 吐得站都站不起来了 — round 35).
    if (
      signal === 'serious-injury' &&
      !injuryEvent &&
      (signals.includes('medical') || signals.includes('poisoning'))
    )
      return 'health';
    if (signal === 'bleeding' && illnessBleeding(a.norm)) return 'health';
    // A fire in a restaurant, a shop or a mall (饭馆着火了 里面还有取餐的骑手) is neither where workers live nor a
    // station: no category of the worker's own (the fire brigade's; `other`, for a person to sort).
    if (signal === 'fire' && setting === undefined && PUBLIC_PLACE.test(a.norm) && !HOME.test(a.norm))
      return undefined;
    // …nor is anyone in a river, a lake or the sea who went in on no job and in no vehicle (有人落水, 一个阿婆跌咗落河,
    // 同事休息天去海边游泳 被浪卷出去了): the rescue services', no category of the worker's own (round 44). A rider gone
    // in with the bike, a porter off the quay while unloading, stay the accident's; a manhole or a flood the road's.
    if (
      signal === 'trapped' &&
      IN_OPEN_WATER.test(a.norm) &&
      !ROAD_WATER.test(a.norm) &&
      !AT_WORK.test(a.norm)
    )
      return undefined;
    // …nor is a stranger's child in the water or out on a ledge (round 36). A child shut in a car stays the
    // accident's: without its vote the car park's words would send it to parking.
    if (
      (signal === 'trapped' || (signal === 'serious-injury' && !injuryEvent && HIGH_LEDGE.test(a.norm))) &&
      CHILD.test(a.norm) &&
      !OWN_CHILD.test(a.norm) &&
      !WORKER_IN_IT.test(a.norm) &&
      !IN_A_CAR.test(a.norm)
    )
      return undefined;
    // …nor is a fire on the hills (后山起山火了 往村子这边烧过来 — round 35).
    if (signal === 'fire' && WILDFIRE.test(a.norm)) return undefined;
    // A burn on someone is an injury, but a fire where workers live stays housing's.
    if ((signal === 'fire' || signal === 'medical') && burnt(a.norm) && setting !== 'housing')
      return 'injury';
    return SIGNAL_TOPIC[signal];
  };
  for (const signal of votingSignals(signals)) {
    const topic = signalTopic(signal);
    const topicId = topic && topics.get(topic);
    if (topicId) add(moved(topicId, signal), SIGNAL_WEIGHT, 2 * a.norm.length);
  }
  // Every danger told set aside above as no worker's (a stranger in the river, a stranger's child on a ledge, a fire
  // in a shop), or a child gone missing (孩子不见了, 被一个男的牵走了: the police's, a category of no pack): see
  // `settleWhatItIsAbout`.
  const voting = votingSignals(signals);
  const nobodys =
    voting.length > 0 &&
    voting.every(
      (sig) =>
        sig === 'missing-person' || (SIGNAL_TOPIC[sig] !== undefined && signalTopic(sig) === undefined),
    );
  return { aggression, signalTopic, signals, nobodys };
}

export type SignalVotes = ReturnType<typeof voteSignals>;
