/**
 * When an emergency phrase is calm: the look-alikes met over the emergency rounds (docs/rounds/reports.md), one
 * row each — which signals it concerns, the words around the match that make it calm, and why. A phrase
 * is live unless some row applies (negation, what-ifs and "about now" are apart, in emergency.ts).
 *
 *   calmBy('热得跟着火一样', 'fire', 3, 5)?.why  // → '着火一样往上涨, 热得跟着火一样: a simile…'
 *
 * A row applies when every window it names matches and none in `unless` does. The windows, around the
 * match at [start, end) of the normalised report:
 *   phrase        the match itself
 *   before        the 6 characters before it;  after: the 4 characters after it
 *   rest          everything after it
 *   clauseBefore  its clause up to the match;  clause: its whole clause;  previousClause: the clause before
 *   report        the whole report
 * `also` is for what the windows cannot say. A row's `signals` ('pack' is a pack's own phrase) limit it;
 * with `packPhrase`, a pack's phrase counts only when it says that (a pack phrase about breathing).
 */

import {
  DOWN,
  PERSON,
  BODY,
  SOMEONE,
  NOSEBLEED,
  STILL_IN_USE,
  ELECTRIC_FITTING as ELECTRIC_FITTING_SOURCE,
  SWITCHED_OFF,
  SWITCHED_OFF_LATIN,
  STILL_IN_USE_LATIN,
  ELECTRIC_FITTING_LATIN,
} from './emergency-concepts.js';

/** Mild: 有点中暑, 有点胸闷 are urgent, not emergencies (有点不清醒 still is one). */
export const MILD = ['有点', '有些', '轻微', '稍微'];
// Stroke signs ('medical': 有点大舌头, 嘴角有点歪) are an emergency at any degree.
export const MILD_SIGNALS = new Set<string>(['heat-stroke', 'breathing', 'cold', 'moderate']);
/** Signals a vehicle or a thing can give too (压在下面, crushed): with "nobody is hurt" they are about it. */
export const THING_SIGNALS = new Set<string>(['trapped', 'serious-injury']);

type Window =
  'phrase' | 'before' | 'after' | 'rest' | 'clauseBefore' | 'clause' | 'previousClause' | 'report';

/** The match and the words around it. */
export interface Around extends Record<Window, string> {
  norm: string;
  start: number;
  end: number;
}

export interface Exemption extends Partial<Record<Window, RegExp>> {
  /** The signals it concerns; every signal when absent. */
  signals?: readonly string[];
  /** A pack's own phrase is concerned only when it says this. */
  packPhrase?: RegExp;
  /** Windows that, when they match, leave the phrase live after all. */
  unless?: Partial<Record<Window, RegExp>>;
  /** A condition the windows cannot say. */
  also?: (at: Around) => boolean;
  /** One line: the look-alike, and why it is calm. */
  why: string;
}

const WINDOWS: readonly Window[] = [
  'phrase',
  'before',
  'after',
  'rest',
  'clauseBefore',
  'clause',
  'previousClause',
  'report',
];

/**
 * A socket, plug or wire; a battery on charge (电瓶车充电冒烟 我拔了): unplugged in time, a fault too; a household
 * appliance (微波炉冒烟了 没人敢用): taken out of use, a fault for repair too (round 34). In emergency-concepts.ts.
 */
const ELECTRIC_FITTING = new RegExp(ELECTRIC_FITTING_SOURCE);
/**
 * The writer cut the power, or says nobody is hurt, near or shocked and nothing has caught yet (还好没人在旁边,
 * 好彩未有人电亲 — Cantonese 电亲 is 电到; 人都跑出来了没事, 人都在外面冇事: everyone out and fine, round 31), or people
 * are still charging at it (大家还在那充电, 还有人在充电: nothing burning and nobody hurt — a fault to stop now, round 32).
 */
const CAUGHT_IN_TIME = new RegExp(
  `拔(?:了|掉)|拉(?:了)?闸|断(?:了)?电|关(?:了|掉)?(?:电|总闸)|${SWITCHED_OFF}|${STILL_IN_USE}|` +
    String.raw`(?:没|未)(?:有)?人(?:碰|受伤|伤(?!心)|在旁边|在边上|在跟前|在(?:充|用)|敢(?:用|碰|充)|靠近|被?电到)|不敢(?:用|碰|充)了?|停用|旁边(?:没|未)有?人|人(?:都|也)?没事|人(?:都|也)?(?:已经)?(?:在外面|在外头|跑出来了?|逃出来了?|撤出来了?|出来了)[^ ]{0,1}没事|还没(?:出事|着|烧起来)`,
);
/** A stove or a brazier (煤炉, 炭盆, 烤火炉): smoke from it is the room's air, not a fire, once everyone is out. */
const STOVE = /煤炉|炉子|蜂窝煤|炭火|炭盆|火盆|烤火|火炉|灶/;
/** Everyone out and fine, said in one clause or two (人都出来了 没事, everyone got out, nobody hurt). */
const EVERYONE_OUT_FINE =
  /人(?:都|也)?(?:已经)?(?:在外面|在外头|跑出来了?|逃出来了?|撤出来了?|出来了?)[^]{0,3}(?:没事|冇事|没得事|无事|都好)|人都好好的/;
/** Each time it is used (一插就, 每次充电都, 老是): a fault known, not a fire breaking out now. */
const HABITUAL_FAULT = /一(?:插|用|开|充|碰|接)(?:上)?就|每次[^ ]{0,4}都|老是|总是|经常|动不动就?/;
/** Flames, thick smoke or someone still in it or shocked: a fire, whatever was done. */
const FIRE_TAKEN_HOLD =
  /(?<!(?:没|未)有?)(?:着火|起火|烧起来)|火(?:很|好|特别)?大|火苗|浓烟|黑烟|蹿|窜|有人在里面|还有人(?![^ ]{0,3}(?:充电|充着|在用|使用|用着|插着))|被困|救命|晕|倒地|(?<!(?:没|未)有?人)被?电到|(?<!(?:没|未)有?人)被电/;
/** A thing left hanging (a wire, a sign, an outdoor unit), with no person named. */
const HANGING_THING =
  /(?:电线|电缆|网线|线|灯|招牌|广告牌|牌子|空调|外机|树枝|树|雨棚|铁皮|彩钢板|横幅|玻璃|衣服|被子|风筝)[^ 人]{0,8}$/;

/** Whom a worker calls at a door or on the phone for an order. */
const CUSTOMER = /顾客|客人|客户|收件人|收货人|买家|业主|用户|\b(customer|recipient)\b/;
/** A person down said anywhere in the report. */
const PERSON_DOWN = new RegExp(DOWN);
/** Money spent (大出血 as a big spend). */
const SPENDING = /买|花了|花钱|钱|块|元|消费|账|工资/;
/**
 * What right before a phrase makes it a figure of speech: 累得想死, 扣得我想死; 热得中暑 stays. Southern speech says
 * it with 到 after the weather or a mood (热到想死, 晒到要死, 累到崩溃 — round 36).
 */
const FIGURATIVE_BEFORE =
  /(?:(?<![觉记显晓值舍认])得|(?<=[热冷晒冻闷累气激穷忙饿困烦吵愁])到)(?:我|人)?(?:都|真|好|快|要){0,2}$/;
/** Phrases that are figures of speech after 得 (想死, 吐血, 心脏病), unlike 得中暑 or 得起不来. */
const FIGURATIVE = /想死|去死|要死|死了算了|活不下去|吐血|心脏病|心梗|崩溃/;
/** 累到吐血, 忙得要死, 罚得我要吐血, 气晕过去: tiredness, anger or a fine as a figure of speech. */
const FIGURATIVE_CAUSE =
  /(?:[累气激穷忙笑饿困烦罚扣骂催怄吵愁](?:得|到)(?:我|人)?(?:都|快|要|想|差点){0,2}|(?<![煤燃空天暖毒沼])气)$/;
