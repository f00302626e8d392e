/**
 * Reports whose troubles are not the worker's own (route round 19): a drill where someone "is trapped", a
 * film or a news story about a rider in a river, a pet stung by a bee.
 * The words of injury, illness or parking in them say what the story is, not what the worker reports.
 *
 *   frameOf('今天站里搞演练 假装有人被卷闸门压到')  // → 'training'
 *   frameOf('只狗被蜜蜂叮了 宠物医院几点开门')      // → 'not-ours'
 *
 * Read on the report as the topics read it (normalised; Cantonese, Wu and Henan folded).
 */
import { NOSEBLEED } from './emergency-concepts.js';

/** A drill or a pretend emergency: training, an activity of the union or the station. */
const DRILL = /演练|演习|(?:假装|模拟)(?:有人|一个人|人)|\b(?:fire )?drills?\b/;

/**
 * …unless the drill keeps workers out (消防演练 不让骑手进, 演习的时候外卖还送得进去不 — round 37): then access is what
 * the report is about.
 */
const KEPT_OUT =
  /(?:不让|不准|不给|禁止)[^ ]{0,6}(?:进|送|停)|送(?:得|不)进去|进不去|\b(?:can ?t get in|(?:won ?t|don ?t|not) let (?:us|riders|couriers|drivers) in)\b/;

/** A story seen on the news or in a film, told at the start of the report (not a video call: 我爸视频里说). */
const MEDIA =
  /^[^ ]{0,8}?(?:新闻|电影|(?:警匪|动作|恐怖|武打|战争|枪战|犯罪)片|鬼片|电视剧|短剧|短视频|纪录片|套戏|部戏|(?:看|刷)(?:了|到|咧)?[^ ]{0,3}视频|视频上|抖音上|快手上)|^(?:\w+ ){0,4}(?:on the news|in a (?:video|movie|film))\b/;
/** …about someone in it (有个骑手, 那个人, 主角): 新闻说明天起不让进小区 is news of the worker's own trouble. */
const SOMEONE =
  /有(?:个|一个|一位|位|人|骑手|司机|小哥|快递|外卖|同行)|一个|那个|里面|主角|(?:^| )丫(?!头)|(?:骑手|司机|小哥|外卖员|快递员|人)(?:被|让|遭|叫)[^ ]{0,4}(?:撞|压|捅|砍|打|卷|碾|砸|电|烧|烫|刺|杀|抢|追)|(?:骑手|司机|小哥|外卖员|快递员|小孩)(?:掉|摔|跌|落)(?:进|到|下)|\b(?:a|the|some) (?:man|woman|guy|rider|driver|courier|person)\b/;
/** …unless the worker asks something about it (看到新闻说…我们怎么申请). */
const ASKS =
  /吗|怎么|怎样|如何|能不能|可不可以|有没有|哪里|哪儿|去哪|咋|么样|点样|\b(?:how|can we|can i|where|what should)\b/;

/** Whether the story is true (现实里真有这种事吗, 是真事不 — round 36): a question about the story, not the worker's own. */
const TRUE_STORY_QUESTION =
  /(?:现实(?:里|中)?|真的?)[^ ]{0,4}(?:有|是)[^ ]{0,4}(?:这种|这样的?)?(?:事|真事)[^ ]{0,2}(?:吗|不|么|嘛|没)?|是(?:不是)?真(?:的|事)[^ ]{0,1}(?:吗|不|么|嘛)?/g;

/** …or unless it left the worker sleepless (看得心里发毛 睡不着): then how they are now is the report. */
const SLEEPLESS = /睡不着|失眠|做噩梦|做恶梦|\b(?:can ?t sleep|nightmares?)\b/;
/** A night without sleep is a fright told (吓得一晚上没睡着); with the worker unwell today it is how they are now. */
const NIGHT_AWAKE = /没睡着|一晚上?没睡/;
const UNWELL_NOW = /没精神|没劲|打不起精神|犯困|难受|心慌|头疼|头痛|缓不过来/;
function leftSleepless(norm: string): boolean {
  return SLEEPLESS.test(norm) || (NIGHT_AWAKE.test(norm) && UNWELL_NOW.test(norm));
}

