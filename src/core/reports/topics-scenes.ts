/**
 * Route round 19: what happened to a body at work, told without the category's words (a hand caught in a
 * sorting belt, a shelf on a sorter, hot oil on an arm, a bone through the skin, a rider plunged into a
 * river), aggression told as what was done (groped, followed into a stairwell, held down and kicked, a
 * baton on a head), a farewell with pills ready, and first-aid classes and drills as training. Merged into
 * `topics.ts`; read on the report as the topics read it (Cantonese, Wu and Henan folded).
 */
import type { Topic } from './topics.js';

/** Someone: the one a thing fell on, caught or pinned. */
const PERSON =
  '(?:人|小哥|小伙|伙计|员|阿姨|大姐|大妈|师傅|大哥|兄弟|同事|骑手|工友|他|她|腰|腿|手|脚|头|胸|背)';

/** Something that fell and struck or pinned someone or a limb (箱子掉下来砸了脚, 树倒下来砸到一个骑手; round 35). */
export const FELL_ON_SOMEONE = /(?:掉|落|倒|滑)(?:下来|下去|落|了)了?[^ ]{0,4}?(?:砸|压)(?:了|到|中|在|伤)/;

/**
 * Someone pinned under a load or a shutter, stuck beneath something, or swept with the bike into water: an
 * injury at work, or — when the report names a road hazard that did it — that hazard's report.
 */
const CAUGHT: RegExp[] = [
  // A load, a shelf or a shutter on someone: 压住个分拣员, 砸住一个分拣大姐, 压牢一个小哥.
  new RegExp(`(?:压|砸|夹)(?:住|到|着|伤|倒)了?(?:一个|一位|了一个|个)?[^ ]{0,4}${PERSON}`),
  FELL_ON_SOMEONE,
  // Stuck under something: 有人卡在卷帘门下头.
  new RegExp(`${PERSON}[^ ]{0,2}卡(?:在|住)[^ ]{0,6}(?:下头|下面|底下|下边)`),
  // A rider with the bike into a river: 连车冲进河里, 连人带车掉进湖里.
  /(?:连人带车|连车带人|连人|连车)[^ ]{0,4}(?:冲|掉|摔|栽|翻|滑)[^ ]{0,3}(?:进|落|下|入)|(?:冲|掉|摔|栽|滑|翻)(?:进|落|下|入)了?(?:河|江|湖|海|塘)(?![边畔岸堤])/,
];

/** Whether a topic hit is one of the CAUGHT structures. */
/** A crowd crush: the people hurt or trapped in it are part of its report (as in a fight). */
export const CROWD = /人挤人|挤倒|挤成一团|踩踏|被踩|\bstampede\b|\bcrowd crush\b/;

/**
 * A fight between people (打架, 打起来了, 干起来了, 动手了, 扭打, "got into a fight", a brawl — QA8): a blow between people
 * is violence first, so those it hurt (bleeding, knocked out) are its report, as in a crowd crush — not an accident's or
 * an illness's. Not 动手术 (surgery), 自己动手 (doing it oneself), 活干起来了 (work got going), "fight the fine".
 */
export const FIGHT =
  /打架|打了一架|打起来|打成一团|扭打|厮打|互殴|斗殴|干仗|掐架|撕吧|(?:俩|两个|几个|人|他们|我们|咱们|双方|两拨|两帮)[^ ]{0,3}干起来|(?:跟|和|与)[^ ]{1,6}干起来|动起手|动了手|动手(?:了|打)|\b(?:(?:got|get|getting|gotten) (?:into|in) (?:a|an) (?:\w+ )?(?:fight|brawl|scuffle|punch-?up|altercation)|had (?:a|an) (?:\w+ )?(?:fight|brawl|punch-?up)|(?:a|the) (?:fight|brawl|punch-?up|scuffle) (?:broke out|started)|there (?:was|s|is) (?:a|an) (?:\w+ )?(?:fight|brawl)|brawl\w*|punch-?up|came to blows|fist ?fights?|(?:started|were|are|was|kept) fighting)\b/;

/** A burn on someone's body (烫烂了, 烧得黢黑 皮都烂了): the fire or the scald is the injury's cause. */
const BURN =
  /烫(?:伤|烂|脱|坏|起泡)|烧伤|烧得[^ ]{0,3}(?:黢黑|焦|烂|皮)|皮都(?:烂|掉|脱|烫)|\bgot burn(?:ed|t)\b|\bburns (?:on|to)\b/;
export function burnt(norm: string): boolean {
  return BURN.test(norm);
}

export function isCaught(word: string): boolean {
  return CAUGHT.some((re) => re.test(word));
}