/** 气得我想打人, 我想揍他: anger said, nobody hit. */
const WISH_BEFORE = /(?:得|我)[^ ]{0,2}想$/;
/** Not yet: 热得要中暑了, 快冻僵了 — a warning (urgent), not a person down. */
const ABOUT_TO = /(?:要|快|会|容易|可能会|(?:分钟|一会儿?|一下)就)$/;
/** Money and work pressure (房租水电, 单子压得): breathless with it is a figure of speech. */
const PRESSURE = /压力|房租|房贷|车贷|网贷|欠债|水电|罚款|扣钱|单子压|订单压/;
/** A body in trouble said alongside: then breathlessness is real whatever else weighs. */
const BODY_TROUBLE = /胸|心口|心脏|嘴唇|脸[^ ]{0,2}(?:紫|青|白)|哮喘|晕|倒|\b(chest|lips)\b/;
/** A vehicle, with no person or body part in the clause: 电动车倒在路边. */
const VEHICLE_DOWN = new RegExp(
  `^(?!.*(?:${PERSON}|${BODY}))(?:我的|他的|这个|那个|这|那)?(?:电动车|电瓶车|摩托车?|自行车|三轮车|车子)`,
);
/** Vehicles a worker rides. */
const VEHICLE = '(?:电动车|电瓶车|电驴|电摩|摩托车?|自行车|单车|三轮车?|车子|车)';
/** Words between a vehicle and what was done to it (把我们的电动车全推倒了, 把车直接给踢倒): how, or how many. */
const HOW_DONE = '(?:给|全|都|全都|全部|也|又|直接|一下子?|一脚|故意|一排|一溜)*';
/** A vehicle as what was pushed or kicked over (把我电瓶车推倒了, 把他的电动车踢倒): the thing, not its rider. */
const VEHICLE_PUSHED_OVER = new RegExp(
  `把(?:我|他|她|我们|他们|人家)?(?:的)?${VEHICLE}${HOW_DONE}(?:推|踢|撞|弄|碰|掀|搞|扒)?$`,
);
/** "我电瓶车…倒了", "保安把车推倒了": the person named owns, or pushed over, the vehicle that went down. */
const OWNERS_VEHICLE = new RegExp(
  `^(?:我|他|她|我们|他们)(?:的)?${VEHICLE}|把(?:我|他|她|我们|他们|人家)?(?:的)?${VEHICLE}${HOW_DONE}(?:推|踢|撞|弄|碰|掀|搞|扒)?倒`,
);
/** Smoke that is no fire: a barbecue, cooking, cigarettes, fireworks. */
const SMOKE_SOURCE = /烧烤|撸串|炒菜|做饭|抽烟|吸烟|烟花|鞭炮|炮仗|\b(bbq|barbecue|cooking|smoking a)\b/;
/** A fine, a rating or a late order: what workers vent about. */
// …and the pay itself: what an order brings (一单才给三块五 — round 38), what is left of a day's work.
const VENT =
  /扣|罚|差评|超时|投诉|堵车|单子|平台|规则|单价|系统|一单|每单|工资|收入|到手|压价|运费|油钱|一趟|跑一天|[0-9一二两三四五六七八九十几百]+块(?:钱|五)?/;
/** A means, a high place or a goodbye told beside despair (农药, 楼顶, 遗书, 再见): then the despair is meant. */
const MEANS_OR_GOODBYE =
  /药|绳|刀|炭|楼顶|天台|桥上|江边|河边|遗书|遗言|再见|告别|永别|对不起|\b(pills|rope|bridge|roof|goodbye)\b/;
/** A long-standing condition kept in hand (一直吃药控制得蛮好, well controlled): the writer asks about work around it. */
const MANAGED_CONDITION =
  /控制(?:得|的)?(?:很|挺|蛮|还|比较|都)?(?:好|住|稳)|(?:一直|长期|按时|每天)(?:在)?吃药|(?:随身|身上|包里)(?:都|一直|总|常|也)?(?:带|备|揣|放)(?:着|了)?[^ ]{0,3}(?:药|喷雾|喷剂|气雾剂|胰岛素|糖|肾上腺素)|\b(well[- ]controlled|under control|on (my |his |her )?(meds|medication)|(i|he|she) (always |now )?carr(y|ies) (an? |my |his |her )?(epi ?pen|inhaler|insulin|adrenaline))\b/;
/** …unless it is happening: a fit or an attack now, someone down. */
const ACUTE_NOW =
  /发作了|发病了|犯了|在抽|抽起来|抽搐|口吐白沫|倒(?:地|下|了)|没反应|叫不醒|喘不上|憋|\b(having (a|an) (seizure|fit|attack)|collapsed|not breathing|can ?t breathe)\b/;
/**
 * English, as CAUGHT_IN_TIME for Chinese (QA31 #2, stop 39 "left"): a fitting sparking or smoking that the writer
 * switched off or unplugged, that nobody is hurt by, near or using, or that people still charge at — a fault to repair
 * or to stop now (urgent), not a fire. "the socket is sparking, nobody uses it any more", "the battery cabinet is
 * sparking but we switched it off". Flames, thick smoke, someone inside or shocked keep it a fire.
 */
const LATIN_FITTING_FAULT = new RegExp(`${ELECTRIC_FITTING_LATIN}.*\\b(?:sparking|sparks|smoking)\\b`);
const LATIN_CAUGHT_IN_TIME = new RegExp(
  `${SWITCHED_OFF_LATIN}|${STILL_IN_USE_LATIN}|` +
    String.raw`\b(?:nobody|no one|no-one) (?:\w+ ){0,2}(?:hurt|injured|near|nearby|around|uses?|using|touch(?:ed|es|ing)?|shocked)\b`,
);
const LATIN_FIRE_TAKEN_HOLD =
  /\b(?:on fire|caught fire|catching fire|flames?|blaze|burning up|explo\w+|thick smoke|black smoke|(?:someone|somebody|people|person|he|she|they)(?: is| are| s)? (?:still )?(?:inside|trapped)|unconscious|fainted|collapsed)\b|(?<!\b(?:nobody|no one|no-one)(?: \w+){0,2} )\b(?:shock(?:ed)?|electrocut\w*)\b/;
export function latinFaultCaughtInTime(norm: string, match: string): boolean {
  return (
    LATIN_FITTING_FAULT.test(match) && LATIN_CAUGHT_IN_TIME.test(norm) && !LATIN_FIRE_TAKEN_HOLD.test(norm)
  );
}

/** The same in English, where phrases are not read through the rows: "epileptic but well controlled on meds". */
export function conditionKeptInHand(norm: string): boolean {
  return MANAGED_CONDITION.test(norm) && !ACUTE_NOW.test(norm);
}
/** A roof used for leisure or chores. */
const ROOF_LEISURE = /风景|乘凉|晒|晾|聚餐|烧烤|拍照|打卡|看看|吹风|烟花|烟火|赏月|星星|日出|夜景/;
/** What one gets hooked on (游戏中毒, 这部剧太上头). */
const HOOKED = /游戏|电视剧|追剧|这部剧|好玩|好吃|好喝|好看|上瘾|上头|\b(game|show)\b/;
/** Someone says the writer did or said it (说我要打他, 投诉我威胁): an accusation. */
const ACCUSED = /(?:说|投诉|举报|告|诬陷|诬告|污蔑|冤枉|赖)(?:是)?我[^ ]{0,8}$/;
const ACCUSED_WITHIN = /^(?:说|投诉|举报|告)我/;
/** The accusation denied or turned into a fine or a ban: a dispute, not a danger. */
const CLAIM_DENIED =
  /没有的事|没这回事|没说过|没干过|瞎说|胡说|乱说|诬陷|诬告|污蔑|冤枉|造谣|申诉|封号|扣[^ ]{0,2}钱|罚/;
/** The accused writer turned on someone after all (说我要砍他 我…): not denied. */
const ACCUSER_ADDRESSED = /^[^ ]{0,3}(?:我|你)/;
/** The clause is about an order, a vehicle or a help desk (单子压在那, 客服叫不醒), not a person. */
const NOT_A_PERSON =
  /^(?:我的|他的|这个|那个|这|那)?(?:单子|订单|系统|页面|app|手机|车子|电动车|电瓶车|摩托车?|自行车|三轮车|客服|商家|平台|骑手端|后台|屏幕|进度条?)/;
/** A person hurt said too: then the damage is beside the point. */
const PERSON_HURT = /受伤|伤了|流血|出血|骨折|起不来|动不了|没反应|晕|昏|疼得|痛得/;
/** People said to be inside the vehicle or the place (里面还有两个人, 人还在车里): then it holds a person. */
const PEOPLE_INSIDE =
  /(?:车里|车内|里面|里头|屋里)[^ ]{0,2}还有(?:[一二两三四五六七八九十几仨俩\d]{1,2}个?|好几个|几个)?人|人还在(?:车|里)|\b(still|people|someone) (is |are )?(still )?(inside|in the car)\b/;
/** A phone, an app or a vehicle frozen or stuck, with no person or body part in the clause. */
const THING_STUCK = new RegExp(
  `^(?!.*(?:${PERSON}|${BODY}))(?:我的|他的|这个|那个|这|那)?(?:单子|订单|系统|页面|app|手机|屏幕|软件|电脑|车子|电动车|电瓶车|摩托车?|自行车|三轮车|骑手端|后台)[^ ]{0,4}(?:卡|死机|坏|没电|故障)`,
);
/** Stuck in work, not in a place: orders, the system, debt. */
const STUCK_IN_WORK = /单子|订单|系统|平台|算法|\bapp\b|规则|网贷|债|工作|这行|套路/;
/**
 * A thing just before a fall or a crush: 箱子从…掉下来, 电动车被卷到… (连人带车被卷 is a person;
 * 被掉下来的货砸中 names what hit, not what was hit).
 */