/** A cat or a dog that fell (顾客家的猫从阳台掉下去了, 流浪狗掉进沟里) — not one that chased someone who fell. */
export const PET_FELL =
  /(?:的|家|只|条|野|流浪)(?:猫|狗)(?:咪|狗|子)?[^ 追咬吓扑]{0,6}(?:掉|落|摔|跌|栽)(?!毛|色|漆)/;

/** A pet is the one hurt or ill: 宠物医院, 兽医, 只猫被蜜蜂叮了, 狗被车撞了, 顾客家的猫从阳台掉下去了. */
const PET = new RegExp(
  `宠物|兽医|(?:猫|狗)(?:咪|狗)?(?:被|给|让|叫)(?!我)[^ ]{0,4}(?:蛰|叮|咬|撞|压|夹|踩|打|毒|烫|卡)|${PET_FELL.source}|\\bvet\\b`,
);

/** A game (游戏里被人砍了): nothing happened to anyone. */
const GAME =
  /游戏里|游戏中|打游戏|打王者|王者荣耀|王者连|吃鸡|和平精英|开黑|打排位|连跪|掉分|\bin (?:a|the) game\b/;

/**
 * Something out of order told in a clause of its own beside the game (打游戏被队友气到吐血 驿站的wifi还一直断, round 31):
 * the fault is the report, the game only the mood.
 */
const FAULT_APART =
  /坏|断|连不上|不能用|漏水|漏电|停电|没水|没电|不开门|没开门|危险|\b(?:broken|not working|keeps dropping)\b/;
/** What a station or a home provides (wifi, 空调, 热水, 插座…): a fault of one is someone's to repair. */
const FACILITY =
  /wifi|wi fi|网络|网|空调|热水|饮水机|插座|充电|灯|厕所|电梯|驿站|站里|水管|\b(?:internet|charger|toilet|air ?con)\b/;
function faultBesideGame(norm: string): boolean {
  return norm
    .split(' ')
    .some(
      (clause) => clause !== '' && !GAME.test(clause) && FAULT_APART.test(clause) && FACILITY.test(clause),
    );
}

/** An illness named by its attack: "asthma attack", "heart attack", "panic attack", 哮喘发作. */
const ILLNESS_ATTACK = /\b(?:asthma|heart|panic|anxiety) attack|哮喘|心脏病发/;
/** …unless someone attacks the worker as well. */
const ASSAULT = /\battacked\b|\battacking\b|打我|被打|揍|砍|捅/;
export function illnessAttack(norm: string): boolean {
  return ILLNESS_ATTACK.test(norm) && !ASSAULT.test(norm);
}

/**
 * Bleeding that an illness causes: from the mouth, the lungs or the nose (dry air, heat), from the stomach (吐了一大口血, stools
 * black like tar — round 43), or in pregnancy.
 */
const ILLNESS_BLEEDING = new RegExp(
  `${NOSEBLEED.source}|` +
    String.raw`吐血|咳血|呕血|便血|尿血|(?:吐|呕|咳)(?:了|出|出来)?(?:一|半|好几|几|好多|一大|满)?(?:大)?(?:口|盆|碗|滩|摊)(?:的)?(?:鲜|黑|暗红)?血|黑便|柏油样|(?:拉|屙|大便)[^ ]{0,8}(?:是黑的|全是黑|都是黑|柏油)|下身[^ ]{0,2}(?:出|流|淌)[^ ]{0,3}血|见红|(?:怀孕|怀娃|怀了孩子|怀(?:了|起)[^ ]{0,3}(?:周|月)|孕妇|pregnant)[^]{0,24}(?:(?:出|淌|流)[^ ]{0,3}血|bleeding)|(?:生完|刚生|产后|坐月子|分娩)[^]{0,24}(?:(?:出|淌|流)[^ ]{0,3}[血雪学]|bleeding)|(?:coughing|vomiting|throwing) up blood`,
);
/** …when no wound is named: 头上淌血, 被打得吐血 are injuries. */
const WOUND = /撞|摔|砍|捅|打|刀|割|伤口|头上|头破|crash|fell|stabbed|cut/;
export function illnessBleeding(norm: string): boolean {
  return ILLNESS_BLEEDING.test(norm) && !WOUND.test(norm);
}