export const SCENE_WORDS: Partial<Record<Topic, string[]>> = {
  injury: ['烫脱', '烫烂', '烫坏', '烫起', '皮都烫', '被烫', '骨头露', 'bone sticking out'],
  violence: ['摸我', '摸了我', '乱摸', '咸猪手', '摸她', 'touched me', 'grabbed my ass'],
  // Someone who does not answer when called (喊他木有反应 → 没有反应) is unwell, wherever they lie.
  health: ['没有反应', '没得反应', '哮喘', 'asthma', 'inhaler', '怀孕', '孕妇', '吐血', '咳血'],
  // Learning first aid is training, not the station's kit or an emergency.
  community: [
    '急救课',
    '急救班',
    '急救培训',
    '急救知识',
    '学急救',
    '心肺复苏',
    '海姆立克',
    '演练',
    '演习',
    'cpr',
  ],
};

/** Words of aggression that count double and decide, as those of `STRONG_WORDS`. */
export const SCENE_STRONG = ['摸我', '摸了我', '咸猪手', 'touched me'];

export const SCENE_PATTERNS: [Topic, RegExp][] = [
  ...CAUGHT.map((re): [Topic, RegExp] => ['injury', re]),
  // A shelf coming down (货架塌了, 一整排倒下来): not a road collapsing.
  ['injury', /(?:货架|货柜|架子|柜子|货堆|货价)[^ ]{0,5}(?:塌|倒|砸|掉下来)(?:了|下来|下去)?/],
  // Caught in a machine: 手…卷了进去, 只手给分拣线卷了入去.
  ['injury', /(?:手|脚|腿|胳膊|衣服|头发|袖子|人)[^ ]{0,8}卷(?:了)?(?:进|入)/],
  // A bone through the skin: 手骨穿了出来, 骨头戳出来了.
  ['injury', /骨(?:头)?[^ ]{0,3}(?:穿|戳|刺|露|支)[^ ]{0,2}出/],
  // Hot oil or boiling water on someone: 滚油泼到他膀子上, 油锅翻了.
  ['injury', /(?:滚油|热油|开水|滚水|热汤|沸水)[^ ]{0,4}(?:泼|浇|淋|溅|洒)|油锅(?:翻|打翻|倒)/],
  // Followed into a building: 一路跟我进楼梯间, 又跟到楼梯间来了.
  [
    'violence',
    /跟(?:着|住|了)?(?:我|她)[^ ]{0,2}(?:进|到|上)[^ ]{0,3}(?:楼|电梯|家|小区|宿舍|厕所)|(?:又|一直|一路)跟(?:到|进|上)/,
  ],
  // Held down and beaten: 揪住我们兄弟在地下踢.
  ['violence', /(?:揪|按|摁|抓|拽|扯)住[^ ]{0,8}(?:踢|打|揍|踹)/],
  // A weapon wielded: 拿橡皮棍在敲同事头, 拿钢管砸 (拿木棍打开了, a hand knocked off a live socket, is a rescue).
  // Not the worker accused of it (说我要拿刀砍他).
  [
    'violence',
    /(?<!我[^ ]{0,2})拿[^ ]{0,5}(?:棍|棒|刀|砖|铁管|钢管|锤|铁锹)[^ ]{0,6}(?:敲|打(?!开)|砍|斩|追|捅|砸)/,
  ],
  // Locked in by someone (老板把我们锁在仓库里, 中介把我们关地下室了) — not kept out (把我们关在门外).
  [
    'violence',
    /(?<!我[^ ]{0,2})把(?:我|我们|他|她|他们|人|大家)[^ ]{0,4}(?:锁|关)(?:在|到|进|起来)?(?![^ ]{0,3}(?:门外|外面|外头))/,
  ],
  // Pinned between two things: 被夹在卸货平台和货车中间, 被压在车底下.
  ['injury', /被(?:压|夹|卡)在/],
  // Caught by a vehicle's door or wheel (被车门夹住, 被车轮压了) or a vehicle overturned ("rolling over"): a crash
  // with someone in it, on whatever road.
  [
    'injury',
    /被[^ ]{0,3}车(?:门|轮|斗|厢)[^ ]{0,2}(?:夹|压|卷|拖|碾|轧)|\b(?:rolled|rolling|flipped|flipping) over\b|\boverturned\b/,
  ],
  // A vehicle that hit someone ("a car hit me", "the taxi knocked him over"): a crash, though "hit me" alone is a blow.
  [
    'injury',
    /\b(?:car|truck|lorry|van|bus|taxi|cab|motorbike|motorcycle|scooter|e-?bike|vehicle|suv)s? (?:hit|knocked|struck|rammed|clipped|ran over|ran into)\b/,
  ],
  // A crowd crush (人挤人 有人被挤倒踩在下面) is a danger from people, as a fight is.
  ['violence', CROWD],
  // Pills ready, or a farewell and "don't look for me": 药我已经准备好了, 拜拜…不要找我.
  ['health', /(?:药|安眠药)[^ ]{0,4}(?:准备好|备好|攒够)/],
  ['health', /(?:再会|再见了|拜拜|永别|告别)[^]{0,30}(?:不要|别|不用|不使)找我/],
];