const THING_BEFORE =
  /(?<!的)(?:箱子?|货物?|东西|手机|快递|包裹|外卖|餐盒|电动车|电瓶车|自行车|车子|头盔|架子)(?:被|从|都|也|全|又)?$/;
/** A clause whose subject is a vehicle or a thing (电动车被人推倒了). */
const THING_SUBJECT =
  /^(?:我的|他的|她的|我|他)?(?:电动车|电瓶车|自行车|摩托车?|车子?|箱子|外卖箱|保温箱|快递|包裹|外卖|手机|头盔)(?:又|也|都)?(?:被|给)/;
/** A vehicle or a thing right before a phrase that begins with 被 (车被雷劈了). */
const THING_BEFORE_PASSIVE =
  /^(?:我的|他的|她的|我|他)?(?:电动车|电瓶车|自行车|摩托车?|车子?|箱子|外卖箱|保温箱|快递|包裹|外卖|手机|头盔)(?:又|也|都)?$/;
/** Fixtures by the road that wind, water or a vehicle can knock down or lift (井盖被水冲开了 — round 35). */
const FIXTURE =
  /(?:井盖|窨井盖|下水道盖|树|树枝|大树|广告牌|招牌|雨棚|棚子|围挡|挡板|隔离栏|隔离墩|水马|路障|锥桶|护栏|栏杆|电线杆|路灯|红绿灯|路牌|指示牌|脚手架|墙)$/;
/** How a fixture came down (被风, 一半), said between it and 倒. */
const FELL_HOW = /(?:又|也|都|全|一半|半边|整个|一片|一排|被风|给风|被吹|被刮|刮|吹)+$/;
/** An extremity, frostbitten on its own (耳朵冻伤了, 手指冻坏了). */
const FROSTBITTEN_PART =
  /(?:耳朵|耳垂|耳|手指头?|手|脚趾头?|脚|脚后跟|脸|脸蛋|鼻子|指头)(?:都|也|又|有点|给|被)?$/;
/** Money, which is made off with (卷走), not swept away. */
const MONEY = /工资|钱|款|押金|薪|账/;
/** A thing broken, not a person hurt: 撞坏了, 压扁了, 摔碎了. */
const DAMAGED = /(?:撞|压|砸|摔|碰|刮|挤|烧|劈|电)(?:了)?(?:坏|烂|扁|碎|瘪|凹|变形|裂|花)/;

/** Part of a vehicle or a thing right after the verb of a blow (撞了车门, 撞到我的后视镜, 砸了外卖箱). */
const HIT_PART_OF_A_THING =
  /^(?:了|到|上|坏了|凹了)?(?:我的|我|他的|他|她的|她|人家的?)?(?:车门|车尾|车头|车灯|车身|车窗|车屁股|后视镜|反光镜|保险杠|后备箱|尾箱|挡风玻璃|外卖箱|保温箱|箱子)/;

/** A threat that came by phone or message, not in person. */
const THREAT_AT_A_DISTANCE =
  /电话里|电话上|电话头|电话那头|电话里头|打电话|微信|短信|语音|留言|私信|\b(on the phone|texted|message)\b/;
/**
 * Whoever threatened is not there, or the writer has left: 人没来, 我也送完走了; a passenger who got out and went
 * (下车就走了 — round 35).
 */
const THREAT_SENDER_AWAY =
  /(?:下车|下了车)(?:就|以后|之后|后)?(?:走了|跑了|离开了)|(?:人|他|她|对方|后来|后头|后面|最后|结果|现在|至今)(?:也|都|还|就)?(?:没来|没过来|没找来|不在|没出现|没再来|没见(?:着|到)?人|没露面|没(?:真)?动手|没(?:真)?打)|(?:我|人)(?:也|已经|早就)?(?:送完)?(?:走了|离开了|到家了|回家了)/;

/**
 * Money or the account in trouble (工资拖了, 提现没到账, 账号被限制; 号被封了, 个号封咗 — round 32): what a sigh of
 * 要出人命了 or 救命 is about.
 */
const MONEY_TROUBLE =
  /工资|欠薪|欠[^ ]{0,2}钱|欠俺|欠我|拖欠|拖了|运费|钱|账号|封号|号[^ ]{0,2}封|罚|扣|提现|到账|一分|接不到单|限制接单|派单|补贴|(?:还|都)?(?:不|没)发/;
/**
 * …or the work itself held up (安检不让外卖箱进 每单都超时, round 37): what a sigh of 真的要出人命了 is about when
 * nobody is named down.
 */
const WORK_TROUBLE = new RegExp(
  `${MONEY_TROUBLE.source}|超时|差评|投诉|安检|不让[^ ]{0,4}(?:进|停|送|上楼)|不准[^ ]{0,4}(?:进|停|送)|平台|派单`,
);

/** What a slip did to someone that is an emergency after all. */
const SLIPPED_AND_HURT = /起不来|爬不起来|不动|动不了|没反应|叫不醒|不醒|晕|昏|血|断|抽/;
/** Stranded by the transport that stopped (轮渡停了, 回不去, 停航): waiting, not shut in. */
const STRANDED = /停航|停运|停渡|停开|轮渡停|船停|没船|没车回|航班取消|回不去|回不来|过不去|走不了/;
/** …unless the place itself is the danger: water rising, a fire, a collapse, someone hurt. */
const STRANDED_IN_DANGER = /淹|水里|水中|漫上来|着火|冒烟|塌|压住|受伤|晕倒|流血|喘不|出不来|电梯|锁在/;

/** A threat for another time: 再来就弄我, 下次再让我看见就揍你 — said to keep the worker away, not done now. */
const THREAT_IF_AGAIN = /(?:再|下次|下回|以后)[^ ]{0,6}就要?(?:打|揍|砍|捅|杀|弄|收拾|削|踹|扇)/;
/**
 * A threat sent, not made face to face (发消息说要弄我, 微信上讲要砍我, 打电话说要收拾我 — round 34): frightening and
 * urgent, but nobody is at the worker now.
 */
const THREAT_SENT =
  /(?:发|短信|消息|信息|微信|电话|留言|私信|语音)[^ ]{0,4}?(?:说|讲|港|话)[^ ]{0,3}?(?:要|会|迟早)?(?:打|揍|砍|捅|杀|弄|收拾|削|踹|扇|搞)/;
/** …unless it is a threat to kill, or set for today (发信息说今晚要弄死我 stays an emergency). */
const THREAT_TO_KILL_SOON =
  /(?:弄|打|砍|捅|杀|搞|整|揍)(?:死|了你|了我)|杀|今晚|今天|今夜|马上|等下|待会|一会/;
/** …unless the attacker is at it now or armed (拿刀, 追我, 动手了, 现在…堵). */
const THREAT_CARRIED_OUT = /刀|棍|枪|追|动手了|打了我|打我了|围(?:住|着)|堵着|现在|正在|揪着|掐/;
/** A threat to hit said by whoever is there (说要打我, 扬言要揍我, 话要打我) — not to kill or to cut. */
const THREAT_TO_HIT = /(?:说|扬言|放话|话|喊)(?:过)?(?:要|会)(?:打|揍)(?:我|人|他|她)(?!死|残|断)/;
/** …unless a blow landed, a weapon is out, a gang holds the worker or someone chases them. */
const BLOW_OR_WEAPON =
  /刀|棍|枪|砖|钢管|铁|追|动手了|打了|打我了|被打|被人打|揍了|撞倒|撞了我|踢|踹|扇|掐|勒|按在|围(?:住|着)|堵着|堵我|追我|几个人|一群|正在|现在|刚刚|又在|(?:楼下|门口)[^ ]{0,2}(?:等|堵|守)|流血|死/;
/** A complaint that has lasted (天天, 老…疼, 隐隐地, 好几天): not an attack that started now. */
// …also a symptom said to have gone on for weeks (疼了一个星期, "on and off for a week").
const LASTING =
  /天天|每天|经常|常常|总是|老是|一直|隐隐|这几天|好几天|这阵子|最近|老(?:疼|痛|犯|隐隐|不舒服|觉得|头晕)|[疼痛晕闷咳喘][^ ]{0,2}(?:一|两|三|几|好几|\d+)个?(?:星期|礼拜|周|月)|\b(?:on and off|off and on|for (?:a|one|two|three|\d+|a few|several|the past|the last) (?:days?|weeks?|months?)|for (?:days|weeks|months)|every day|lately|keeps? coming back)\b/;