/**
 * An offer to give (想给驿站捐一批雨衣, 我们公司愿意赞助, want to donate) or to give one's time (周末想去驿站当志愿者,
 * want to volunteer at the rest station; 想组织个志愿者小队, want to start a volunteer group): the worker brings
 * something, no trouble — unless the giving is forced
 * on them (逼我们捐款, 强制捐款, 摊派, 被迫当志愿者).
 */
const OFFER =
  /(?:想|打算|准备|愿意)(?:给|为|向|替)?[^ ]{0,8}?(?:捐|赞助)|(?:想|打算|准备|愿意)[^ ]{0,10}?(?:当|做|作)(?:个|一名|一个)?(?:志愿者|义工)|(?:想|愿意|打算)(?:参加|报名)?[^ ]{0,6}?志愿服务|(?:想|打算|准备|愿意)[^ ]{0,4}?(?:组织|成立|组建|拉|建)(?:个|一个|一支)?[^ ]{0,6}?(?:志愿者|志愿|义工)(?:队|服务队|小组|群|团队)?|\b(?:want|like|wish|hope|plan) to (?:donate|sponsor|volunteer)\b|\b(?:want|like|wish|hope|plan) to (?:start|set up|form|organi[sz]e|build) (?:a |an )?(?:\w+ )?volunteer/;
const FORCED = /逼|强制|被迫|摊派|必须|硬要|非要|不捐|\bforced\b/;

/**
 * A proposal opening the report (建议驿站搞个理发的, 提个建议 驿站能不能放些书, suggest the station add…): something new
 * asked for, no trouble — unless something is told broken or missing (驿站没有急救箱 建议配一个 is the station's).
 */
const PROPOSAL =
  /^(?:我)?(?:想)?(?:提个|提一个|给[^ ]{0,4}提个)?建议[^ ]{0,14}?(?:搞|办|开|放|弄|组织|增加|增设|添|加)(?:个|点|些|几|一)|^(?:i )?(?:would )?(?:suggest|propose)\b[^.]{0,30}\b(?:add|set up|start|open|organi[sz]e|put in)\b/;
/**
 * A wish or a request for something new (能不能在驿站放几本书, 驿站能不能增加理发, 希望多组织几次老乡联谊): a proposal
 * too, not a trouble — unless money is asked for (能不能加点钱 is pay) or something is told wrong (SOMETHING_WRONG).
 */
const REQUEST =
  /^[^ ]{0,6}?(?:能不能|能否|可不可以|可否|希望|盼望)(?:在[^ ]{1,8}?)?(?:多|再)?(?:(?:搞|办|开|放|弄|添|配|设|加|装)(?:个|点|些|几|一(?:个|些|次|批|台|本|张|套|点))|增加|增设|举办|组织|开展)/;
/** The words a request is made of, for reading one typed in pinyin (yi zhan neng bu neng zeng jia li fa). */
export const REQUEST_WORDS = ['能不能', '可不可以', '希望', '建议', '增加', '增设', '举办', '组织', '开展'];
/**
 * …or a want it would answer (能不能装个空调 太热了, 能不能多放几把椅子 中午挤不下, 能不能放个冰箱 饭都馊了, 现在只有两个插座):
 * the station falls short, its report.
 */
const DISCOMFORT =
  /太热|太冷|热死|冷死|冻|晒|闷|挤|不够|只有|太少|馊|排队|没地方|满了|\b(?:too (?:hot|cold|small|few)|freezing|not enough|only)\b/;