/** Care planned around money or a place (想看病又没钱, 哪里看医生便宜, 有啥帮扶): the writer is arranging a visit. */
const CARE_PLANNED =
  /没钱|钱不够|看不起病|便宜|平些|省钱|免费|帮扶|补贴|报销|医保|多少钱|(?:哪里|哪儿|哪|去哪儿?)(?:可以|能)?(?:看|睇)(?:病|医生)|有(?:没有|冇|无)?(?:地方|诊所|医院|卫生站|卫生室)[^ ]{0,4}?(?:可以|能)?[^ ]{0,4}?(?:看病|看医生|睇医生|量血压|测血压|体检|检查)|\b(?:can ?t afford|afford|cheap(?:er|est)?|free (?:clinic|checkup|check-up)|how much)\b/;
/** A stroke's signs, an emergency at any degree. */
const STROKE_SIGN = /歪|大舌头|说不清|口齿不清|麻|偏瘫|抽/;
/** Signs of an attack now, whatever else is said. */
const ATTACK_NOW =
  /晕倒|晕过去|昏|倒地|倒在|叫不醒|没反应|喘不上|喘不过|上不来气|抽搐|突然|刚才|刚刚|现在|\b(?:suddenly|right now|just now|collapsed|passed out|fainted|unconscious|can ?t breathe)\b/;

/**
 * A lasting complaint and a doctor to find or pay for, with no sign of an attack now (心口老隐隐地疼 想看病又没钱):
 * the writer is arranging a visit. Also read for two moderate symptoms together (emergency.ts).
 */
export function lastingCarePlanned(norm: string): boolean {
  return lastingNoAttack(norm) && CARE_PLANNED.test(norm);
}
/** A complaint that has lasted, with no sign of an attack now. */
export function lastingNoAttack(norm: string): boolean {
  return LASTING.test(norm) && !ATTACK_NOW.test(norm);
}

/** A nosebleed (NOSEBLEED) that keeps coming back (天天, 老, 动不动, 一到冬天): a complaint, not blood lost now. */
const RECURRING =
  /天天|每天|经常|常常|总是|老是|老(?:流|出)|动不动|时不时|隔三差五|一到|\b(?:always|keep getting|every day)\b/;
/** …unless it will not stop, is a lot, or came from a blow or a fall. */
const BLEEDING_BADLY = /止不住|停不下来|不停|好多|很多|一大摊|满脸|晕|撞|打|摔|砸|\b(?:won ?t stop|a lot)\b/;

/** A pipe, a stick or a brick: a weapon when swung, a falling thing when it fell (see the two exemptions using it). */
const COULD_BE_A_WEAPON = /^(?:钢管|棍子|铁棍|木棍|砖头|铁锹|扳手)/;
/** …held, swung or aimed at the worker: a weapon after all. */
const WIELDED = /拿|抄|举|抡|挥|操起|打我|砸我|追/;

/** Where a current comes from: a fitting, a wire, a leak, lightning (electric words of emergency-concepts.ts and more). */
const ELECTRIC_SOURCE = new RegExp(
  `${ELECTRIC_FITTING_SOURCE}|漏电|带电|电门|电缆|高压|电器|电池|电瓶|桩|雷|闪电|${ELECTRIC_FITTING_LATIN}|\\b(?:wire|lightning|current)\\b`,
);
/** Something seen, met or heard just before (看到工资条…, 一看罚单…, 第一次见她就…). */
const SEEN_OR_HEARD = /看|见|听|刷到|瞅|瞄|读/;
/** A body that the current did something to (手麻, 发抖, 倒了, 烧焦): then it was a current after all. */
const BODY_AFFECTED = /麻|抖|倒|晕|昏|疼|痛|烧|焦|伤|没反应|不动|抽|弹|\b(?:numb|burn\w*|hurt|thrown)\b/;
/** A claim against the worker (客户投诉我, 讹我, 要我赔): what they argue over is the customer's word. */
const CLAIM_AGAINST_ME = /投诉|讹|赖我|怪我|索赔|差评|找我赔|要我赔|\b(?:complain\w*|blam\w*)\b/;

/** In the order they were added; the first that applies is reported. */
export const EXEMPTIONS: readonly Exemption[] = [
  {
    signals: ['bleeding', 'serious-injury'],
    phrase: /骨/,
    report: /骨头汤|排骨|(?:鸡|鸭|鱼|猪|牛|羊|棒)骨|啃骨头|骨头上[^ ]{0,2}肉|(?:炖|熬|煲)[^ ]{0,2}骨头/,
    why: '喝骨头汤 看到骨头上还有肉: a bone in the food, not through a person’s skin',
  },
  {
    before:
      /(?:教|学|练)(?:习)?(?:大家|我们|你们|你|人)?(?:怎么|怎样|如何|咋)?(?:救|急救|抢救|救助|处理|应对)$/,
    why: '今天培训 教怎么救触电的人: the danger is what a class teaches, whatever day it is held',
  },
  {
    signals: [...MILD_SIGNALS],
    phrase: /有点|有些|轻微|稍微/,
    why: '胸口有点闷: mild, said inside the phrase as much as before it (有点胸闷)',
  },
  {
    signals: ['violence'],
    after: /^.{0,2}(差评|好评|低分|分|星|电话|卡|单)/,
    why: '被打了差评, 打人电话: a bad rating or a call, not a blow',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:叫|喊|拍|敲)/,
    clauseBefore: CUSTOMER,
    unless: { report: PERSON_DOWN },
    why: '顾客喊了半天不答应: a customer not answering the door or the phone, not a person collapsed',
  },
  {
    signals: ['violence'],
    rest: /^[^ ]{0,3}的?(?:那种|这种|那类|这类)/,
    why: '拿钢管的那种人: a kind of person described, not an act',
  },
  {
    signals: ['violence'],
    phrase: /钢管|棍|砖|铁|木/,
    before: /(?:掉下来|掉下|掉落|落下来|落下|坠落|坠下来|倒下来|吹下来|刮下来|飞下来|滚下来|高空)的?$/,
    why: '被掉下来的钢管砸中头: a thing that fell on someone, struck by accident, not a weapon',
  },
  {
    signals: ['bleeding'],
    after: /^(压|糖|脂|常规|型|汗|拼|本)/,
    why: '查出血压高, 血汗钱, 血拼, 血本无归: blood that is a test or a word, not bleeding',
  },
  { rest: /^ (?:money|cash)\b/, why: 'bleeding money, burning cash: spending' },
  {
    signals: ['bleeding', 'pack'],
    phrase: /^出血/,
    before: /大$/,
    report: SPENDING,
    why: '大出血 这个月又买了电瓶: a big spend',
  },
  {
    signals: ['violence'],
    phrase: /^(?:打劫|抢劫|抢钱)/,
    before: /(?:价|收费|卖|简直|跟|像)[^ ]{0,4}$/,
    why: '这价格简直是打劫: a price, not a robbery',
  },
  {
    signals: ['self-harm'],
    before: FIGURATIVE_BEFORE,
    why: '累得想死, 扣得我想死: despair after 得 is a figure of speech (热得中暑 stays)',
  },
  {
    phrase: FIGURATIVE,
    before: FIGURATIVE_BEFORE,
    why: '气得吐血, 急得心脏病: a figure of speech after 得, whatever the signal',
  },
  {
    // 牙龈出血, 刷牙的时候有点血丝, 拔牙那块出了点血: the gums or a tooth, not a wound (round 43) — unless it will not stop
    // or comes up by the mouthful.
    signals: ['bleeding', 'pack'],
    phrase: /血/,
    packPhrase: /血/,
    clause: /牙龈|牙床|牙缝|拔牙|刷牙|补牙|洗牙|\b(?:gums?|tooth|teeth)\b/,
    unless: {
      report:
        /止不住|停不下|一直(?:流|冒|淌)|好多血|很多血|满嘴|一大口|一口一口|吐血|咳血|呕血|晕|\b(?:won ?t stop)\b/,
    },
    why: '牙龈出血, 拔牙那块出了点血: the gums or a tooth, not a wound',
  },
  {
    // 看到这个月的罚单我当场心脏骤停, 看了工资条直接窒息: a payslip or a fine seen, and the writer's heart "stopping" — a
    // figure of the shock (round 43). 看到工资条 我爸当场心梗了 names someone else and stays.
    phrase: /心脏骤停|心跳骤停|心跳停|心梗|心肌梗|窒息|原地去世|裂开/,
    clauseBefore:
      /(?:看到|看了|看见|瞅见|一看|收到|刷到)[^ ]{0,10}(?:罚单|罚款|工资条|工资|账单|扣款|房租|余额|差评|单价|配送费|通知|分数)[^ ]{0,2}(?:我|人)?(?:当场|直接|瞬间|立马|马上|简直|差点|都|就)*$/,
    why: '看到罚单我当场心脏骤停: the shock of a sum, not a heart',
  },
  {
    // 真系吐血, 简直吐血: exasperation said as a verdict closing a complaint (系统定位乱跳 又俾判超时 真系吐血 — round 37);
    // 他真的吐血了 names someone and stays.
    phrase: /^吐血$/,
    before: /(?:真系|真是|简直|真心|实在|真真)(?:是)?$/,
    after: /^(?:$| |啊|呀|啦|喇|咯|嘞|哦)/,
    why: '真系吐血, 简直吐血: exasperation, not blood',
  },
  {
    // 以为有人晕倒了 跑过去一问原来在睡觉: the danger was a mistake, found out (round 37).
    clauseBefore: /以为/,
    rest: /原来|其实(?:是|在|没)|结果(?:是|在|没)/,
    unless: { rest: /(?:原来|其实|结果)[^]*(?:真的|真是|确实)/ },
    why: '以为他晕倒了 原来在睡觉: a danger believed, then found to be none',
  },
  {
    // 车底盘刮了好几回: the chassis scraped, nobody under a car (round 37).
    signals: ['trapped'],
    phrase: /^车底$/,
    after: /^盘/,
    why: '车底盘刮了: the chassis, not someone under a car',
  },
  {
    // 井盖被台风冲走了, 电动车被水冲走了: a thing swept away; 连人带车被冲走 is a person (round 37).
    signals: ['trapped'],
    phrase: /冲走|卷走|被水冲|冲跑/,
    clauseBefore:
      /(?:井盖|盖子|电动车|电瓶车|电驴|车子|箱子|外卖箱|东西|招牌|广告牌|雨棚|棚子|树|货|垃圾桶|锥桶|路牌|围挡|鞋|头盔|手机)(?:被|让|给)?[^ ]{0,4}$/,
    unless: { clause: /连人带|人也|人和|人跟/ },
    why: '井盖被台风冲走了: a thing swept away, not a person',
  },
  {
    before: FIGURATIVE_CAUSE,
    why: '累到吐血, 气得吐血, 气晕过去: tiredness, anger or a fine as a figure of speech',
  },
  {
    signals: ['heat-stroke', 'unconscious', 'pack'],
    phrase: /^[^倒]*晕$/,
    before: /等[^ ]{0,3}(?:到|得)(?:我|人)?(?:都|快|要)?发?$/,
    why: '等单等到发晕: waited until dazed, a complaint about the wait (a person down still counts)',
  },
  {
    before: /多(?:到|得)[^ ]{0,4}$/,
    why: '单子多到手机要着火, 消息多得要爆炸: so many of something, not a fire',
  },
  {
    signals: ['fire', 'pack'],
    after: /^(?:一样|似的|般)/,
    why: '着火一样往上涨, 热得跟着火一样: a simile (喘得像拉风箱一样 is still breathing)',
  },
  {
    signals: ['fire'],
    before: /(?:会不会|可能会|容易|会)$/,
    why: '会不会爆炸, 可能会着火: a worry, not a fire',
  },
  {
    signals: ['violence'],
    phrase: /棍|木棒|木头|竹竿|扫把|拖把/,
    rest: /^(?:[^ ]{0,8}(?:挑|拨|打|推|扒|拉|隔|挡))?开/,
    report: /漏电|触电|电线|被电|电倒|电到|电得/,
    unless: { rest: /(?:打|揍|砍|捅|踹)(?:我|他|她|人)/ },
    why: '拿木棍打开了 (a hand stuck to a live socket): a dry stick used to free someone from a shock is first aid (emergency round 36)',
  },
  {
    signals: ['trapped', 'serious-injury', 'pack'],
    clauseBefore:
      /(?:哪天|迟早|早晚(?!高峰|班)|说不定|指不定|总有一天)(?:就|都|会|得|要|有人|有谁|人|个人){0,3}$/,
    why: '井盖没了 早晚有人掉进去: someone falling in some day is a hazard told, not a fall now (round 36)',
  },
  {
    signals: ['fire', 'pack'],
    before: /(?:哪天|迟早|早晚|说不定|指不定)(?:就|都)?(?:会|得|要)?$/,
    why: '哪天得着火, 迟早会着火: a fire some day is a hazard told, not a fire now',
  },
  {
    signals: ['breathing', 'pack'],
    after: /^[^ ]{0,2}(?:似的|的感觉)/,
    unless: { phrase: /胸|心口|心脏/ },
    why: '闷得喘不上气似的: a stuffy room said as a simile (心口跟针扎似的 is how chest pain is told)',
  },
  {
    signals: ['breathing', 'pack'],
    packPhrase: /喘|透不过|上不来气|呼吸/,
    before: /(?:压力|压|逼|愁|烦|债)(?:大|得|到)+(?:我|人)?(?:都|快|要)?$/,
    why: '压力大到喘不过气, 单子压得我喘不过气: pressure, not an airway',
  },
  {
    signals: ['breathing', 'pack'],
    packPhrase: /喘|透不过|上不来气|呼吸/,
    report: PRESSURE,
    unless: { report: BODY_TROUBLE },
    why: '房租水电全要交 喘不过气: money worries, not an airway (a chest or lips said still count)',
  },
  {
    signals: ['breathing', 'medical'],
    before: /(?:治|治疗|看|查|预防)$/,
    why: '治哮喘, 看哮喘: a treatment asked about',
  },
  {
    signals: ['self-harm'],
    phrase: /^烧炭$/,
    after: /^取暖/,
    why: '烧炭取暖: heating (the fumes, with someone unwell, are poisoning)',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:倒|起不来|爬不起来|扶不起来|一动不动)/,
    clauseBefore: VEHICLE_DOWN,
    why: '电动车倒在路边起不来: a vehicle too heavy to lift, with nobody in the clause',
  },
  {
    signals: ['violence'],
    clauseBefore: VEHICLE_PUSHED_OVER,
    unless: { clause: PERSON_HURT },
    why: '店老板把我电瓶车推倒了: a vehicle pushed over, nobody hurt in the clause (stop 30, found using the bot)',
  },
  {
    signals: ['unconscious'],
    phrase: OWNERS_VEHICLE,
    unless: { phrase: PERSON_HURT },
    why: '把我电瓶车推倒了, 他电动车倒了: the person named owns what went down (stop 30)',
  },
  {
    signals: ['breathing', 'pack'],
    packPhrase: /喘|透不过|上不来气/,
    before: /[跑骑爬赶冲辣笑哭](?:得|到)(?:我|人)?(?:都|快|要)?$/,
    why: '跑得喘不上气; 辣得, 笑得, 哭得喘不过气: running, a hot pot, a laugh or tears',
  },
  {
    signals: ['fire'],
    report: SMOKE_SOURCE,
    unless: { phrase: /火/ },
    why: '楼下有人烧烤 烟很大: smoke from cooking or smoking, not a fire',
  },
  {
    phrase: FIGURATIVE,
    after: /^了?都(?: |$)/,
    report: VENT,
    why: '被罚惨了 心梗了都: Beijing hyperbole after a fine (都 put last)',
  },
  {
    signals: ['self-harm', 'pack'],
    phrase: /^(?:想死|不想活)/,
    before: /(?:真|真的|真是|简直|好)$/,
    report: VENT,
    // …unless a means, a place or a goodbye is told too (额真不想活了 刚买了一瓶农药): then it is meant.
    unless: { report: MEANS_OR_GOODBYE },
    why: '又被扣了五十 真想死, 一趟才两百 油钱都不够 真是不想活了: venting about pay, said as an exclamation',
  },
  {
    // 穷到想跳楼, 罚得我想跳河 (round 39): a way out wished for after a degree of money trouble, in a report about pay.
    signals: ['self-harm'],
    phrase: /^(?:跳楼|跳河|跳江|跳海|去死)/,
    before: /(?:[穷累气激忙饿烦罚扣亏](?:得|到)(?:我|人)?(?:都|真|快)?想)$/,
    report: VENT,
    unless: { report: MEANS_OR_GOODBYE },
    why: '这个月罚了我六百 穷到想跳楼了: despair about money said as a degree, not a plan',
  },
  {
    signals: ['medical', 'breathing'],
    phrase: /癫痫|羊癫疯|羊角风|哮喘|心脏病|糖尿病|\b(epileptic|epilepsy|seizures?|asthma)\b/,
    report: MANAGED_CONDITION,
    unless: { report: ACUTE_NOW },
    why: '我有癫痫 一直吃药控制得蛮好 能不能不上夜班: a condition kept in hand, and a request about it (round 38)',
  },
  {
    signals: ['self-harm'],
    phrase: /^安眠药$/,
    before: /(?:开|配|处方)(?:点|些)?$/,
    why: '医生能给我开安眠药吗: a prescription asked for',
  },
  {
    signals: ['self-harm'],
    clause: /^想死(?:了|啊)?$/,
    before: / $/,
    previousClause: /[累气忙饿困烦罚扣骂催吵愁热冷晒]得/,
    why: '吵得我睡不着 想死: a bare 想死 after a complaint said with 得',
  },
  {
    // Round 37: 明天台风要来 — 天 ends a day word and 台风 is a typhoon, no roof.
    signals: ['self-harm'],
    phrase: /^天台$/,
    after: /^风/,
    why: '明天台风要来, 今天台风天: a day and a typhoon read across, not a roof',
  },
  {
    signals: ['self-harm'],
    phrase: /^天台$/,
    report: ROOF_LEISURE,
    why: '天台上风景不错: a roof for the view or the washing',
  },
  { signals: ['fire', 'pack'], before: /(?:打|点)不$/, why: '煤气灶打不着火了: a stove that won’t light' },
  {
    signals: ['poisoning', 'self-harm'],
    phrase: /(?:一整瓶|一瓶)$/,
    rest: /^(?:子|的)?(?:酒|白酒|啤酒|红酒|二锅头|可乐|水|矿泉水|饮料|牛奶|酸奶|果汁|雪碧|红牛|咖啡)/,
    why: '喝了一整瓶二锅头, 一整瓶可乐: a drink, not pills (drunk and not answering still counts by its state)',
  },
  { signals: ['poisoning'], phrase: /^中毒$/, report: HOOKED, why: '这个游戏中毒了: hooked, not poisoned' },
  {
    signals: ['fire', 'pack'],
    before: /(?:担心|害怕|怕)[^ ]{0,2}$/,
    why: '担心会着火, 怕会爆炸: a worry, whichever words name the danger',
  },
  {
    signals: ['fire'],
    before: /[热渴急晒烤](?:得|到)(?:我|人)?(?:都|快|要)?$/,
    why: '热得我快冒烟了, 急得冒烟: heat or hurry as a figure of speech',
  },
  {
    after: /^(?:的话|要是|如果|万一|假如|假设)/,
    why: '中暑的话, 着火的话, 心脏病要是犯了: a condition (if…), not an event',
  },
  {
    rest: /^[^ ]{0,8}(?<![说讲样些句种这那类听])的话/,
    why: '煤气味很重的话: the condition closes the clause (说的话, 遗书一样的话 are words)',
  },
  {
    signals: ['violence', 'pack'],
    clauseBefore: ACCUSED,
    report: CLAIM_DENIED,
    unless: { rest: ACCUSER_ADDRESSED },
    why: '顾客投诉说我要拿刀砍他 根本没有的事: the writer accused of a threat, nobody threatened',
  },
  {
    signals: ['violence', 'pack'],
    phrase: ACCUSED_WITHIN,
    report: CLAIM_DENIED,
    unless: { rest: ACCUSER_ADDRESSED },
    why: '举报我打人 没干过: the accusation is the phrase itself, and denied',
  },
  {
    // 这个月掉进坑里了 罚款扣了八百 根本爬不出来 (round 41): a month of fines as a pit, nobody in one.
    signals: ['trapped', 'pack'],
    clause: /(?:掉|跌|摔|栽)(?:进|到|入)[^ ]{0,2}坑/,
    report: /罚款|罚了|扣(?:了)?[^ ]{0,2}(?:钱|块|百|千)|工资|单价|亏(?:了|钱)|被骗/,
    unless: {
      report:
        /受伤|伤了|流血|出血|骨折|起不来|动不了|没反应|没声|不出声|晕|昏|疼|痛|救命|快来|喊|腿|手|头|车/,
    },
    why: '这个月掉进坑里了 罚款扣了八百: money trouble as a pit, nobody fell in',
  },
  {
    // 我感觉快中风了哈哈, 等餐等得我快中风了, 块面黑到好似中风咁 (round 41): about to, or like, a stroke — a feeling
    // or a look, not a stroke. 我爸好像中风了 (seems to be having one) stays.
    signals: ['medical'],
    phrase: /^(?:中风|脑溢血|脑梗|脑出血)/,
    before: /(?:快|快要|都快|差点|差点儿)$/,
    why: '等得我快中风了: about to have a stroke, said of a feeling',
  },
  {
    signals: ['medical'],
    phrase: /^(?:中风|脑溢血|脑梗|脑出血)/,
    after: /^(?:咁|这(?:样|般)?(?= |$)|一样|似的|一般|那样|嘅样)/,
    why: '黑到好似中风咁, 脸色像中风一样: a likeness, not a stroke',
  },
  {
    after: /^(?:都|也)?(?:要|快)(?:犯|发作)/,
    why: '心脏病都要犯了, 快气出心脏病: about to, said of a feeling',
  },
  { signals: ['violence'], before: WISH_BEFORE, why: '气得我想打人: a wish, not an attack' },
  {
    signals: ['violence'],
    phrase: COULD_BE_A_WEAPON,
    clauseBefore: /(?:掉|落|滑|倒)(?:下|落)?(?:来)?(?:了)?(?:[一两几半][^ ]{0,2})?$/,
    unless: { report: WIELDED },
    why: '吊车上掉下一根钢管 砸到人: a thing that fell, not a weapon swung',
  },
  {
    signals: ['violence'],
    phrase: COULD_BE_A_WEAPON,
    // `rest`, not the four characters of `after`: 钢管从上面掉下来 has three between (round 35).
    rest: /^[^ ]{0,4}(?:掉|落|滑|倒|塌)(?:下来|下去|了)/,
    unless: { report: WIELDED },
    why: '钢管从架子上掉下来 砸到人: a thing that fell, not a weapon swung',
  },
  {
    signals: ['heat-stroke', 'cold'],
    before: ABOUT_TO,
    why: '热得要中暑了, 快冻僵了: a warning (urgent), not a person down',
  },
  {
    signals: ['unconscious', 'trapped', 'pack'],
    clauseBefore: NOT_A_PERSON,
    unless: { phrase: PERSON_HURT, report: PEOPLE_INSIDE },
    why: '单子压在那一动不动, 车子倒在地上不动了, 客服叫都叫不醒: an order, a vehicle or a help desk',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:不动|没(?:有)?(?:反应|动静))/,
    before: /(?:点|按|摁|划|滑|刷|拖)(?:了|一下|半天|好几下)?$/,
    why: '申诉按钮点不动, 屏幕划不动, 按了半天没反应: a button or a screen that does not respond',
  },
  {
    phrase: /^(?:一动)?(?:动不了|不动(?:了|弹)?|卡住)/,
    clauseBefore: /^$/,
    previousClause: THING_STUCK,
    why: '手机卡住了 动不了: a bare "stuck" after a clause about a phone or an app is still about it',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:起不来|爬不起来|躺|一动不动|不动|不想动)/,
    clauseBefore: /(?:累|困|乏)(?:得|到)/,
    why: '累得躺在地上起不来: worn out, said of the legs',
  },
  {
    signals: ['self-harm', 'pack'],
    after: /^了?(?:这|这个)?(?:破)?(?:工作|班|单子|行当|活儿)/,
    why: '真不想活了这工作: fed up with the job',
  },
  {
    signals: ['trapped'],
    also: (at) => STUCK_IN_WORK.test(at.norm.slice(Math.max(0, at.start - 4), at.end + 6)),
    why: '被系统困住了, 困在这破单子里: stuck in work, not in a place',
  },
  {
    signals: ['unconscious'],
    clauseBefore: /(?:看到|一看|看见|听到|听说)[^ ]{0,8}$/,
    // 看到一个人倒在路边一直抽: what is seen is a person down.
    unless: {
      rest: /^[^ ]{0,4}(?:倒|晕|摔|栽|昏)/,
      clauseBefore: new RegExp(`(?:看到|看见)了?(?:一个|一位|有个|有|个)?${SOMEONE}`),
    },
    why: '看到罚单眼前一黑: dismay at what one sees',
  },
  {
    signals: [...THING_SIGNALS],
    before: THING_BEFORE,
    why: '箱子从架子上掉下来, 电动车被卷到车底: what fell or was caught is a thing',
  },
  {
    signals: ['violence', 'unconscious', 'serious-injury', 'trapped', 'electric'],
    clauseBefore: THING_SUBJECT,
    why: '电动车被人推倒了: what was pushed over or hit is a thing',
  },
  {
    signals: ['violence', 'unconscious', 'serious-injury', 'trapped', 'electric'],
    phrase: /^被/,
    clauseBefore: THING_BEFORE_PASSIVE,
    why: '车被雷劈了一下 熄火了: the passive begins the phrase, its subject a thing',
  },
  {
    signals: [...THING_SIGNALS],
    phrase: /^被/,
    before: FIXTURE,
    why: '树被风刮倒了, 广告牌被吹翻: a fixture knocked down, said as its passive',
  },
  {
    signals: ['unconscious', 'trapped', 'pack'],
    phrase: /^倒/,
    also: (at) => FIXTURE.test(at.before.replace(FELL_HOW, '')),
    unless: { clause: PERSON_HURT },
    why: '施工围挡倒在路中间, 大树倒在路上: what lies on the road is a fixture, unless a person is hurt by it',
  },
  {
    signals: ['serious-injury', 'trapped', 'self-harm'],
    phrase: /^挂/,
    report: /晒|晾|被子|衣服|床单|广告|灯笼|空调|花盆/,
    unless: { report: PERSON_HURT },
    why: '晒被子 挂在窗户外面: washing or a sign hung out, not a person hanging off an edge',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^没气/,
    clauseBefore: /轮胎|车胎|胎|气球|气罐|煤气罐|皮球|篮球/,
    why: '轮胎没气了: a flat tyre, not a person who stopped breathing',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:都)?没(?:知觉|感觉)/,
    clauseBefore: /(?:手指头?|脚趾头?|耳朵|指头|耳)[^ ]{0,4}$/,
    unless: {
      report: /发抖|哆嗦|打颤|打摆子|浑身|全身|迷糊|说不清|不利索|冻死|冻僵|\b(shaking|shivering)\b/,
    },
    why: '手指头都没知觉了: fingers numb with cold, not a person unconscious (hands and feet, or a body shaking, still are)',
  },
  {
    signals: ['cold'],
    phrase: /^冻(?:伤|坏|得)?/,
    before: FROSTBITTEN_PART,
    // …unless the mind is going too (手冻得发白发硬 说话颠三倒四的 — round 35): the whole body is too cold.
    unless: { report: /颠三倒四|语无伦次|胡言乱语|说胡话|答非所问|意识不清|意识模糊/ },
    why: '耳朵冻伤了 流黄水: frostbite of an extremity wants a doctor, not an ambulance (冷 + 发黑 still does)',
  },
  {
    signals: ['trapped'],
    phrase: /^卷(?:走|跑)/,
    clauseBefore: MONEY,
    why: '工资被包工头卷走了: money made off with, not a person swept away',
  },
  {
    signals: ['unconscious', 'trapped', 'pack'],
    phrase: /^(?:进去|里面|里头|里边)/,
    report: /没人在家|不在家|家里没人|没人住|放门口|放在门口/,
    why: '里面半天没声音 估计没人在家: nobody home, not someone collapsed inside',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:进去|里面|里头|里边)/,
    report: CUSTOMER,
    unless: { report: PERSON_DOWN },
    why: '顾客在里面半天不开门 敲门没人应: a customer not answering the door',
  },
  {
    signals: ['unconscious', 'pack'],
    report: /睡觉|睡着|在睡|打游戏|戴着耳机|\b(asleep|sleeping)\b/,
    also: (at) => /敲|里面|里头|里边/.test(at.clause),
    unless: { report: new RegExp(`${DOWN}|叫不醒|喊不醒|拍不醒|弄不醒`) },
    why: '室友在里面睡觉 敲门没反应: asleep behind a door, said so',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:起不来|爬不起来|起不了床)/,
    report: /迟到|闹钟|起晚|睡过头|赖床/,
    unless: { report: /摔|撞|倒|晕|疼|痛|血/ },
    why: '早上起不来 迟到了: overslept, not a person down',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /^(?:起不来|爬不起来|起不了|下不了|动不了)/,
    after: /^床/,
    report: /闪|扭|腰|背|颈|疼|痛|酸|累|感冒|发烧|\bback\b/,
    unless: { report: /晕|昏|叫不醒|喊不醒|没反应|喘不|抽搐|血|吐|煤|炭|中毒|摔|撞|砸/ },
    why: '把腰闪了 现在起不来床: kept in bed by a strain or an ache, telling of it — not a person down',
  },
  {
    signals: ['medical'],
    phrase: /说|话/,
    report: /方言|口音|普通话|\b(accent|dialect)\b/,
    why: '说话说不清楚是方言问题吗: an accent, not a stroke',
  },
  {
    signals: ['serious-injury', 'violence', 'pack'],
    after: HIT_PART_OF_A_THING,
    unless: { report: PERSON_HURT },
    why: '被电动车撞了车门, 撞到我的后视镜: what was hit, named after the verb, is part of a vehicle or a thing',
  },
  {
    also: (at) => DAMAGED.test(at.norm.slice(at.start, at.end + 3)),
    unless: { report: PERSON_HURT },
    why: '被撞坏了, 撞扁了: what was hit is a thing',
  },
  {
    signals: ['fire'],
    clause: ELECTRIC_FITTING,
    report: CAUGHT_IN_TIME,
    unless: { report: FIRE_TAKEN_HOLD },
    why: '插座冒火花 我先拔了电 没人受伤: a fault caught before it burned, for repair (urgent, not a fire)',
  },
  {
    // Round 31: the smoke told in a clause of its own after the fitting (插座打火花 还冒烟 人都跑出来了没事);
    // round 32: or its burning smell (插线板冒火星子 一股焦糊味 人都跑出来了 没人受伤).
    signals: ['fire'],
    clause:
      /^(?:还|也|又|一直|开始)?(?:在)?(?:冒烟|冒火花|冒火星|打火花|有烟|(?:有|一股|一阵|股)?(?:焦|糊|烧焦|焦糊)味|烧黑)/,
    previousClause: ELECTRIC_FITTING,
    report: CAUGHT_IN_TIME,
    unless: { report: FIRE_TAKEN_HOLD },
    why: '插座打火花 还冒烟 人都出来了没事: the same fault, its smoke told in the next clause',
  },
  {
    // Round 37: a stove's smoke in a room everyone has left unhurt (出租屋煤炉冒烟 人都出来了 没事) — air the room
    // (urgent); flames, thick smoke, someone inside or anyone dizzy still make it an emergency.
    signals: ['fire'],
    phrase: /冒烟|有烟/,
    clauseBefore: STOVE,
    report: EVERYONE_OUT_FINE,
    unless: { report: FIRE_TAKEN_HOLD },
    why: '煤炉冒烟 人都出来了 没事: a stove smoking, everyone out and fine',
  },
  {
    signals: ['fire'],
    clause: ELECTRIC_FITTING,
    clauseBefore: HABITUAL_FAULT,
    unless: { report: FIRE_TAKEN_HOLD },
    why: '插座一插就冒火花: a fault that shows each time it is used — for repair, not a fire',
  },
  {
    signals: ['self-harm', 'pack'],
    after: /^的心/,
    why: '三个月工资没发 想死的心都有了: an idiom of despair over money, not a plan',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /出人命/,
    before: /(?:要|会|快|得|迟早)$/,
    report: WORK_TROUBLE,
    why: '工资拖了三个月要出人命了: "someone will die" said over money, a complaint, not a person down',
  },
  {
    // Round 34: a price or a rule that "kills" (这单价要杀人啊 一单才三块五, 这罚款是要杀人 — the subject is money, and
    // nobody is named against the worker).
    signals: ['violence'],
    phrase: /杀人/,
    clauseBefore: /单价|价钱|价格|费|工资|罚|扣|平台|系统|规则|这单|这价/,
    after: /^(?:啊|呀|啦|了|哦|嘛|吗|呢|咯|哇)*(?: |$)/,
    why: '这单价要杀人啊 还让不让人活了: a price or a rule cried over as killing, not someone with a weapon',
  },
  {
    // Round 32: a jab is no blow (要不要打狂犬疫苗, 去打破伤风针, 打点滴).
    signals: ['violence', 'pack'],
    packPhrase: /打/,
    rest: /^[^ ]{0,2}(?:疫苗|狂犬|破伤风|针|点滴|吊瓶|吊针)/,
    why: '被狗抓了一下 要不要打狂犬疫苗: a jab after a scratch, not someone being beaten',
  },
  {
    // Round 32: the same cry as a clause of its own (个号封咗 出人命啊 成家人靠我).
    signals: ['unconscious', 'pack'],
    phrase: /出人命/,
    clauseBefore: /^$/,
    after: /^(?:啊|呀|啦|喔|哦|咯|嘞)/,
    report: MONEY_TROUBLE,
    why: '个号封咗 出人命啊: "it will cost a life!" cried over an account or money, not a person down',
  },
  {
    signals: ['pack'],
    phrase: /^救命$/,
    report: MONEY_TROUBLE,
    why: "救命 接不到单了 账号被限制: a pack's cry for help said over money or an account (a danger has its own signal)",
  },
  {
    // The pack's own words for a beating (正在打, 被打了) read in a threat count the same (说要打我 后头也没动手).
    signals: ['violence', 'pack'],
    also: (at) =>
      /(?:说|扬言|威胁|放话)(?:过)?(?:要|会|想)/.test(at.clauseBefore + at.phrase) &&
      THREAT_SENDER_AWAY.test(at.rest),
    // …unless they turned up after all: 后来没来 现在又在楼下堵我.
    unless: {
      rest: /(?:现在|刚刚|刚才|又)[^ ]{0,3}(?:来|在|堵|追|找)|堵我|追我|(?:楼下|门口)[^ ]{0,2}(?:等|堵|守)/,
    },
    why: '有个顾客说要打我 后来没来: a threat made, its maker never came (urgent, not violence now)',
  },
  {
    signals: ['violence'],
    phrase: /死|杀|废/,
    report: THREAT_AT_A_DISTANCE,
    also: (at) => THREAT_SENDER_AWAY.test(at.norm),
    why: '顾客在电话里说要弄死我 人没来 我也送完走了: a threat by phone, the writer away (urgent)',
  },
  {
    signals: ['serious-injury'],
    phrase: /^挂在/,
    also: (at) => HANGING_THING.test(at.clauseBefore || at.previousClause),
    why: '电线掉下来了 挂在半空: a wire or a sign hanging, not a person off an edge',
  },
  {
    signals: ['cold'],
    phrase: /^冻坏/,
    unless: { clauseBefore: new RegExp(SOMEONE) },
    why: '今天可冻坏了, 把我冻坏了, 电瓶冻坏了: Northeastern "very cold" of the writer or a thing (工友冻坏了 still counts)',
  },
  {
    signals: ['violence'],
    phrase: /^整死/,
    after: /^了/,
    unless: { clauseBefore: /(?:要|想|敢|会|扬言|放话)[^ ]{0,3}$/ },
    why: '站长天天整我 整死我了, 这破平台整死人了: Northeastern exasperation, not a threat (说要整死我 still is one)',
  },
  {
    signals: ['breathing', 'unconscious', 'self-harm', 'pack'],
    before: /(?:整|逼|折腾)(?:得|的)(?:我|人|俺)?(?:都|快|要|直){0,2}$/,
    why: '这单子整得我上不来气: 整得我 (made me) as a figure of speech, as 气得我 is',
  },
  {
    signals: ['unconscious', 'pack'],
    phrase: /倒/,
    clause: /[滑绊]倒/,
    unless: { clause: SLIPPED_AND_HURT, rest: SLIPPED_AND_HURT },
    why: '地上有油 好几个人滑倒了, 有人绊倒了: slipped or tripped, a fall, not a collapse (起不来, 流血 still count)',
  },
  {
    signals: ['trapped'],
    phrase: /^(?:被)?困/,
    report: STRANDED,
    unless: { report: STRANDED_IN_DANGER },
    why: '台风天被困在鼓浪屿回不来了 轮渡停了: stranded where the ferry or the bus stopped, not shut in (urgent)',
  },
  {
    signals: ['fire'],
    phrase: /冒烟/,
    before: /(?:嗓子|喉咙|嗓子眼儿?|嗓子眼|嘴)(?:都|直|快|要|里)?$/,
    why: '渴得嗓子冒烟, 着急上火嗓子冒烟了: a dry throat, not a fire',
  },
  {
    signals: ['pack', 'bleeding'],
    packPhrase: /血/,
    report: NOSEBLEED,
    also: (at) => RECURRING.test(at.norm),
    unless: { report: BLEEDING_BADLY },
    why: '天天吃沙子 鼻子老流血: a nosebleed that keeps coming back (dry air), a complaint for a doctor, not blood lost now',
  },
  {
    signals: ['pack', 'bleeding'],
    phrase: /血$/,
    after: /^(?:压|糖|脂|型|常规|氧|检|项)/,
    why: '体检查出来血压一百八, 血糖高: a measurement, not blood lost',
  },
  {
    // …and a pack's own phrase of a blow read in it (正在打 in 就打断我的腿).
    signals: ['violence', 'pack'],
    packPhrase: /打|揍|砍|捅|杀/,
    also: (at) => THREAT_IF_AGAIN.test(at.clauseBefore + at.phrase),
    unless: { report: THREAT_CARRIED_OUT },
    why: '保安说再来就弄我: a threat for the next time the worker comes, made to keep them away (urgent)',
  },
  {
    signals: ['violence', 'pack'],
    packPhrase: /打|揍|砍|捅|杀|弄/,
    also: (at) => THREAT_SENT.test(at.clauseBefore + at.phrase),
    unless: { report: THREAT_CARRIED_OUT, clause: THREAT_TO_KILL_SOON },
    why: '发消息说要弄我: a threat sent by message or phone — urgent, nobody is at the worker now',
  },
  {
    // Round 35: said to the worker's face, with a grab or a shove at most (揪着我领子骂 还说要打我, 推我 今日仲话要打我).
    signals: ['violence', 'pack'],
    packPhrase: /打|揍/,
    also: (at) => THREAT_TO_HIT.test(at.clauseBefore + at.phrase),
    unless: { report: BLOW_OR_WEAPON },
    why: '揪着我领子骂 还说要打我: a threat to hit, with no blow landed, no weapon and no chase — urgent',
  },
  {
    signals: ['self-harm'],
    after: /^[^ ]{0,2}(?:救|拉|捞|抓)/,
    why: '一个骑手跳下去救 (jumped in to save a child): a rescue, not self-harm — the one in the water is the danger',
  },
  {
    // Round 34: 头晕了 is dizzy, not fainted — said to have lasted days (头晕了好几天 量血压有点高) with no sign of an
    // attack now, a complaint to see a doctor about.
    signals: ['unconscious', 'pack'],
    phrase: /(?:晕|昏)了/,
    also: (at) =>
      /(?:头|脑袋|脑壳|脑子)(?:晕|昏)了/.test(at.before.slice(-3) + at.phrase) && lastingNoAttack(at.norm),
    why: '头晕了好几天 量血压有点高: dizziness that has lasted, not someone fainting now',
  },
  {
    // Round 40: 看到这个月工资条我直接被电到了 扣了八百 — a jolt at a figure, with no current anywhere in the report.
    signals: ['electric'],
    also: (at) =>
      (SEEN_OR_HEARD.test(at.clauseBefore) || VENT.test(at.norm)) && !ELECTRIC_SOURCE.test(at.norm),
    unless: { report: BODY_AFFECTED },
    why: '看到工资条我直接被电到了, 第一次见她就被电到了: struck by what one sees or is paid, no current anywhere',
  },
  {
    // Round 40: 客户说吃了肚子痛要投诉我 食物中毒关我什么事 — the danger is the customer's claim the worker argues with.
    rest: /^(?:了|啊|呀)? ?(?:关|干)(?:我|俺)(?:什么|啥|屁|鸟)?事|^(?:了|啊|呀)? ?(?:跟|和|与)(?:我|俺)(?:有)?(?:什么|啥|没)?(?:关系|相干)/,
    report: CLAIM_AGAINST_ME,
    why: '客户投诉 食物中毒关我什么事: the writer disowns a claim made against them — a dispute, not a person in danger',
  },
  {
    // 'medical' is also two moderate symptoms together (头晕想吐); a stroke's signs stay live.
    signals: ['heat-stroke', 'medical', 'breathing', 'cold'],
    also: (at) => lastingCarePlanned(at.norm),
    unless: { phrase: STROKE_SIGN },
    why: '心口老隐隐地疼 想看病又没钱: a lasting complaint and a doctor to find or pay for — health, not an attack now',
  },
];