const MONEY = /钱|工资|单价|补贴|费|奖金|提成|佣金|\b(?:pay|money|wage)/;
const SOMETHING_WRONG =
  /坏|没有|不能用|不好用|不够用|太脏|漏|修|不开门|没开门|危险|不安全|差点|撞|摔|\b(?:broken|no|not working|dangerous|unsafe)\b/;

/**
 * A question about a public service for the worker or their family — a child's schooling or summer care (外地户口能不能
 * 上学, 积分入学, 暑假托管), a skills course (免费的技能培训) or a diploma upgrade (开放大学有补贴吗, 想考个大专 — round 36), where to pay into social insurance (社保可以在这边交吗):
 * no trouble a category owns, `other` for a person to answer — unless something was done to them (扣, 欠, 不给交),
 * an illness or a bill is what they ask about (看病, 报销), or someone was hurt (撞, 摔).
 */
const PUBLIC_SERVICE =
  /上学|入学|学籍|读书|托管|托儿|幼儿园|技能培训|培训班|学历提升|提升学历|开放大学|电大|成人高考|成考|自考|专升本|考(?:个|一个)?(?:大专|本科)|社保[^ ]{0,6}(?:可以|能|能不能|可不可以|怎么|咋|在哪)[^ ]{0,4}(?:交|缴|办)/;
const ASKING =
  /想问|请问|问一下|问下|咨询|有没有|有没|有无|有冇|能不能|可不可以|怎么|咋|阿么|按怎|何解|不晓得|不知道|帮(?:忙|我|俺|咱)?问|吗(?: |$)|\?/;
const SERVICE_TROUBLE =
  /扣|欠|拖|不给|没给|罚|打|骂|撞|摔|伤|病|报销|出事|被|\b(?:deduct\w*|owe\w*|hit|hurt|injur\w*)\b/;
function publicServiceQuestion(norm: string): boolean {
  return PUBLIC_SERVICE.test(norm) && ASKING.test(norm) && !SERVICE_TROUBLE.test(norm);
}

/**
 * A wish for a new station or rest point somewhere (能不能在郑东新区那边也弄个司机之家 连个歇脚的地都没有, 建议在空港多设
 * 几个休息点 — round 34): a proposal for the organisers, even when the lack of one is the reason given — unless an
 * existing one is told broken, dirty or shut.
 */
const NEW_STATION_WISH =
  /(?:能不能|可不可以|能否|可否|希望|建议)(?:在[^ ]{1,8}?)?(?:也|多|再)?(?:建|弄|搞|设|开|修|盖|增设|增加)(?:个|一个|几个|些|一些)?[^ ]{0,6}?(?:驿站|之家|休息点|歇脚点|歇脚的地方)/;
const STATION_FAULT =
  /坏|漏|脏|臭|不开门|没开门|关门|锁|危险|不安全|冒烟|停电|没水|\b(?:broken|dirty|closed|locked)\b/;

export type Frame = 'training' | 'not-ours';

export function frameOf(norm: string): Frame | undefined {
  if (DRILL.test(norm) && !KEPT_OUT.test(norm)) return 'training';
  const asks = ASKS.test(norm.replace(TRUE_STORY_QUESTION, ' '));
  if (MEDIA.test(norm) && SOMEONE.test(norm) && !asks && !leftSleepless(norm)) return 'not-ours';
  if (PET.test(norm) || (GAME.test(norm) && !faultBesideGame(norm))) return 'not-ours';
  if (OFFER.test(norm) && !FORCED.test(norm)) return 'not-ours';
  if (publicServiceQuestion(norm)) return 'not-ours';
  if (NEW_STATION_WISH.test(norm) && !STATION_FAULT.test(norm)) return 'not-ours';
  if (PROPOSAL.test(norm) && !SOMETHING_WRONG.test(norm)) return 'not-ours';
  if (REQUEST.test(norm) && !MONEY.test(norm) && !DISCOMFORT.test(norm) && !SOMETHING_WRONG.test(norm))
    return 'not-ours';
  return undefined;
}