/** The words around [start, end) of norm. */
function around(norm: string, start: number, end: number): Around {
  const clauseStart = norm.lastIndexOf(' ', start - 1) + 1;
  const clauseEnd = norm.indexOf(' ', end);
  const previousStart = clauseStart - 1;
  return {
    norm,
    start,
    end,
    phrase: norm.slice(start, end),
    before: norm.slice(Math.max(0, start - 6), start),
    after: norm.slice(end, end + 4),
    rest: norm.slice(end),
    clauseBefore: norm.slice(clauseStart, start),
    clause: norm.slice(clauseStart, clauseEnd < 0 ? undefined : clauseEnd),
    previousClause:
      previousStart <= 0 ? '' : norm.slice(norm.lastIndexOf(' ', previousStart - 1) + 1, previousStart),
    report: norm,
  };
}

function applies(e: Exemption, signal: string, at: Around): boolean {
  if (e.signals && !e.signals.includes(signal)) return false;
  if (signal === 'pack' && e.packPhrase && !e.packPhrase.test(at.phrase)) return false;
  for (const w of WINDOWS) {
    if (e[w] && !e[w].test(at[w])) return false;
    if (e.unless?.[w]?.test(at[w])) return false;
  }
  return !e.also || e.also(at);
}

/** The first exemption that makes the phrase at [start, end) calm, if any. */
export function calmBy(norm: string, signal: string, start: number, end: number): Exemption | undefined {
  const at = around(norm, start, end);
  return EXEMPTIONS.find((e) => applies(e, signal, at));
}
