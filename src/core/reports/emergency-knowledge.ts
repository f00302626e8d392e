/**
 * What an emergency looks like in a worker's words — the data emergency.ts matches. Texts are
 * normalised first (traditional → simplified, lower case, punctuation → space), so one simplified
 * list serves zh-CN and zh-TW (Taiwan/HK wording is listed where it differs: 機車, 救護車, 輕生…).
 *
 * Three kinds of evidence per signal:
 * - `phrases`: fixed words that on their own say "danger now" (叫不醒, 喘不上气, 不想活);
 * - `patterns`: structure — a body part or a person plus an acute state within one clause
 *   (头…破了, 腿…断了, 同事…没反应), a weapon plus an act (拿…刀, 刀…追), a threat to kill;
 * - `latin`: English, on word boundaries;
 * - `together`: concepts that only together say danger (怀孕 + 出血, 头撞到 + 吐了).
 * The concepts (who, which body part, what happened, what state) are in emergency-concepts.ts.
 * Generic knowledge only: nothing here names a pack's categories, places or branches.
 */

import {
  BODY,
  CHEST,
  DESPAIR,
  ENTRUST,
  BELONGINGS_HANDED,
  FAREWELL,
  FAREWELL_NOTE,
  HANDOVER,
  MEANS_READY,
  RADIATING,
  SILENCE,
  SOMEONE,
  NEARBY,
  UNRESPONSIVE,
  CHEMICAL,
  CONCUSSION,
  DOWN,
  ENCLOSURE,
  HEAD,
  IMPACT,
  LOSS_OF_FUNCTION,
  PERSON,
  PREGNANCY_DANGER,
  PREGNANT,
  SWALLOWED,
  W,
  WATER,
} from './emergency-concepts.js';

export type EmergencySignal =
  | 'bleeding'
  | 'unconscious'
  | 'breathing'
  | 'medical'
  | 'heat-stroke'
  | 'cold'
  | 'poisoning'
  | 'violence'
  | 'self-harm'
  | 'fire'
  | 'trapped'
  | 'electric'
  | 'serious-injury'
  | 'missing-person'
  | 'call-for-help';

export interface SignalKnowledge {
  phrases: string[];
  patterns?: RegExp[];
  latin?: RegExp;
  /**
   * Concepts that say danger only together, anywhere in the report: each inner list is one rule, and
   * all its expressions must match (the first one not negated) — a pregnancy plus bleeding, a blow to
   * the head plus a sign of concussion.
   */
  together?: RegExp[][];
}

/** A bridge, a roof or the water's edge (大桥上, 天台, 江边): where someone who has settled their affairs may go. */
const EDGE_PLACE =
  /楼顶|顶楼|天台|房顶|大桥|桥上|桥边|江边|河边|湖边|海边|铁轨|\b(roof|rooftop|bridge|ledge)\b/;
/** Knocking or calling from inside that is fading (敲门声越来越小, 喊声越来越弱, 敲门都没劲了): someone shut in weakening. */
const FADING_CALL = '(?:敲|拍|喊|叫|呼救|哭)[^ ]{0,5}越来越(?:小|弱|轻|低)|(?:敲|拍)门?都没(?:劲|力气)';
/** The passwords to one's money given away (银行卡密码发给我妈了) — not a Wi-Fi or an app's password. */
/**
 * Thanks for the years together said to one person (谢谢哥这两年照顾, 谢谢你这些年), or a debt given up on (钱我还不上了):
 * what a goodbye message says — a danger only with silence and a place sent after it (round 34).
 */
const THANKS_OR_DEBT_GIVEN_UP =
  /谢谢[^ ]{0,2}(?:这些年|这几年|这[两三]年|一直以来)|(?:钱|债|账)[^ ]{0,2}还不(?:上|起|清)了|\b(thanks? (you )?for (all )?(these|the last) (\w+ )?years|can ?t pay (it|you|the money) back)\b/;
/** A location sent or a high place or the water named: where someone who said goodbye has gone. */
const PLACE_SENT = new RegExp(
  `(?:发|分享|共享)了?(?:个|一个)?[^ ]{0,6}(?:定位|位置)|${EDGE_PLACE.source}|\\b(sent (me |us )?(a |his |her )?(location|pin))\\b`,
);
/** A goodbye to being a burden (以后就不用再麻烦大家了, won't bother you anymore). */
const NO_MORE_TROUBLE =
  /不(?:用|会|必)?(?:再)?(?:麻烦|打扰|拖累)(?:大家|你们|家里|你|各位)|\b(won ?t|will not) (bother|trouble|burden) (you|anyone|everyone)\b/;
/** Lips gone blue, purple or grey (嘴唇发乌, 嘴巴有点发紫, lips turning blue). */
const BLUE_LIPS =
  /(?:嘴唇|嘴巴|嘴皮)[^ ]{0,3}(?:发白|发紫|发青|发乌|发黑|乌了|乌的|紫了|青了)|\blips? (are |is |turned |went |gone |going |turning )?(blue|purple|grey|gray)\b/;
/** Short of air, at any degree (有点喘不上来气, 透不过气, short of breath). */
const SHORT_OF_AIR =
  /喘不上|喘不过|喘不动|透不过气|上不来气|气短|憋得慌|呼吸[^ ]{0,3}(?:困难|费劲|吃力|不上|不过来)|喘气[^ ]{0,3}(?:费劲|吃力|困难)|\b(short of breath|can ?t (catch (my|his|her) )?breath\w*|breathless|hard to breathe|struggling to breathe)\b/;
const MONEY_PASSWORDS_GIVEN =
  /(?:银行卡|工资卡|存折|支付宝|微信|支付|取款)密码[^ ]{0,4}(?:发|给|告诉)|\b(gave|sent|texted) (\w+ ){0,2}(my|his|her) (bank|pin|card) (pin|password|details)\b/;

/**
 * A fall (从上面栽下来, 从楼梯上滚下来, 一脚踩空, fell down the stairs) — with the neck or the back hurting and a limb gone
 * numb or weak, the spine may be hurt (round 40): nobody should move them.
 */
const FELL = /(?:摔|栽|跌|坠)(?![坏碎烂破])|滚下|掉下来|踩空|\b(?:fell|fallen|tumbled|slipped|came off)\b/;
const NECK_OR_SPINE = /脖子|颈|脊椎|脊梁|腰椎|尾椎|后背|\b(?:neck|spine|spinal|(?:my|his|her|lower) back)\b/;
const LIMB_GONE =
  /麻(?![烦将辣])|没知觉|没感觉|感觉都没|知觉都没|没力气|没劲|抬不起|动不了|不能动|不会动|使不上劲|不听使唤|\b(?:numb\w*|tingl\w*|pins and needles|can ?t (?:move|feel)|no feeling)\b/;
/** Answering only with a moan or a murmur when called (叫他就哼哼, 叫他都系咿咿哦哦 — round 40): barely there. */
const MURMURED_ANSWER =
  /(?:叫|喊|问|拍|推)(?:他|她|人)?(?:了)?(?:半天|几声|好几声|好久|几下|好几下)?(?:就|只|都|也|才)(?:是|系)?(?:会|知道)?(?:哼|嗯嗯|咿咿|哦哦|啊啊|唔唔)/;
/** Shivering that will not stop (抖得停不下来, 牙齿打架, 打寒战, shivering). */
const SHIVERING =
  /发抖|哆嗦|打颤|打冷战|打寒战|牙齿打架|抖个不停|抖得[^ ]{0,4}(?:停不|不停|厉害|止不住)|(?:止不住|停不下来|不停)(?:地|的)?(?:发)?抖|\b(?:shaking|shivering)\b/;
/**
 * Stools gone black like tar, or vomit like coffee grounds (拉出来的全是黑的跟柏油似的, 屙的也是黑的, black tarry stool): blood
 * from the stomach (round 43) — with the body faint from it, an emergency.
 */
const BLACK_STOOL =
  /(?:拉|屙|解|大便|便|屎|粑粑|厕所)[^ ]{0,8}(?:全是黑|都是黑|是黑的|黑色|黑乎乎|发黑|柏油|沥青)|黑便|柏油样|柏油似|吐[^ ]{0,6}(?:咖啡渣|咖啡色)|\b(?:black|tarry|bloody) (?:stools?|poo|poop)\b|\b(?:stools?|poo|poop) (?:is |are |has been |was |looks? )?(?:black|tarry|like tar)\b|\b(?:pooping|passing) blood\b|\bcoffee[- ]grounds?\b/;
/** …the body faint with blood lost: dark before the eyes, pale, dizzy, unsteady on the feet. */
const FAINT_WITH_LOSS =
  /眼前[^ ]{0,3}(?:发黑|一黑|冒金星)|头晕|头昏|晕|脸[^ ]{0,3}(?:白|发灰|蜡黄)|站不[^ ]{0,1}(?:稳|住|起)|坐(?:都)?坐不(?:稳|住)|扶着墙|冷汗|没力气|心慌|\b(?:dizzy|faint\w*|pale|light-?headed|can ?t stand)\b/;
/**
 * The legs or the lower body without feeling or movement (两只脚一点感觉都没有, 腰以下都沒有感覺, can't feel anything below his
 * waist): after a blow, a crash or a fall, the spine (round 43).
 */
const LEGS_GONE = new RegExp(
  `(?:两条腿|两只脚|双腿|双脚|两腿|下半身|下半截|腰以下|腰往下|肚脐以下|腿|脚)${W(4)}(?:一点|都|全|完全)?(?:感觉|知觉)(?:都|也)?(?:没有|没了|没)|(?:两条腿|两只脚|双腿|双脚|两腿|下半身|下半截|腰以下|腰往下|肚脐以下)${W(3)}(?:没有|没了|没)(?:任何|一点)?(?:感觉|知觉)|(?:两条腿|两只脚|双腿|双脚|下半身|下半截|腰以下|腰往下)${W(3)}(?:动不了|不能动|不会动)|\\b(?:can ?t feel (?:anything|a thing) below|no feeling (?:in|below) (?:his|her|my) (?:legs|waist))\\b`,
);
/** Gasping in great mouthfuls (大口大口吸气): with someone down or gone blue, air is not getting in. */
const BIG_GASPS = /大口大口(?:地|的)?(?:吸气|喘气|喘|倒气|吸|呼吸|张嘴)|\bgulp(?:ing|s|ed)? (?:for )?air\b/;
/** Something scalding: hot oil, a fryer, boiling water or soup, steam. */
const SCALDING = /热油|滚油|油锅|炸锅|开水|滚水|沸水|热汤|滚汤|蒸汽|\b(?:hot oil|boiling|fryer|scalding)\b/;
/** A pointed or jagged thing held like a blade (改锥, 针管, 碎酒瓶 — round 42). */
const POINTED = '改锥|螺丝刀|起子|锥子|针管|针头|针筒|注射器|剪刀|匕首|碎酒瓶|破酒瓶|碎瓶|玻璃片|钢管|铁棍';

/** A punch taken or thrown at someone (他一拳怼我左眼上, 眼睛挨了一拳, 顾客开门就给我一拳). */
export const PUNCH =
  /(?:挨了|吃了|给了?(?:我|他|她)|打了?(?:我|他|她))(?:一|两|几|好几)拳|一拳(?:打|怼|捶|砸|揍|抡|闷)?(?:在|到|上)?(?:我|他|她)/;

/** The eye, by any name (眼珠子, 左眼, 俩眼, 眼眶). */
const EYE = '(?:眼睛|眼珠子?|眼球|眼里|眼眶|眼皮|左眼|右眼|双眼|俩眼|两眼|两只眼|一只眼)';
/**
 * Something that struck or went into the eye (一拳怼我左眼上, 啤酒瓶底子戳到眼睛, 眼睛挨了一拳, 水枪头崩到眼睛, punched in the
 * eye) — not sand blown in or a screen stared at.
 */
const EYE_STRUCK = new RegExp(
  `(?:拳|揍|怼|捶|砸|戳|捅|扎|刺|崩|撞|踢|踹|抽|划|打(?:在|中|到|着))${W(6)}${EYE}|${EYE}${W(3)}(?:挨了|中了|被(?!风|沙|烟|汗|光|太阳|灯)|撞|磕|戳|扎|刺|砸)|\\b(?:punched|hit|struck|poked|jabbed|elbowed|kicked|stabbed|smacked|got (?:hit|punched|poked|jabbed))\\b.{0,25}\\b(?:in|into|on) (?:the|his|her|my|both|one) eyes?\\b`,
);
/** A chemical that burns got into the eyes, wherever the chemical is named (有个工人扬石灰 一阵风全迷我同事眼里了). */
const EYE_SPLASHED = new RegExp(
  `(?:溅|喷|泼|进|迷|崩|呲|滋|飞)${W(4)}${EYE}|${EYE}${W(3)}(?:进|溅|喷)|\\b(?:in|into) (?:the|his|her|my|both) eyes?\\b`,
);
/**
 * Sight gone or going now (啥也瞅不见, 看东西雾蒙蒙的 只看到一点点影子, 只看得到一片白光, can't see): after a blow or a splash to
 * the eye, an emergency (round 42). 累瞎了, 看瞎了 are figures and say nothing of this.
 */
const SIGHT_LOST =
  /看不(?:见|到|清)|瞅不(?:见|着|清)|瞧不(?:见|清)|(?:啥|什么|甚么)(?:也|都)看不|看(?:东西)?[^ ]{0,3}(?:模糊|雾蒙蒙|朦胧|重影|一片)|只(?:能)?看(?:得)?(?:到|见)[^ ]{0,4}(?:影子|光|一点)|(?:一片|全是)(?:白|红|黑)|失明|视力[^ ]{0,3}(?:没了|下降|模糊)|睁不开|\b(?:can ?t see|cannot see|(?:can|could) (?:barely|hardly) see|blind(?:ed)?|lost (?:his|her|my) (?:sight|vision)|vision (?:is |s )?(?:blurr\w*|gone|dark|black))\b/;
/** Where a thing driven in is a danger: the trunk, the head, the neck, a thigh or a calf (a finger's splinter is not). */
const TRUNK_OR_LIMB =
  '(?:肚子|肚皮|腹|胸|心口|头|脑袋|脑壳|眼|脖子|颈|后背|背上|腰|大腿|小腿|腿|身体|身上|屁股)';
/** A drink a chemical was kept in, or the chemical named after the drinking (拿矿泉水瓶喝了一大口 是装的消毒水). */
const DRANK = /(?:喝|饮|吞|咽)(?:了|下|进)|\b(?:drank|swallowed|took a (?:sip|swig|mouthful|gulp))\b/;
const DRINKABLE_CHEMICAL =
  /洁厕|洗厕所|通厕|疏通剂|杀虫剂|除草剂|消毒水|消毒液|84|漂白|洗衣液|洗洁精|清洁剂|洗车液|玻璃水|防冻液|电瓶液|电池液|机油|柴油|汽油|甲醇|工业酒精|农药|\b(?:bleach|cleaner|detergent|disinfectant|antifreeze|pesticide|weed ?killer|battery acid|methanol)\b/;
/** …and the body answering it: burning in the mouth or throat, vomiting, dizziness. */
const SWALLOWED_HURTS =
  /吐|呕|(?:喉咙|嗓子|嘴|嘴巴|嘴里|胃|肚子)[^ ]{0,4}(?:烧|辣|痛|疼|起泡|难受)|火烧|晕|咳|喘|\b(?:throwing up|threw up|vomit\w*|burn\w*|dizzy|coughing)\b/;

export const KNOWLEDGE: Record<EmergencySignal, SignalKnowledge> = {
  bleeding: {
    phrases: [
      // Northeastern: 血呼啦的, 血次呼啦, 一个血葫芦 — covered in blood.
      '血呼啦',
      '血次呼啦',
      '血刺呼啦',
      '血葫芦',
      '冒血',
      // Spurting or gushing (一直飙血, 血往外喷 — round 38).
      '飙血',
      '喷血',
      '滋血',
      '呲血',
      '淌血',
      '打出血',
      '割开',
      '流血',
      '出血',
      '血流',
      '血止不住',
      '满头是血',
      '满脸是血',
      '满脸血',
      '一身血',
      '好多血',
      // 流好些血 (Beijing: a good deal of blood).
      '好些血',
      '很多血',
      '全是血',
      '都是血',
      '一地血',
      '一地的血',
      '满地的血',
      '一身的血',
      '一滩血',
      '头破',
      '吐血',
      // …by the mouthful (吐了一大口血), heard in pinyin too (tu le yi da kou xue — round 43).
      '一大口血',
      '咳血',
      '咯血',
      '咬穿',
      '往外涌',
      '血肉模糊',
      '血糊',
      '骨头露',
      '吐白沫',
      '露出骨头',
      '看到骨头',
      '看见骨头',
      '看得见骨头',
    ],
    patterns: [
      // Blood dripping on and on (血滴滴答答的, 血一直往下滴 — round 39): a wound still open, however calmly said;
      // 滴了几滴 stays a drop or two.
      /血[^ ]{0,3}(?:滴滴答答|滴答滴答|滴个不停|一直(?:往下)?滴|不停(?:地|的)?(?:往下)?滴|往下滴|一滴一滴)|(?:滴滴答答|滴答滴答)[^ ]{0,2}(?:地|的)?(?:流|淌|掉|滴)血/,
      new RegExp(`${BODY}${W(4)}(?:流血|出血|冒血|淌血|全是血|都是血|血止不住)`),
      new RegExp(`${HEAD}${W(3)}(?:破了|开了个?口子?|裂开|撞出血|血)`),
      // A gaping wound: 头上一个大口子, 口子很深.
      new RegExp(`${BODY}${W(4)}(?:大口子|口子很深|口子好深|深可见骨|大洞|窟窿|血洞)`),
      // Pressure does not stop it: 血按都按不住, 捂不住.
      new RegExp(`血${W(3)}(?:止不住|止不了|按不住|压不住|捂不住|堵不住|往外|喷|涌|一直流)`),
      // Flesh laid open: 肉都翻开了, 皮开肉绽.
      new RegExp(`(?:肉|皮)${W(2)}(?:翻开|翻出来|外翻|翻起来)|皮开肉绽`),
      new RegExp(`血${W(2)}(?:一直|不停|止不住|哗哗)${W(2)}(?:流|淌|滴|冒)`),
      // The sound of it: 血哗哗的, 血汩汩往外.
      /血[^ ]{0,1}(?:哗哗|哗啦|汩汩)/,
      new RegExp(`满${W(2)}是?血`),
      new RegExp(`骨${W(2)}露`),
      // Blood from inside: 尿里有血, 吐出来有血, 拉出来全是血 (血压, 血糖 are tests).
      new RegExp(`(?:尿|大便|便|痰|吐出来|吐的|拉出来|咳出来)${W(3)}血(?![压糖脂型常])`),
      /渗血|血[^ ]{0,4}(?:往外)?渗/,
      // Blood soaking through clothes: 血把裤子都染红了, 衣服被血浸透了.
      new RegExp(`血${W(5)}(?:染红|浸透|湿透|透了)|被血${W(1)}(?:浸|染|湿)`),
      // Blood as a clause of its own in a terse call: 快 三号门 一个人 血.
      /(?:^| )(?:血|好多血|很多血)(?:了)?(?: |$)/,
      new RegExp(`骨头${W(3)}(?:戳|刺|穿|支)出`),
      // A bite that tears flesh: 咬了一大块肉下来.
      new RegExp(`咬${W(4)}(?:一大块|一大口|一块肉|肉下来|见骨|很深|好深|稀烂|血肉模糊)`),
      // A bite or a cut to the face: 脸上好几个口子 (脸上划了个小口子 is minor, see MINOR).
      new RegExp(`${HEAD}${W(5)}(?:口子|窟窿|血洞)`),
      // Flesh torn off: 让狗给撕了一块肉下来.
      new RegExp(`(?:撕|扯|咬)(?:了|下|掉)${W(3)}肉(?:下来|掉了)|被${W(4)}(?:撕|扯)(?:了|下|掉)${W(3)}肉`),
      // A piece of flesh gone: 肉都没了一块, 掉了一块肉.
      new RegExp(`肉${W(2)}(?:没了|掉了|少了)一块|(?:少|掉|没)了一块肉|一大块(?:皮|肉)${W(2)}(?:掉|没)`),
      // Told by what it soaks or where it lies: 按着的毛巾都湿透了, 包了三层都浸透了, 地上一大滩血.
      new RegExp(
        `(?:按|捂|摁|压|包|缠|裹|堵)(?:着|住|了)${W(8)}(?:湿透|浸透|渗透|透了|红透|染红|全红了|都红了)`,
      ),
      /一大?(?:滩|摊|盆|片|大片)血|(?:地上|地下|座位上|床上)[^ ]{0,3}(?:全|都)?是血/,
      // Blood vomited or coughed by the mouthful or the basin (吐了一大口血, 吐了半盆血, 呕了一口血 — round 43).
      /(?:吐|呕|咳)(?:了|出|出来)?(?:一|半|好几|几|好多|一大|满)?(?:大)?(?:口|盆|碗|滩|摊)(?:的)?(?:鲜|黑|暗红)?血/,
    ],
    together: [
      // Stools black like tar or vomit like coffee grounds, and the body faint (拉出来的全是黑的跟柏油似的 一站起来就眼前发黑 —
      // round 43): bleeding inside.
      [BLACK_STOOL, FAINT_WITH_LOSS],
      // Blood, and pressure does not stop it, said in another clause: 血顺着胳膊往下滴 止不住.
      [/(?<![献验抽查])血(?![压糖脂型常拼本汗])/, /止不住|止不了|按不住|捂不住|压不住|堵不住/],
      // A cloth soaked, and a wound said: 切到手了 毛巾都透了 (not sweat in the heat).
      [
        /(?:毛巾|纱布|绷带|纸巾|卫生纸|衣服|衣裳|袖子|布)[^ ]{0,3}(?:都|全)?(?:湿透|浸透|渗透|透了|红透|染红|红了)/,
        /划|割|切|砍|扎|戳|口子|伤口|刀|血/,
      ],
    ],
    latin:
      /\b(bleed(ing|s)?(?! money| cash)|bloody|(?<!\b(draw|drawing|drew|drawn|donate|donating|give|giving) )blood(?! pressure| test| sugar| donation)|cut open|slashed|gash(ed)?|bone sticking out)\b/,
  },
  unconscious: {
    phrases: [
      // Northern 背过气去 (passed out), and 躺那儿不动.
      '背过气',
      '躺那不动',
      '躺那儿不动',
      '一动不动',
      '躺着不动',
      '躺地上',
      '喊他没反应',
      '叫他没反应',
      '喊了没反应',
      '拍他没反应',
      '一直抽',
      '突然倒',
      '昏迷',
      '晕倒',
      '晕过去',
      '昏倒',
      '昏过去',
      '昏了',
      '栽倒',
      '栽下去',
      '晕在',
      '昏在',
      // Henan, Northeastern: 晕那儿了 (fainted where they stood).
      '晕那儿',
      '晕那里',
      '晕那了',
      '就倒了',
      '一下子倒',
      '直接倒',
      '眼前一黑',
      '叫不醒',
      '人没反应',
      '叫了没反应',
      '喊不醒',
      '醒不过来',
      '没知觉',
      '没意识',
      '没有意识',
      '失去意识',
      '不省人事',
      '倒地不起',
      '瘫在地',
      '瘫在路',
      '瘫倒',
      '不吭声了',
      '倒在地上',
      '躺在地上',
      '躺在路',
      '躺在雪地',
      '晕厥',
      '神志不清',
      '意识不清',
      '意识模糊',
      '不清醒',
      '叫不太醒',
      '叫不太起来',
      '叫不起来',
      '喊不起来',
      '抽起来了',
      '抽过去',
      '全身抽筋',
      '浑身抽筋',
      '喊不太醒',
      '倒在路',
      '起不来',
      '抽搐',
      '翻白眼',
      '口吐白沫',
      '休克',
      '没呼吸',
      '没有呼吸',
      '没气了',
      '没心跳',
      '心跳停',
      '有人倒',
      '出人命',
      '呼吸停止',
      '没气息',
      '没有气息',
      '没了气息',
      '没鼻息',
      '心脏骤停',
      '惊厥',
      '只会哼',
      '人不行了',
      '爬不起来',
      '起不了身',
    ],
    patterns: [
      // A person plus a state of being down, in one clause: 老王突然倒下了, 骑手瘫坐在地上.
      new RegExp(`${PERSON}${W(8)}(?<![快要累])${DOWN}`),
      new RegExp(`${NEARBY}${W(3)}${UNRESPONSIVE}`),
      // Fallen and still on the ground: 摔在地上不动 (车子倒在地上不动了 is a vehicle, see NOT_A_PERSON).
      /(?:摔|倒|躺|趴|栽)(?:在)?(?:地上|路上|马路上|路中间|路边)(?:一动)?不动(?:了|弹)?(?= |$)/,
      // 人在地上, 他躺在地上: someone on the ground.
      /(?:人|他|她)(?:还)?(?:在|躺在|倒在|趴在)地上/,
      // Lying in the road: 躺在马路中间.
      /躺在(?:马路|路|车道|铁轨|轨道|高速)(?:中间|上)/,
      // Someone is already doing CPR.
      /(?:在|正在|给他|给她|帮他|帮她)[^ ]{0,2}(?:做)?(?:心肺复苏|人工呼吸|按压)/,
      // 一直在抽, 还在抽: convulsing (not 抽烟, 抽奖).
      /(?:一直|不停|还)在?抽(?![烟奖查水签空血时调])/,
      // A fever and a fit: 孩子高烧抽筋了.
      new RegExp(`(?:高烧|发烧|烧)${W(3)}(?:抽筋|抽搐|抽了|抽起来)`),
      // Foam at the mouth told by what is seen: 嘴巴冒白沫, 口里吐白泡泡 (锅里冒白沫 is cooking).
      /(?:嘴|口)[^ ]{0,3}(?:冒|吐)白(?:沫|泡)/,
      // A face drooping to one side (a stroke): 脸歪一边, 嘴歪到一边去了, 口眼歪向一侧.
      new RegExp(`(?:脸|嘴|口眼)${W(2)}歪(?:向|到|在)?(?:一边|半边|一侧)`),
      // 突然躺下了, 一下躺地上: lying down is rest, but suddenly it is a collapse (Cantonese 突然瞓低).
      new RegExp(`(?:突然|一下子?|当场)${W(2)}躺(?:下|倒|地|在地)`),
      // 没了呼吸, 好似冇咗呼吸: breath gone, said with 了.
      /没了(?:呼吸|心跳|脉搏)/,
      // 已经虚脱倒下了, 当场倒地: collapsing said without naming who.
      new RegExp(`(?:已经|当场|直接|一下|突然)${W(3)}倒(?:下|地|了(?![一杯水垃些点碗瓶回过]))`),
      new RegExp(
        `${PERSON}${W(6)}(?<![搞看听绕弄])(?:迷糊了|迷迷糊糊|糊涂了|说胡话|胡言乱语|神志${W(3)}不清|不省人事|倒下|不怎么应|叫不应|喊不应|没动静)`,
      ),
      // 快晕了, 要晕了: nearly, said of heat or hunger.
      /(?<![搞看听绕要快])(?:晕|昏)了/,
      // 跑不动了 is tiredness; 人不动了 is not.
      /(?<![跑走骑干拉推搬扛拿提背爬])不动了/,
      /(?:怎么|咋)(?:叫|喊|拍|推|摇)都(?:不醒|没反应|不应|不理|没用)/,
      // 倒我面前, 倒在路边: someone fell down somewhere.
      new RegExp(`${PERSON}${W(8)}(?<![快要累])倒(?:在|我|他|她|路|街)(?!是)`),
      /叫不(?:醒|动|应|起来)|软下去|瘫下去|软倒在|往下(?:出溜|滑|瘫|倒)|扶都扶不住|扶不起来/,
      // Lying there silent: 人躺着不说话, 趴着不动.
      new RegExp(`(?:躺着|趴着|倒着)${W(2)}(?:不说话|不动|不吭声|没动静)`),
      // 神志有点不清: confusion, whoever it is said of.
      new RegExp(`神志${W(3)}不清|意识${W(3)}模糊`),
      new RegExp(
        `(?:叫|喊|拍|摇|敲门|敲窗|敲车窗|敲玻璃)${W(4)}(?:没醒|不醒|没反应|没动静|不吭声|不出声|不应声|不答应)`,
      ),
      // Knocked on and unaware of it: 敲窗他不晓得 (Wu, Hunan), 拍门她都不知道 — said as the clause's end.
      new RegExp(`(?:敲|拍)(?:车窗|窗户?|玻璃|车门|门)${W(3)}(?:不晓得|不知道)(?: |$)`),
      // Not answering when spoken to: 叫他也不应, 喊她不理人, 问话不答.
      new RegExp(
        `(?:叫|喊|拍|问)(?:他|她|人)${W(3)}(?:不应|不理|不答|没回应|没应|不睁眼|没睁眼)|问话不答|问什么都不答`,
      ),
      // 呼吸好像停了, 没在呼吸.
      new RegExp(`呼吸${W(3)}停了|没在呼吸`),
      // Still: 不哭也不动.
      new RegExp(`不哭${W(2)}不动`),
      // Eyes rolling up, a blank stare, consciousness coming and going.
      /眼(?:睛|珠)?(?:往上|向上)?翻(?:上去|上来|白)|眼睛往上翻|眼神发直|意识时有时无|时醒时睡|迷迷瞪瞪/,
      // Breathing that fails: 呼吸很弱, 只出气不进气, 喘气像拉风箱, 嗓子里呼噜呼噜; said with 喘气 or 出气 too (一箱货压在胸口上
      // 喘气好浅 — round 42).
      new RegExp(
        `(?:呼吸|喘气|出气|气息)${W(2)}(?:弱|浅|微弱|一下一下|断断续续|不规律)|只出气不进气|拉风箱|呼噜呼噜|倒气`,
      ),
      // Breaths coming long apart (呼噜一声一声的 隔老半天才喘一口, 好半天才出一口气 — round 43): someone after drink or a blow
      // who cannot be woken.
      new RegExp(`(?:半天|好久|好一会儿?|一阵子)才(?:喘|出|吸|换|倒|呼)(?:了)?(?:上)?(?:一)?口(?:气)?`),
      // Foam at the mouth told by where it comes (嘴角往外冒沫 — round 43).
      new RegExp(`(?:嘴|嘴角|嘴里|口)${W(4)}(?:冒|吐|流|出|淌)(?:白)?(?:沫|泡沫|白泡)`),
    ],
    together: [
      // Gasping in great mouthfuls with someone down or gone grey (现在门口躺着 大口大口吸气 脸有点乌 — round 43).
      [
        BIG_GASPS,
        /躺|倒|晕|(?:脸|嘴|嘴唇)[^ ]{0,3}(?:乌|紫|青|灰|白)|没跑出来|出不来|说不出话|\b(?:lying|collapsed|blue|grey|gray)\b/,
      ],
      // A body rigid and jerking: 浑身僵硬 一抽一抽的 (哭得一抽一抽 is sobbing).
      [
        /(?:浑身|全身|身子|手脚|四肢)[^ ]{0,2}(?:僵硬|发硬|绷直|绷得)/,
        /(?<!哭得?)一抽一抽|抽搐|抽个不停|直抽|翻白眼|叫不应|没反应/,
      ],
      // Terse: a person named and 倒 as a clause of its own (外卖员 倒 电梯口 快).
      [/(?:^| )(?:倒|倒了|倒地|晕了|昏了)(?: |$)/, new RegExp(`${SOMEONE}`)],
      // Found cold and not responding: 冷藏车里发现一个人 全身冰凉 没反应.
      [/冰凉|冰冷|冻僵|冷藏|冷库|冷冻/, /没反应|叫不醒|不动了|没气|没呼吸/],
      // Not answering, and slumped where he sits: the driver isn't answering, face pressed against the window.
      [
        /\b(isn ?t|is not|not) (answering|responding|moving)\b/,
        /\b(face (is )?(pressed|slumped|down)|slumped|on the floor|in the (cab|driver ?s seat))\b/,
      ],
      // 抽风 said of someone on the ground (平台抽风 is a glitch).
      [/抽风/, /地上|倒|打滚|白沫|吐沫|翻白眼|没反应|叫不醒|路边|路上|浑身|全身|手脚|四肢|牙关|突然/],
      // Knocked and only moaning heard inside, the door not opening (敲门里面只有哼哼的声音 门打不开 — round 37): someone
      // down behind it.
      [
        /(?:里面|里头|里边|屋里)[^ ]{0,4}(?:哼哼|哼唧|呻吟)/,
        /敲|门[^ ]{0,3}(?:打不开|开不了|开不开|锁|反锁)|不开门/,
      ],
      // Days without opening the door, and a smell: 好几天没开门 有臭味, "not answer the door 2 days, bad smell".
      [
        /(?:好几|两|三|几|多)天[^ ]{0,4}(?:没开门|没出门|没出来|联系不上|不接电话|没动静)|\b(not answer\w*|no answer|not open\w*) (the )?(door|phone)\b/,
        /臭味|异味|发臭|臭了|\b(bad smell|smells? bad|stinks?|stinking)\b/,
      ],
      // The same in broken English: "lock inside toilet long time, knock no answer".
      [
        /\b(lock(ed|s)? (himself |herself )?(inside|in)|(inside|in) (the )?(toilet|bathroom|washroom|cold ?(store|room)|freezer) (for )?(a )?long time|long time (inside|in (the )?(toilet|bathroom)))\b/,
        /\b(no answer|not answer\w*|no response|not respond\w*|no sound|(knock|bang)\w*[^.;!?]{0,12}\b(no|nobody|nothing))\b/,
      ],
      // Inside for long or locked in, and no answer: 老刘在里面半个多小时了 敲门不应, 厕所门反锁着 拍门没动静.
      [
        /进去[^ ]{0,8}没出来|(?:里面|里头|里边)[^ ]{0,8}(?:没出来|(?:半|一|两|几|成)个?多?(?:小时|钟头|钟)|半天|好久)|(?:厕所|卫生间|浴室|洗手间|冷库|冻房|房间|屋)[^ ]{0,3}(?:门)?(?:反锁|锁着|插着)/,
        /(?:敲|拍|叫|喊)(?:门)?[^ ]{0,3}(?:不应|没人应|没反应|没动静|没声音)|(?:没|一点)(?:声音|动静)|(?:声音|动静)都没有/,
      ],
      // Shut in a bathroom or a room for long, and no answer: 厕所里半天没出来 敲门不应.
      [
        /(?:厕所|卫生间|浴室|洗手间|房间|屋)[^ ]{0,4}(?:半天|好久|很久|一直)[^ ]{0,2}没出来|从里面反锁|里面反锁/,
        /敲门[^ ]{0,3}(?:不应|没人应|没反应|没动静|不开)|叫[^ ]{0,3}不应|没人应/,
      ],
    ],
    latin:
      /\b(unconscious|(not|no|never)(?<=\b(he|she|friend|buddy|brother|sister|colleague|coworker|roommate|dad|father|mum|mom|wife|husband|son|daughter|kid|child|baby|lady|man|woman|guy|grandma|grandpa|granny|rider|driver|worker|someone|somebody|person) (\w+ ){0,4}(not|no|never)) (wake|waking)( up)?(?! (me|us|you|him|her|them)\b)(?!( up)? (early|on time|in time)\b)|passed out|(went|gone|going|has gone|is) (all |totally |completely )?limp|(?<!\b(could|might|would|gonna|going to|about to|almost|nearly) )pass(ing)? out|blacked out|(?<!\b(could|might|would|gonna|going to|about to|almost|nearly) )faint(ed)?|foam\w* (at |from |in )?(the |his |her )?mouth|(shak|shaking|shake|twitch|jerk)\w* on (the )?(ground|floor)|(twitch|jerk)\w* (on|in) the (ground|floor|road|street)|(isn ?t|is not|wasn ?t|stopped|not|barely|hardly) breathing|(turned|turning|gone|went|going) blue|collapsed?|unresponsive|(?<!\b(app|phone|system|screen|site|page|it|computer|platform|server)\b.{0,25})not responding|won ?t wake|(can ?t|cannot) wake(?! (it|(the|my|this) (app|phone|screen|laptop|computer|system|tablet))\b)|not waking|talking nonsense|not breathing|stopped breathing|no pulse|not moving|lying (in|on) (the )?(road|ground|floor|street|pavement)|(lying|lie|lay|laying|fell|fall|falls|fallen|collapse|collapsed)\b[^.;!?]{0,25}\b(not|no|cannot|can ?t) (move|moving|respond\w*|answer\w*|breath\w*|wake|waking)\b|seizure|convuls\w*|(lips|face) (are |is )?(turning |turned |went |gone |going )?(blue|purple|grey|gray)|talks? nonsense|(isn ?t|is not|not|won ?t|can ?t) (getting|get) up|barely conscious|semi-conscious|in and out of consciousness|slumped|(doing|giving|started) cpr|heart (has )?stopped|no heartbeat|(isn ?t|is not|not|won ?t) waking( up)?|breathing (is |looks |sounds )?(really |very |so )?(weird|strange|shallow|funny|slow|irregular|rattling|weak)|gasping( for (air|breath))?|eyes? (rolled|rolling|rolls|went) (back|up)|zoning out|drifting in and out|out cold|knocked out|(he|she|someone|guy|man|woman|rider|driver|buddy|friend|coworker|colleague) (just )?dropped|not (really )?with us|(vision|everything|eyes?|sight) (is |s )?(going|went|turning|gone|goes|getting) (dark|black|grey|gray)|foaming at the mouth|won ?t respond|doesn ?t respond|isn ?t responding|no response)\b/,
  },
  breathing: {
    phrases: [
      '捂着胸口',
      '捂住胸口',
      '捂胸口',
      '按着胸口',
      '抓着胸口',
      '揪着胸口',
      '捂着心口',
      '胸口好闷',
      '胸口很闷',
      '胸口疼',
      '胸口痛',
      '胸口闷',
      '胸痛',
      '胸闷',
      '心口疼',
      '心口痛',
      '心脏疼',
      '心绞痛',
      '心梗',
      '心脏病',
      '喘不上气',
      '哮喘',
      // zh-TW 氣喘 is asthma (气喘吁吁 is panting).
      '气喘发作',
      '气喘犯了',
      '气喘病',
      // Wuhan: 出不赢气, can't get a breath.
      '出不赢气',
      '出不了气',
      '出不来气',
      '喘不动',
      '喘不过气',
      '喘不了气',
      '上不来气',
      '透不过气',
      '透不了气',
      '呼吸困难',
      '呼吸不了',
      '不能呼吸',
      '噎住',
      '卡住喉咙',
      '压了块石头',
      '压着块石头',
    ],
    patterns: [
      new RegExp(`胸口${W(8)}(?:疼|痛|闷|压|堵|紧|刀割|针扎|撕|踩|捏|攥|勒)`),
      // 心口跟针扎似的 (心口堵得慌 is a heavy heart).
      new RegExp(`心口${W(8)}(?:疼|痛|压|堵(?!得慌)|紧|刀割|针扎|撕|踩|捏|攥|勒)`),
      /(?:喘气|呼吸|吸气)[^ ]{0,2}都(?:疼|痛|困难|费劲|难)/,
      // 喘不过来, 喘不上来, and the typed-by-sound 喘不过起.
      /喘不(?:过|上|动|到|匀)|吸不上气|透不过来/,
      // 透唔到气, 唞唔到气 (Cantonese, read as 透不到气): no air (round 41).
      /(?:透|唞|抖)不(?:到|过|了|上)(?:来)?气/,
      // 面都紫咗 (Cantonese 面 is the face): purple (round 41).
      /(?<![见方上下前后里外表全路地桌封画对见当会])面(?:色)?(?:都|也|开始)?(?:发紫|紫了|发青|青了|青紫|乌紫|灰白|铁青)/,
      // 出气 is breathing in Hunan and Hakka speech: 出气都出不赢 (cannot keep up), 出气好费力.
      new RegExp(`出气${W(2)}(?:出不(?:赢|来|过来|匀)|困难|费劲|费力|好难)`),
      // 心里憋得慌 is a heavy heart.
      /(?<!心里)憋得慌/,
      new RegExp(`心脏${W(4)}(?:难受|不舒服|疼|痛|受不了|攥|揪|捏)`),
      // Colour signs: 嘴唇乌紫, 脸色灰白, 脸都紫了.
      new RegExp(`(?:嘴唇|嘴|脸|脸色|指甲|浑身|全身|身上)${W(3)}(?:发紫|发青|青紫|乌紫|紫了|灰白|发灰|铁青)`),
      // 嘴唇发黑 (脸黑了 is anger).
      new RegExp(`(?:嘴唇|指甲)${W(2)}(?:发黑|黑了)`),
    ],
    together: [
      [CHEST, RADIATING],
      // A hand at the throat and no voice: 捂着喉咙 脸憋得通红 说不出话 (choking).
      [/(?:捂|抓|掐)(?:着|住)?[^ ]{0,3}(?:喉咙|脖子|嗓子)/, /说不出话|发不出声|憋得|喘不|咳不出/],
      // Food stuck and no air or cough: 吃花生卡住了 咳不出来.
      [
        /(?:吃|喝|吞|含)[^ ]{0,6}(?:卡住|卡着|卡到|噎)/,
        /咳不出|喘不|说不出话|发不出声|出不了声|憋[得红紫青]|翻白眼|发紫/,
      ],
    ],
    latin:
      /\b((clutch|hold|grabb|gripp)(ing|ed)? (his|her|my) chest|chest (is |feels )?(so |really |very |super )?(pains?|hurts|hurting|tight|tightness|heavy|crushing|burning)|heart attack|can ?t breathe|cannot breathe|(can|could) (barely|hardly) breathe|(throat|airway) (is |s )?(closing|swelling shut)|(can ?t|cannot) breath\b|can ?t catch (my|his|her) breath|trouble breathing|struggling to breathe|short of breath|breathless|wheez\w*|asthma attack|chok(ing|ed)|(sitting|pressing|weight) on (his|her|my) chest|(elephant|weight|brick|truck|ton of bricks)\b.{0,6}\b(sitting|standing|pressing|pushing|lying) on|can ?t get (any |enough )?air\b(?! (in|into|through|to|for)\b)|(hard|difficult|struggling) to get (any )?air( in)?\b(?! (the|a|my|his|her|into|to|tyres?|tires?)\b)|gasping for (air|breath)|chest (feels )?(heavy|crushing)|pressure (in|on) (his|her|my) chest)\b/,
  },
  medical: {
    // Stroke, seizure, severe allergy, very high fever with confusion.
    phrases: [
      '嘴歪',
      '嘴角歪',
      '流口水',
      '说不了话',
      '嘴角耷拉',
      '嘴角往下',
      '嘴也歪',
      '口齿不清',
      '说话含糊',
      '说话含含糊糊',
      '说话说不清',
      '说话不利索',
      '说话都不利索',
      '大舌头',
      '舌头发硬',
      '舌头不听使唤',
      '半边身子',
      '半边身体',
      '半边脸',
      '中风',
      '偏瘫',
      '脑梗',
      '脑溢血',
      '癫痫',
      '羊癫疯',
      '羊角风',
      '口吐白沫',
      '嗓子肿',
      '喉咙肿',
      '过敏性休克',
      '全身起疙瘩',
      '高烧不退',
      '突然不说话',
      '蛇咬',
      '被蛇',
      '毒蛇',
    ],
    together: [
      [PREGNANT, PREGNANCY_DANGER],
      // A diabetic whose mind is slipping: 有糖尿病 叫他反应很慢, 说胡话 — a low, whatever else is said.
      [
        /糖尿病|胰岛素|\b(diabet\w*|insulin)\b/,
        // …or down, gone quiet or unable to hold a cup (突然瘫坐下去 杯子都拿不住, 出溜到地上 叫他光瞪眼不说话 — round 41).
        /反应[^ ]{0,2}(?:慢|迟钝)|说胡话|胡言乱语|叫不太醒|迷迷糊糊|不认(?:识)?人|说话不清|语无伦次|颠三倒四|含糊|瘫(?:坐|倒|软|在|了|下)|出溜|溜到地上|倒(?:在)?地|倒下|栽倒|(?:叫|喊|问)[^ ]{0,4}(?:不应|不说话|不吭声|光瞪眼|瞪着眼)|拿不住|握不住|\b(confused|not making sense|drowsy|slumped|collapsed|passed out|can ?t (even )?tell (me|us) (his|her) (own )?name)\b/,
      ],
      // Lips gone blue and short of air, however mildly said (有点喘不上气 嘴巴有点发紫 — round 38): a body short of
      // oxygen. Lips blue from the cold with a heater asked for are set aside before (withoutColdColour: lips, hands or fingers).
      [BLUE_LIPS, SHORT_OF_AIR],
      // An allergy and the body reacting, said anywhere: 过敏 … 脸肿成猪头了 呼吸也不太顺.
      [/过敏|\ballerg\w*/, /肿|喘|呼吸|晕|疹|疙瘩|风团|堵|\b(swell\w*|swollen|breath\w*|wheez\w*|hives)\b/],
      // A food that many are allergic to, eaten, and the throat, tongue or lips swelling: 吃了花生酥 喉咙都肿了.
      [
        // …named before the eating too (客人送的花生糖我吃了一块), or in English with no verb (a mango smoothie — round 41).
        /(?:吃|喝|尝|食)[^ ]{0,6}(?:花生|虾|海鲜|螃蟹|蟹|贝|蚝|芒果|坚果|腰果|核桃|杏仁|菠萝|芝麻|蜂蛹|蚕蛹|蝉蛹|知了|荞麦)|(?:花生|虾|海鲜|螃蟹|蟹|芒果|坚果|腰果|核桃|杏仁|菠萝|芝麻|蜂蛹|蚕蛹|蝉蛹|知了|荞麦)[^ ]{0,6}(?:我|他|她)?(?:吃|喝|尝|食)(?:了|咗|过|完)|\b(ate|eaten|eating|had)\b.{0,20}\b(peanuts?|shrimps?|prawns?|shellfish|crab|nuts?|mango)\b|\b(there (were|was) (some )?|(had|with|contained|containing|made with) (some )?)(peanuts?|shrimps?|prawns?|shellfish|crab|nuts|mango)\b|\b(?:ate|eaten|eating|had)\b.{0,20}\bsesame\b|\b(peanut|shrimp|prawn|mango|cashew|walnut|almond|sesame)s? (smoothie|bun|bread|shake|juice|cake|sauce|butter|candy|cookies?|biscuits?|snacks?|soup|noodles)\b/,
        // The throat closing as if gripped, the face swelling, swallowing hard (喉咙好像被掐住 脸肿起来 吞口水都很困难;
        // throat tight, tongue getting thick — round 41).
        // …the throat stuffed or the voice gone strange, the eyes swollen shut (喉咙里好像塞了团棉花, 讲话声音都变了, 说话嘶嘶的,
        // 眼睛肿起睁不开 — round 43).
        /(?:喉咙|嗓子|喉头|舌头|嘴唇)[^ ]{0,3}肿|(?:喉咙|嗓子|喉头)[^ ]{0,4}(?:被掐|掐住|发紧|好紧|很紧|堵住|卡住)|(?:喉咙|嗓子|喉头)[^ ]{0,6}(?:塞|堵)(?:了|着|住)|(?:声音|嗓音)[^ ]{0,3}(?:变了|哑了|嘶哑|怪了)|(?:说话|讲话)[^ ]{0,2}(?:嘶嘶|沙哑|哑了)|眼(?:睛|皮)[^ ]{0,2}肿(?:起|了|得|成|到)|(?:脸|嘴)[^ ]{0,2}肿(?:起来|了|得)|吞(?:口水|咽|东西)[^ ]{0,4}(?:困难|好难|很难|都难|不下)|咽不下|\b(throat|tongue|lips?)\b.{0,12}\b(swell\w*|swollen|tight\w*|thick\w*|closing)\b|\bhard to swallow\b|\bvoice (?:sounds |is |went |has gone |s )?(?:hoarse|raspy|funny|strange|weird|different)\b|\beyes? (?:are |is )?(?:swollen|swelling) shut\b/,
      ],
      // A medicine or an injection just taken, the lips, tongue or throat swelling, and the breath or the whole skin
      // going (刚打完针 全身痒 嘴唇肿起来了 呼吸有点不太顺 — round 39): a drug allergy turning to shock.
      [
        /打(?:完|了|过)?[^ ]{0,2}针|输(?:完|了)?液|吊(?:完|了)?(?:瓶|水)|打(?:完|了)?点滴|(?:吃|服|喝)(?:完|了|下)?[^ ]{0,4}药|\b(injection|jab|shot|antibiotics?|penicillin|took (a|the|my|some) (pill|tablet|medicine|meds))\b/,
        /(?:喉咙|嗓子|喉头|舌头|嘴唇|嘴巴)[^ ]{0,3}肿|\b(throat|tongue|lips?)\b.{0,12}\b(swell\w*|swollen)\b/,
        /呼吸|喘|憋|胸闷|(?:全身|浑身|身上|满身)[^ ]{0,3}(?:痒|疹|疙瘩|风团|红)|\b(breath\w*|wheez\w*|hives|rash|itch\w* all over)\b/,
      ],
      // A fever with the neck gone stiff and spots coming out or the mind slipping (发烧两天 脖子硬得低不下头 身上起了好多紫红的
      // 小点点, fever and a stiff neck and so drowsy — round 43): the brain's lining inflamed.
      [
        /发烧|发热|高烧|烧到|烧了|\b(?:fever|temperature)\b/,
        /脖子[^ ]{0,3}(?:硬|僵|梗)|(?:低不下|低不了|弯不下)(?:头|脑壳|脑袋)|(?:头|脑壳|脑袋)[^ ]{0,2}(?:低不下|低不了|弯不下)|\bstiff neck\b|\bneck (?:is |s )?(?:so |really |very )?stiff\b/,
        /(?:紫|红|出血|血)[^ ]{0,3}(?:点|斑|疹)|点点|斑点|瘀斑|皮疹|疹子|想睡|昏昏沉沉|迷迷糊糊|叫不太醒|反应[^ ]{0,3}慢|吐|怕光|\b(?:rash|spots|drowsy|confused|vomit\w*|light hurts)\b/,
      ],
      // Many stings, or a sting and the body reacting: 被马蜂蛰了好多下 头晕恶心.
      [
        /蛰|蜇|螫|叮了|蜈蚣|蝎子|毒蜘蛛|水母|\bstung\b/,
        /头晕|恶心|想吐|呕吐|喘|晕|肿|好多下|十几|几十|好多口|好几口|很多口|满身|一身|全身|浑身|发软|腿软|\b(dizzy|vomit\w*|swell\w*|breath\w*)\b/,
      ],
    ],
    patterns: [
      new RegExp(`过敏${W(8)}(?:肿|喘|呼吸|晕)`),
      new RegExp(`(?:脸|嘴|嘴角)${W(5)}歪`),
      // Sudden loss of sight: 突然看不见, 一只眼睛全黑了.
      new RegExp(`突然${W(3)}(?:看不见|看不清|失明)|眼睛${W(3)}(?:全黑|看不见|看不到|失明)`),
      // One eye or one side gone: 右边完全看不到, 左眼什么都看不见.
      /(?<!(?:镜|镜子|屏幕|摄像头|监控|灯)[^ ]{0,4})(?:左边|右边|半边|左眼|右眼|一只眼睛?)(?:完全|全|都|啥都|什么都|甚么都)?看不(?:到|见)/,
      // Half the sight gone: 看东西一半是黑的.
      new RegExp(`看东西${W(4)}(?:一半|半边)|(?:一半|半边)${W(3)}(?:看不见|是黑的|黑了)`),
      // A sting or bite that swells the mouth or throat is anaphylaxis in the making.
      new RegExp(`(?:蛰|蜇|叮|咬)${W(10)}(?:嘴唇|舌头|喉咙|嗓子|眼皮|整张脸)${W(3)}肿`),
      // 讲话含糊, 讲嘢含含糊糊: 讲 is 说 in the South and in Taiwan (round 41).
      new RegExp(`(?:说话|讲话|讲嘢)${W(4)}(?:说不清|讲不清|不清楚|含糊|不利索)`),
      /烧到4[0-2]/,
      // A throat closing is anaphylaxis in the making.
      new RegExp(`(?:喉咙|嗓子|喉头)${W(2)}越来越(?:紧|肿|堵|难受)`),
      new RegExp(`(?:喉咙|嗓子)${W(3)}(?:肿|堵)${W(6)}(?:喘|呼吸|说不出)`),
      /破水|羊水破|要生了|早产/,
      // One side that stops working: 左边肩膀到手臂都是麻的, 右腿抬不起来.
      new RegExp(
        `(?:一边|半边|一侧|一只|左|右)${W(6)}(?:手|胳膊|臂|腿|脸)${W(4)}(?:抬不起|没力|没劲|不能动|动不了|麻|不听使唤|拿不住|握不住|使不上劲)`,
      ),
    ],
    latin:
      /\b(snake ?bite|bitten by a snake|snake bit|(face|mouth) (\w+ ){0,2}(to |on )?one side|(face|mouth) (fall|falls|fell|falling|drop|drops|dropped|dropping) down|stroke|droop\w*|can ?t (speak|talk) (properly|clearly|right)|fitting|having (a )?fits?|(mouth|face|smile) (is |looks |went |gone )?(crooked|lopsided|twisted)|suddenly (can ?t|cannot) (speak|talk|see|move|walk)|numb on one side|one side of (his|her|my) (face|body)|can ?t (lift|raise|move) (his|her|my) (left |right )?arm|face (is )?drooping|slurr(ed|ing)|allergic reaction|anaphyla\w*|(throat|tongue) (is |s |are |keeps |started |starting )?(swelling|closing|swollen)|(lips?|face|mouth) and (throat|tongue) (are |is )?(swelling|swollen|closing)|epileptic|seizures?|seizing(?! (my|his|her|the|our|their|up the) )|convuls\w*|fit on the|having a fit|arm is numb|(left|right) arm (went |is |feels |gone )?(numb|dead|tingly)|can ?t feel (my|his|her) (left|right) side|(left|right) side (is |went |gone )?(numb|dead|weak)|seeing double|double vision|fever of 4[0-2]|waters? (has |have )?broke|(in|going into|gone into) labou?r|contractions)\b/,
  },
  'heat-stroke': {
    phrases: [
      '烫得吓人',
      '烫得厉害',
      '中暑',
      '热射病',
      '热晕',
      '晒晕',
      '热昏',
      '不出汗',
      '没汗了',
      '汗都不出',
      '浑身发烫',
      '全身滚烫',
      '浑身滚烫',
    ],
    patterns: [
      // 一滴汗都没有, 汗都冇 (Cantonese, read 汗都没): skin dry in the heat (round 37) — 汗都没干 stays.
      /(?:一滴|一点|半滴|半点)?汗(?:都|也)(?:没有|没出|冇|不出)(?![^ ]{0,1}[干停擦])/,
    ],
    latin:
      /\b(heat ?stroke|sunstroke|heat exhaustion|stop(ped|s)? sweating|(isn ?t|not|no longer) sweating|skin (is )?(very |so |really )?hot|(skin|body|he ?s|she ?s|he is|she is) (\w+ )?hot to the touch|burning (up|hot)|can barely (talk|speak|stand))\b/,
  },
  cold: {
    phrases: ['冻伤', '冻坏了', '失温', '冻得没知觉', '冻晕'],
    // Cold and a body giving up: 北风…人都打摆子了, freezing and confused.
    together: [
      [
        /冷|冻|寒|北风|雪|冰|零下|\b(cold|freezing|snow|icy)\b/,
        // 说话直拌蒜 (Northeastern: the tongue tripping), 敲半天窗户才睁眼 (slow to wake — round 37).
        // …or only a moan for an answer, the tongue tied (叫他就哼哼, 讲话舌头打结 — round 40).
        new RegExp(
          `打摆子|意识不清|意识模糊|没意识|迷糊|说不清|颠三倒四|语无伦次|胡言乱语|说胡话|答非所问|发紫|发黑|僵住|(?:说话|舌头|嘴)[^ ]{0,2}(?:拌蒜|打结)|半天[^ ]{0,2}才(?:睁眼|醒|应|答应|有反应|吱声|出声)|${MURMURED_ANSWER.source}|\\b(confused|blue lips|can ?t feel (my|his|her) (legs|feet|body)|can ?t feel anything)\\b`,
        ),
      ],
      // Someone lying in the snow, with the frost, drink or a barely-there answer told beside it (路边雪堆里躺着个人 喝多了
      // 叫他就哼一声 零下二十多度 — round 39): a body losing heat it cannot get back.
      [
        /(?:(?:雪堆|雪地|雪窝|雪里|雪上|冰面|冰上)[^ ]{0,3}(?:躺|倒|趴|卧|睡)(?:着|了|倒)?|(?:躺|倒|趴|卧|睡)(?:着|了)?(?:在)?(?:雪堆|雪地|雪窝|雪里|冰面))(?![^ ]{0,3}(?:拍照|玩|打滚|打雪仗))|\b(lying|passed out|asleep|collapsed) (in|on) (the )?(snow|ice)\b/,
        /零下|冻(?:青|紫|僵)|喝(?:多|醉)|醉|哼|叫不|喊不|没反应|不动|迷糊|\b(below zero|minus \d+|drunk|freezing|not moving|won ?t wake)\b/,
        // …a person, not a bike fallen in the snow.
        new RegExp(`${PERSON}|有人|个人|醉汉|醉鬼|\\b(guy|man|woman|person|someone|somebody|he|she)\\b`),
      ],
      // Cold or soaked, shivering, and the body going numb or sleepy or the tongue tied: 全身湿透一直发抖 手指都没感觉了 好想睡;
      // 衣服全打湿了 抖得停不下来 讲话舌头打结 (round 40).
      [
        /冷|冻|寒|北风|雪|冰|湿透|打湿|淋湿|淋透|(?:浑身|全身)[^ ]{0,2}湿|\b(cold|freezing|snow|icy|soaked|drenched)\b/,
        SHIVERING,
        /没感觉|没知觉|感觉都没|知觉都没|想睡|犯困|睁不开|(?:说话|舌头)[^ ]{0,2}(?:打结|拌蒜|不利索)|说不清|\b(numb|sleepy|drowsy|slurr\w*)\b/,
      ],
      // Cold, shaking, and not talking or down: "too cold, the rider shaking and cannot talk, lying on snow".
      [
        /\b(cold|freezing|snow|icy|frozen|hypotherm\w*)\b/,
        /\b(shaking|shivering|shiver|shake)\b/,
        /\b((cannot|can ?t|not|no) (talk|speak|answer|stand|get up|walk)|lying|confused)\b/,
      ],
      // Fingers, toes or ears gone black or dark with the frost, hard, numb or blistered (脚指头全黑了 摸着硬邦邦的一点感觉没有,
      // 手指头乌起了 起水泡 — round 43): deep frostbite, the flesh dying.
      [
        /冻|凝冻|零下|冰天雪地|\b(?:frost\w*|freezing|cold)\b/,
        new RegExp(
          `(?:手指头?|指头|脚趾头?|脚指头?|手|脚|耳朵|鼻子)${W(4)}(?:全黑|发黑|黑了|变黑|乌了|乌起|发乌|紫黑|黑紫)|\\b(?:fingers?|toes?|ears?|nose) (?:are |is |have |has )?(?:turned |turning |gone |going )?black\\b`,
        ),
        /一点感觉|没感觉|感觉都没|没知觉|知觉都没|硬邦邦|梆硬|硬了|发硬|水泡|紫泡|血泡|起泡|\b(?:numb|no feeling|can ?t feel|blisters?|hard)\b/,
      ],
      // Numb with cold and drowsy: can't feel my hands and I'm so tired.
      [
        /\b(snow|freezing|cold|icy|frozen)\b/,
        /\bcan ?t feel\b/,
        /\b(so tired|sleepy|drowsy|confused|can ?t stay awake|getting tired)\b/,
      ],
    ],
    patterns: [
      // 手冻僵了 is cold hands; a person frozen stiff is not.
      /(?<![手脚指耳])冻僵/,
      // The whole body frozen hard (浑身冻得梆梆硬 — round 40); food frozen hard is not a body.
      new RegExp(`(?:浑身|全身|身子|身体|整个人|人)(?:都|也)?冻(?:得|到|成)${W(6)}(?:硬|僵)`),
      // 冻得我手都僵了 is cold hands, 冻得不行 a complaint; 冻得人都快不行了 is a body giving up.
      new RegExp(
        `冻得(?![^ ]{0,2}(?:手|脚|指|耳|脸))${W(8)}(?:没知觉|发紫|不会动|说不了话|说不出话|不利索|晕|(?:快|要|人都|都)不行|僵|硬了)`,
      ),
    ],
    latin: /\b(hypotherm\w*|frostbite|frozen stiff|freezing and (confused|shaking|can ?t))\b/,
  },
  poisoning: {
    // Charcoal or a stove indoors and someone not right: carbon monoxide.
    together: [
      // A chemical drunk, told in another clause than the drinking, and the body answering it (拿站里一个矿泉水瓶喝了一大口
      // 是装的消毒水 现在喉咙像火烧 一直在吐 — round 42).
      [DRANK, DRINKABLE_CHEMICAL, SWALLOWED_HURTS],
      // Wild mushrooms eaten, then seeing things, vomiting or down (吃了自己炒的见手青 一个说看见满地小人儿在跑 一个吐得站都站不
      //起来了 — round 35; Yunnan's seasonal poisoning).
      [
        /(?:吃|炒|煮|采)[^ ]{0,8}(?:野生?菌|野蘑菇|毒蘑菇|毒菌|见手青|菌子|蘑菇)|\b(?:wild|foraged) mushrooms?\b/,
        /看见[^ ]{0,8}小人|小人儿?在|幻觉|说胡话|胡言乱语|吐|上吐下泻|站不起来|站不住|晕|没反应|\b(?:hallucinat\w*|vomit\w*|seeing things)\b/,
      ],
      [
        // Or asleep in a cab with the engine or the heater running: 睡在车里开着暖风, "sleep in van with heater on".
        // 热水器是煤气的: a gas water heater in a shut bathroom (round 37).
        /炭|煤炉|炉子|燃气热水(?:器|炉)|热水(?:器|炉)[^ ]{0,3}(?:煤气|燃气|天然气)|(?:煤气|燃气|天然气)[^ ]{0,3}热水(?:器|炉)|(?:车里|车上|车内|驾驶室|驾驶座|货车|面包车)[^ ]{0,8}(?:暖风|打着火|发动机)|睡[^ ]{0,6}(?:开着|打着)(?:暖风|火|发动机)|\b(charcoal|brazier|stove)\b|\b(sleep\w*|slept|asleep) in (the |a |his |her |my |our )?(van|car|cab|truck)\b.{0,20}\b(heater|engine)\b/,
        // …or shut in and not answering: 门反锁 敲了半天没人应, 窗户缝都糊上了.
        // 头好痛 好想呕 坐在地上起不来 (round 41): the head, the stomach, the legs going.
        /没起床|叫不醒|头晕|头疼|头痛|头[^ ]{0,2}(?:疼|痛)|想呕|作呕|想吐|起不(?:来|返)|站不起|呕吐|晕|没反应|不动|敲(?:门)?[^ ]{0,4}(?:没人|没有人|不)(?:应|开)|敲(?:门)?[^ ]{0,4}(?:没声音|没动静|没反应)|敲不开|(?:窗|门)[^ ]{0,4}(?:糊|封|堵|贴)(?:上|住|死)|\b(won ?t wake|dizzy|vomit\w*|headache|no answer|not answering)\b/,
      ],
    ],
    phrases: [
      '中毒',
      '农药',
      '服毒',
      '喝毒药',
      '吸毒过量',
      '敌敌畏',
      '除草剂',
      '杀虫剂',
      '毒鼠强',
      '吃错药',
      '百草枯',
      '老鼠药',
      '误食',
      '误吃',
      '误喝',
      '误服',
      '一氧化碳',
      '煤气中毒',
      '喝了药',
      '吃了一瓶',
      '一整瓶',
      '洁厕灵',
    ],
    patterns: [
      // A toxic gas escaping where people work (冷链园库房氨气漏了, 氯气泄漏 — round 39): poisoning, as 煤气漏了 is a fire.
      /(?:氨气|液氨|氯气|硫化氢|毒气|有毒气体|二氧化硫)[^ ]{0,4}(?:漏|泄|冒|跑|喷)/,
      // A child swallowing a battery, magnet or coin: 吞了一颗电池, 纽扣电池吃下去了.
      // 把洗衣凝珠咬破了: bitten open is in the mouth too.
      new RegExp(
        `(?:吞|吃|咽|舔|咬)${W(5)}(?:${SWALLOWED})|(?:${SWALLOWED})${W(3)}(?:吞|吃|咽|舔|咬)(?:了|下|破|开)`,
      ),
      // A household chemical drunk or eaten: 喝了一口洁厕灵, 误喝了消毒水, 把洗厕所的药水喝了 (round 32).
      new RegExp(
        `(?:喝|饮|吃|吞|舔)${W(6)}(?:洁厕|洗厕所|通厕|管道疏通|疏通剂|杀虫剂|除草剂|消毒水|消毒液|84|漂白|洗衣液|洗洁精|清洁剂|防冻液|油漆|农药|灭鼠|机油)`,
      ),
      // Said the other way round: 小孩把洗衣液喝了, 把农药喝了.
      new RegExp(
        `把${W(3)}(?:洁厕|洗厕所(?:的|用的)?(?:药水|水|液)?|通厕|管道疏通剂|疏通剂|杀虫剂|除草剂|消毒水|消毒液|84|漂白|洗衣液|洗洁精|清洁剂|防冻液|油漆|农药|老鼠药|灭鼠|机油|汽油|敌敌畏|百草枯)(?:${W(2)}|当(?:成|作)?${W(4)})(?:喝|吃|吞|舔)(?:了|下)`,
      ),
      // 把药都吃了: all of them.
      new RegExp(`药${W(2)}(?:都|全)(?:吃|吞|喝)(?:了|下)`),
      new RegExp(
        `药${W(6)}(?:吃|吞|喝)了${W(2)}(?:一大?把|一大?瓶|整瓶|好多|很多|一堆|好几[颗片粒]|十几[颗片粒]|几十[颗片粒]|一板)`,
      ),
      new RegExp(
        `(?:吃|喝|吞)了${W(4)}(?:一大?把|一大?瓶|整瓶|一?整?板|一?整盒|好多|很多|一大?堆)${W(2)}(?:药|安定|片)`,
      ),
      // 喝了一瓶敌敌畏: a whole bottle of something that is not a drink.
      /(?:喝|饮|吞)了(?:一|半|整|大半|成)[瓶樽](?!水|饮料|可乐|啤酒|酒|奶|果汁|红牛|矿泉水|茶)/,
    ],
    latin:
      /\b(poison(ed|ing)?|overdos\w*|od ?d|(drank|drunk|swallowed) (something|some \w+|stuff|a \w+)\b.{0,40}\b(pesticide|weed ?killer|rat poison|antifreeze|bleach|paraquat|insecticide)|(drink|drank|drunk|drinking|swallow\w*|ate|eat|eaten) (some |a bottle of |a cup of |the |a lot of )?(pesticide|weed ?killer|rat poison|antifreeze|bleach|paraquat|insecticide)|swallowed (a|the|all|whole|a whole|a bottle|his|her|my)\b.{0,20}\b(pills|tablets|bottle)|took (a hundred|dozens of|\d+) (\w+ )?(pills|tablets)|took (all|a lot of|loads of|a bottle of|a whole bottle of) (the |his |her |my )?(pills|tablets)|carbon monoxide|(ammonia|chlorine|toxic gas|hydrogen sulfide) (leak\w*|escap\w*)|leak\w* (ammonia|chlorine|toxic gas)|(coal|charcoal|stove|heater) (smoke|fumes)\b.{0,60}\b(throwing up|vomit\w*|dizzy|can ?t (stand|get up|wake)|won ?t wake|passed out|unconscious|collapsed|confused)|(swallowed|swallow|swallows|eat|eats|ate|eaten) (a |an |the |some )?(button |coin )?(battery|batteries|magnets?|coin|bleach|detergent pod|razor blades?|blades?|glass|nails?|needles?|pins)|(swallowed|took|taken|ate|downed) .{0,15}\b(whole|all|entire|packet|box|bottle|bunch|handful|lot|too many|loads)\b.{0,20}\b(pills|tablets|painkillers|meds|medicine|paracetamol)|(drank|drunk|swallowed|drinking|ate) (some |a bottle of |the |a cup of )?(bleach|poison|pesticide|weed ?killer|antifreeze|detergent|cleaning (fluid|liquid)|rat poison)|too many (pills|tablets|sleeping pills)|(swallowed|ate|drank|drunk)\b.{0,25}\b(dishwasher|laundry|detergent|washing) (tablets?|pods?|liquid|powder)|took (a )?(handful|bunch|lot) of (\w+ )?(pills|tablets)|(eat|eats|ate|eaten|take|takes|took|swallow\w*) (so |too )?(many|much|lots of|a lot of) (pill|pills|tablet|tablets|medicine|meds))\b/,
  },
  violence: {
    phrases: [
      '钢管',
      '棍子',
      '砍刀',
      '菜刀',
      '水果刀',
      '要砍',
      '冲上来打',
      '打出血',
      '打人',
      '被打',
      '挨打',
      '殴打',
      '打伤',
      '围殴',
      '群殴',
      '砍人',
      '砍伤',
      '拿刀',
      '持刀',
      '持械',
      '械斗',
      '斗殴',
      '动刀',
      '捅人',
      '被捅',
      '刀捅',
      '刀伤',
      '被刺',
      '刺了一刀',
      '捅了一刀',
      '掐脖子',
      '掐我脖子',
      '杀人',
      '弄死',
      '砍死',
      '按在地上',
      '往死里打',
      '抢方向盘',
      '抢劫',
      '打劫',
      '绑架',
      '劫持',
      '推倒',
      '非礼',
      '猥亵',
      '性侵',
      '开枪',
      '家暴',
      '强行拉',
      '强行抱',
      '强行拖',
      '强行带走',
      '拐走',
      '家庭暴力',
      '强奸',
    ],
    patterns: [
      // Held down and beaten (好几个人按到一个骑手在打 — 按到 is southwestern 按着; round 35).
      new RegExp(`(?:按|摁)(?:到|着|住)${W(6)}(?:在|正在)?(?:打|揍|踢|踹)(?![车卡单电听针工])`),
      new RegExp(
        // 拎着刀, 攥着刀, 提着刀 (carried out to the worker), 拿扳手往脑袋上抡.
        `(?:拿|持|举|掏|亮|抄|抡|挥|操|拎|攥|握|提着|提了)${W(5)}(?:刀|枪|棍|棒|砖|酒瓶|硫酸|锤|斧|铁锹|钢管|汽油|皮带|鞭|铁链|凳子|椅子|扳手|扳子|榔头|撬棍)`,
      ),
      // Unambiguous blows (踢我 may be out of a group chat; 踹我 is not).
      // 踹我座椅, 踹他车门: a blow at the worker's thing, not at them (round 37).
      /(?:揍|踹|扇|殴打)(?:我|她|他|人)(?!的?(?:座椅|座位|椅子|椅背|车|门|箱|餐箱|外卖箱))|(?:扇|打)${W(2)}(?:耳光|巴掌)/,
      // Pinned to a wall or the ground and the clothes torn at (按到墙上扯她衣服, 把她摁在地上扒衣服 — round 43): an assault now.
      new RegExp(
        `(?:按|摁|压|顶|推|堵)(?:到|在)${W(4)}(?:墙|地|车|床|角落|墙角)${W(6)}(?:扯|撕|扒|脱|拽)|(?:扯|撕|扒|脱)(?:她|他|人家|我|女的|妹儿|姑娘|小姑娘)的?(?:衣服|裤子|衣裳|上衣|内衣)`,
      ),
      new RegExp(`(?:刀|枪|棍|棒|${POINTED})${W(3)}(?:追|砍|捅|刺|顶|架|抵|逼|指着)`),
      // Something held pressed to the body to make someone pay or come (被人用改锥顶着腰, 拿针管抵着脖子 — round 42).
      new RegExp(
        `(?:用|拿)${W(6)}(?:顶|抵|架|戳|指)(?:着|住|在)(?:我|他|她|人)?(?:的)?(?:腰|脖子|喉咙|肚子|后背|背|心口|胸口|脸|头|太阳穴|眼睛)`,
      ),
      new RegExp(`(?:围着|围住|围在|堵在|堵着|按着|摁着)${W(6)}(?:打|揍|踢|踹)(?!电话|卡|车|单|分)`),
      // Held down by hands and beaten: 两个人按住我打 (按住伤口 打120 is first aid).
      /(?:按|摁|压|揪)住(?:我|他|她|人|我们|他们)[^ ]{0,4}(?:打|揍|踢|踹)(?![电卡车单分印听工针\d])/,
      // A crowd on one person: 一帮人…踹, 几个人打一个.
      new RegExp(
        `(?:一帮|一群|一伙|几个|好几个|十几个)人${W(8)}(?:踹|揍|群殴|围殴|打一个|打他|打她)(?!电话|门)`,
      ),
      // Cornered and beaten: 把骑手堵在巷子里打.
      new RegExp(`把${W(4)}(?:堵|围|按|摁)${W(8)}(?:打|揍|踢)(?!电话|卡|车|单|分)`),
      new RegExp(`(?:打|揍|踢)得${W(4)}(?:血|晕|起不来|动不了)`),
      new RegExp(`掐${W(3)}脖子`),
      /掐(?:着|住)(?:我|她|他)|(?:一直|还在|正在|又|使劲|用力)掐(?:着|住)?(?:我|她|他)|还在追(?!剧|星|单|求)/,
      // Dragged by the hair.
      new RegExp(`(?:拖|揪|扯|拽)着${W(2)}头发`),
      // 一直打我, 动手打我 (又打我电话 is a call).
      /(?:一直|又|还|动手|开始|正在|都)打(?:我|她|他)(?![^ ]{0,3}(?:电话|款|卡|分|招呼|字|游戏))/,
      // 把我往墙上撞: slammed against something.
      new RegExp(`把(?:我|她|他|人)${W(2)}往${W(3)}(?:墙|地|桌|柜)上?(?:撞|摔|砸|磕)`),
      // A threat announced: 他放话说今晚要搞死我, 扬言要废了他.
      new RegExp(
        `(?:放话|扬言|威胁|说|讲|撂话|发信息|打电话|喊)${W(8)}要(?:搞死|整死|弄死|做掉|砍死|杀了|废了|打死|捅死)(?:我|你|他|她)`,
      ),
      // Extortion with a threat: 不给就打, 不交钱就弄死你.
      /(?:不给|不交|不然|否则)[^ ]{0,4}就(?:打|揍|砍|捅|弄死|杀)/,
      new RegExp(`(?<!被[^ ]{0,8})砸${W(3)}(?:头|脑袋)`),
      new RegExp(`(?:拉|拖|拽|塞|抱)${W(3)}上车`),
      // Pushing someone down the stairs, off a bridge: 要把我推下楼梯.
      // Forced into a vehicle: 被一辆黑车上的人硬拽上去了; held for money: 被人绑了.
      // 被人硬拽进一辆面包车: the vehicle may be named.
      /(?:硬|强行|被)[^ ]{0,8}(?:拽|拖|塞)(?:上|进)(?:[^ ]{0,7}车|去)/,
      /被(?:人|几个人|一伙人|他们|坏人|歹徒)?绑(?:了|走|起来)/,
      // Driven off and not let out: 司机不往目的地开 不让我下车.
      /不让(?:我|她|他)下车|\b(won ?t|will not|not) let(ting)? (me|her|him) (out|off|go)\b(?! (online|on|in|into|to|for|with|through|home|back))/,
      new RegExp(`(?:要|想|把)${W(3)}(?:推下|扔下|丢下|推出)${W(2)}(?:楼|楼梯|桥|窗|车|台阶)`),
      /抢(?:我|他|她)(?!的?单)|抢(?:走了?)?(?:小孩|孩子|小女孩|小男孩)/,
      new RegExp(`(?:手里|身上|带着|拿着)${W(2)}(?:刀|枪|棍|砍刀)`),
      // A blade drawn across someone: 用刀划了脸, 被玻璃割伤.
      new RegExp(`(?:刀|刀片|匕首|玻璃|碎瓶)${W(3)}(?:划|割)(?:了|伤|破|开)`),
      new RegExp(`被${W(4)}围(?:住|堵|攻)`),
      // Dragged out of a car or a doorway by force: 要把我拽下来, 把司机从车里揪出来.
      new RegExp(`把(?:我|他|她|人|司机|师傅|骑手)${W(6)}(?:拽|拖|揪|扯)(?:下来|出来|下车|出去|下去)`),
      // 被保安打了, 被顾客打伤: beaten by someone (被…打了差评 is a rating, see NOT_AFTER); 被电打了 is a shock.
      new RegExp(`被${W(4)}(?<!电)(?:打|揍|殴打)(?:了|伤|得|出血|我)`),
      /(?:还在|正在|一直在)(?:打|揍|殴打)(?!工|电话|游戏|球|字|车|折|针|款|包|扫|听|算|印|卡|单|分|仗|卡)/,
      /(?:捅|砍|杀|弄|掐|整|打)死(?:我|你|他|她|人)/,
      // Chased and beaten: 被几个人追着打, 拿着棍子追着砍.
      /追着(?:打|砍|揍|捅|要打)|追(?:我|他|她)(?:打|砍|揍)/,
      // 追着我们师傅打: whoever is named between.
      new RegExp(`追着${W(6)}(?:打|砍|揍|捅)(?!电话|卡|车|单|分|招呼)`),
      /(?:在|正在)(?:打|揍|殴打|围殴)(?:一个|人|我|他|她)/,
      // Beating a partner or a child now: 正打他媳妇呢, 又在打老婆 (正打他电话 is a call).
      /(?:正|正在|还在|又在|在)(?:[^ ]{0,5}(?:东西|家具|桌子|门) ?)?(?:打|揍|踹|掐|抽)(?:他|她)?的?(?:老婆|媳妇|妻子|老公|丈夫|孩子|小孩|女儿|儿子|闺女|女朋友|男朋友|对象|老妈|老娘|老人)|正(?:打|揍|踹)(?:我|他|她)(?![^ ]{0,3}(?:电话|款|卡|分|招呼|字|游戏|算))/,
      new RegExp(`(?:在|正在)${W(3)}(?:打|揍|踢)(?:我|他|她)(?!电话|的电话|一下电话)`),
      new RegExp(`打得${W(3)}(?:凶|狠|厉害)`),
      // 还要打我, 又要砍人: the attacker is still going.
      /(?:还|又|说|扬言|就)要?(?:打|揍|砍|捅|杀|弄)(?:我|他|她|人|死)/,
      new RegExp(
        // …or doused in it (浇了一身汽油 手里攥着打火机 — round 42).
        `(?:汽油|油桶|打火机)${W(6)}(?:烧|点)|(?:烧|泼|浇|淋)${W(2)}(?:汽油|硫酸)|(?:泼|浇|淋)(?:了|着)?(?:一身|满身|全身|浑身|自己一身|身上)(?:的)?(?:汽油|柴油|硫酸|酒精)|(?:汽油|硫酸)${W(2)}(?:泼|浇|洒)`,
      ),
      new RegExp(`(?:用|拿)${W(5)}(?:打|砸|抽|捅|砍)(?:我|他|她|人)(?!${W(2)}电话)`),
      /故意(?:撞|开车撞|拿车撞)/,
      // Done to someone: 被人捅了几刀, 被几个人砍伤, 要杀了他 (要杀了这个算法 is not). Money "cut"
      // (跑腿费被砍了一半, 工资被砍了三成) is a pay complaint, not a knife.
      /(?<!(?:费|钱|价|资|薪|金|贴|成|助|入|额|点)(?:又|都|也|还|就|全)?)被[^ 砍捅]{0,4}(?:捅|砍)(?!价|单|掉|树|柴|了?(?:一半|[一二三四五六七八九十两几半\d]+(?:成|块|元|毛|%)))/,
      /要杀(?:了)?(?:我|你|他|她|人)/,
      new RegExp(`(?:砖|石头|酒瓶|啤酒瓶|棍|铁棍|扳手|锤)${W(4)}(?:砸|打|捅|砍|戳)`),
      // A punch taken or thrown at someone (他一拳怼我左眼上, 眼睛挨了一拳 — round 42): an assault, an emergency only with
      // more told (emergency.ts, `bareBlow`).
      PUNCH,
      // A person dragged away; not a thing carried in (电瓶都拉到屋里充, 货拉到车上).
      new RegExp(
        `(?<!(?:电瓶|电池|电动车|电瓶车|单车|车子|货物?|箱子?|东西|行李|快递|包裹|外卖|家具)(?:都|也|全|又)?)(?:拖|拉|拽)(?:进|到)${W(3)}(?:巷|车|楼|屋|房)`,
      ),
      // Someone being taken: 被陌生人抱走, 把她往车里拉, 把孩子抱上车.
      new RegExp(`被${W(6)}(?:抱走|拐走|强行带走)`),
      new RegExp(
        `(?:把|将)${W(3)}(?:她|他|人|孩子|小孩|女孩|男孩|姑娘|女的|女人)${W(3)}(?:拉|拖|拽|塞|推|抱)(?:进|上|到)?${W(3)}车`,
      ),
      new RegExp(`被${W(8)}往${W(2)}车里(?:拉|拽|拖|塞|推|抱)`),
      new RegExp(`(?:她|他|孩子|小孩|女孩|姑娘|女的)${W(2)}往${W(2)}车里(?:拉|拽|拖|塞|推|抱)`),
    ],
    together: [
      // Held and kicked or beaten on and on: 揪住我们兄弟在地上踢 踢了好久都不停.
      [
        /(?:揪|按|摁|压|抓)(?:住|着|牢)[^ ]{0,8}(?:踢|打(?![针电卡车单分招听工游牌球字])|揍|踹)/,
        /(?:踢|打(?![针电卡车单分招听工游牌球字])|揍|踹)[^ ]{0,3}(?:好久|半天|不停|没停|停不下|一直)|(?:不停|一直|还在|现在)[^ ]{0,3}(?:踢|打(?![针电卡车单分招听工游牌球字])|揍|踹)/,
      ],
      // Groped, then followed and hiding: 刚在电梯里摸我 又跟到楼梯间 我躲在楼上.
      [
        /(?:有人|男的|男人|那人|那个人|他|对方|客人|顾客|司机|保安|老板)[^ ]{0,6}摸(?:我|她)|猥亵|非礼|咸猪手/,
        /跟(?:着|到|住|踪|牢|上)|躲(?:在|到|进)|不敢(?:出去|出来|下楼|回家)/,
      ],
      // Mobbed: 几个人把我车围了 砸窗户 — surrounded, and force used on the person or the car they sit in.
      [
        /(?:把|将)(?:我|他|她|人|我们|司机|师傅|骑手|小哥)(?:的)?(?:车|车子)?(?:给)?(?:围|堵)(?:了|住|上|起来)|围(?:过来|上来)|(?:围住|堵住)(?:我|他|她|人|车)/,
        // 在推他: pushed about.
        /砸|拽|拖(?!车)|揪|扯|踹|撬|推搡|推(?:我|他|她|人)|动手|揍|打(?!电话|卡|车|单|分|招呼|听|工)|\b(smash\w*|drag\w*|kick\w*)\b/,
      ],
      // Cornered and robbed there: 被三个男的堵在车库 手机被抢了 (blocked at a door till one pays for spilt soup is
      // urgent; a gate shut to visitors is not even that).
      [
        /(?:被|把我|把他|把她)[^ ]{0,10}(?:堵|围|困)(?:在|住|着)|(?:堵|围)(?:住|着)(?:我|他|她)/,
        /抢(?:了|走|我|他|她)|被抢|\b(robbed|mugged)\b/,
      ],
      // Followed, and the follower still there or armed: 一路跟着我 到了楼下还不走, 尾随我进电梯
      // (一辆车跟着我到家楼下 好怕 is frightening, and urgent).
      // Hiding while they are still looking: 我躲在垃圾桶后面 他们还在找我.
      [
        /躲(?:在|进|到|起来)|藏(?:在|进|起来)|(?:跑|逃|冲)(?:进|到)|\b(hiding|hid) (in|behind|under)\b/,
        new RegExp(
          `(?:他们|那人|那个人|对方|那帮人|那伙人|那几个人|那个男的|那个女的)${W(3)}(?:找我|追我|堵我|守着|堵着|门口|外面|楼下)|\\b(they ?re|they are|he ?s|he is) (still )?(looking for|after|outside|waiting)\\b`,
        ),
      ],
      [
        // 跟了我三条街, 一直跟到我楼下, being followed by a man: how long or how far says it is no chance.
        // 被人跟了三条街 (round 31): the same said in the passive.
        /被[^ ]{0,4}跟(?:了|着|住)?[^ ]{0,2}(?:\d+|[一二两三四五六七八九十几半好])(?:条街|条路|个路口|站|公里|里路|分钟|小时)|(?:一路|一直|还在)跟(?:着|住|紧)(?:我|她|他)|跟(?:着|住)(?:我|她|他)(?:进|到)了?|跟(?:了|着|住)(?:我|她|他)[^ ]{0,4}(?:条街|条路|个路口|站|公里|分钟|小时|一路|好久|半天|好远)|(?:一直|一路)跟到|(?:从|由)[^ ]{0,8}跟到(?:我|她|他)|跟到(?:我|她|他)(?:家|住的|的)?(?:楼下|门口|小区|楼道|家门|宿舍)|尾随|跟踪(?:我|她|他)|\b(following|stalking|followed) (me|her|him)\b|\b(being|been) followed\b/,
        // 我停他也停: the follower keeps pace.
        /(?:我|她|他)(?:停|走|跑|快|慢|拐)[^ ]{0,3}(?:他|她|它)(?:也|就|又)(?:停|走|跑|快|慢|拐)|躲(?:在|进|到)|藏(?:在|进)|还不走|不肯走|还在|还跟|说要|威胁|堵在|堵住|把(?:我|她|他)[^ ]{0,2}(?:堵|逼|围)|扬言|\b(threaten\w*|said (he|she) ?d)\b|进电梯|进了电梯|堵着|手里|拿着|不敢(?:上楼|下楼|回家|进门|开门|下车|出去)|已经[^ ]{0,3}(?:分钟|小时)|也进来了|跟(?:了)?进(?:来|去)|现在[^ ]{0,4}(?:楼下|门口|外面)|\b(still|right now|now|for (\w+ )?(blocks|minutes|streets))\b/,
      ],
    ],
    latin:
      /\b(stabbed|stabbing|knife|machete|gun|(?<!heart )attack(ed|ing)?|beat(ing|en)? (me|him|her|up|a|someone)|(being|getting|got) beaten|assault(ed)?|punch(ed|ing)(?! (the|a|his|her|my) (seat|wall|door|window|dashboard|table|steering wheel|air|bag|pillow|car))|hit me|hitting me|by the throat|strangl\w*|(?<!\b(boss|mum|mom|mother|dad|father|manager|wife|girlfriend|teacher|parents?|orders?|job|work|shift|traffic|heat|weather|app|platform|rain|this|it)\b.{0,20})kill (me|him|her|you)|mugg(ed|ing)|jumped me|snatch(ed|ing)|(dragg(ed|ing)|pulling) (me|him|her)|grabb(ed|ing) the (steering )?wheel|robb(ed|ing|ery)|(got|been|was|is|being) shot|someone is shooting|rap(ed|ing|e)|sexual(ly)? assault\w*|molest\w*|grop(ed|ing)|hostage|kidnap\w*|(husband|boyfriend|father|dad|man|guy|he|someone) (is |s )?(hitting|beating|punching|kicking|choking) (her|him|me|them|the kids?)\b|(guys|men|people|of them|they|gang) (are |were |re )?(all )?(hitting|beating|punching|kicking|stomping( on)?) (one|a|an|him|her|me|someone|the (rider|courier|driver|guy|man|woman|worker))\b|(?<!\b(heat|sun|weather|cold|rain|wind|traffic|work|life|bills?)\b.{0,12})\b(are|keep|kept|started|still) (hitting|beating|kicking|punching) (him|her|me|them)\b|(hitting|beating|punching|kicking|choking|strangling) (his|her|my|their|a|the) (wife|husband|girlfriend|boyfriend|partner|kid|child|son|daughter|mother|father|mum|mom|dad)|break(ing)? (in|into) (my|our|the|his|her) (room|home|house|flat|apartment)|(with|holding|has|had) an? (hammer|axe|bat|pipe|brick|bottle|blade|machete)|(poured|doused|soaked|splashed) (\w+ ){0,2}(petrol|gasoline|gas|fuel|lighter fluid) (all )?(over|on) (himself|herself|themselves|him|her|me)|(doused|soaked|drenched) (himself|herself|themselves|him|her) in (petrol|gasoline|fuel|lighter fluid)|(held|holding|holds|pressed|pressing|put|puts|pointed|pointing|jabbed|shoved) (a|an|his|her|the|this) (\w+ )?(knife|blade|syringe|needle|screwdriver|bottle|gun|box ?cutter|scissors|shank) (to|at|against|into) (my|his|her|our|the|someone s) (neck|throat|back|side|stomach|belly|face|head|ribs|chest)|(pull|drag|forc|bundl|push|grabb|snatch)\w* (a |the |my |his |her |this |that )?(kid|child|girl|boy|woman|toddler|baby|her|him|me) into (a|the|his|their) (van|car|vehicle|truck)|with a (bat|pipe|bottle|brick|shovel|spade|hammer|axe|crowbar|wrench)|(with|holding|carrying|swinging) (sticks|bats|pipes|knives|clubs|machetes|bricks|iron bars|steel pipes)|(hitting|hit|smashing) (him|her|someone|the other( guy)?|a \w+) (on|over) the head|(smash\w*|broke|bash\w*|hit|threw|swung|brought) (a|an|the|his|her|their|some) (\w+ )?(bottle|brick|glass|chair|stool|pipe|bat|stick|rock|stone|can|plate|bowl|mug|ashtray) (on|over|into|across|at) (my|his|her|their|our|the|a \w+ s) (head|face)|(he|she|they) ?(ll|will|is going to|are going to|re going to|threatened to) (hurt|kill|stab|beat|cut)|(?:ripping|tearing|pulling) (?:off )?(?:her|his|my) (?:clothes|shirt|top|blouse|pants|trousers|skirt)|pinned (?:her|him|me) (?:against|to|on) (?:the |a )?(?:wall|ground|floor|car|bed))\b/,
  },
  'self-harm': {
    phrases: [
      '天台',
      '楼顶边',
      '跳下去',
      '结束这一切',
      '结束一切',
      '了结这一切',
      '一了百了',
      '安眠药',
      '不想活',
      '活不下去',
      '活着没意思',
      '离开这个世界',
      '离开人世',
      '不想活',
      '活着太累',
      '活着好累',
      '活着真累',
      '活够了',
      '死了算了',
      '不如死了',
      '活着没劲',
      '想死',
      '去死',
      '自杀',
      '自尽',
      '轻生',
      '跳楼',
      '跳河',
      '跳桥',
      '跳江',
      '寻死',
      '割腕',
      '一死了之',
      '找绳子',
      '跳海',
      '投河',
      '投江',
      '卧轨',
      '自残',
      '伤害自己',
      '再也不见',
      '永别了',
      '寻短见',
      '不想醒过来',
      '不想醒来',
      '一睡不醒',
      '上吊',
      '烧炭',
      '想不开',
      '了结自己',
      '了断',
      '来世再见',
      '晚安世界',
      '再见世界',
      '再见了世界',
      '告别这个世界',
      '下辈子再见',
      '下辈子见',
      '以后就靠你们了',
      '做傻事',
      '结束生命',
      '结束自己',
      '遗书',
      '东西都送人',
      '东西全送人',
      '交代后事',
      '遗言',
      '劝不下来',
      '谁劝都',
      '撑不下去',
      '不想再撑',
      '不想撑了',
    ],
    patterns: [
      new RegExp(`从${W(5)}(?:楼|桥|天台|窗)${W(3)}跳`),
      new RegExp(`手腕${W(3)}割|割${W(2)}手腕`),
      // 割手, 割自己 (割到手 while cooking is an accident).
      /(?<![到被])割了?(?:自己|手(?![套机指]))/,
      // A threat to jump from up high: 他就跳下来.
      /(?:就|要|想|准备)跳下来/,
      // A farewell: 明天大家就见不到他了.
      new RegExp(`(?:再也|以后|明天|永远)${W(4)}见不到(?:我|他|她)`),
      // Sorry to everyone, then silence: 发消息说对不起大家 电话关机.
      new RegExp(`对不起(?:大家|爸妈|家人|你们|所有人)${W(12)}(?:关机|联系不上|打不通|找不到|不见了)`),
      // 活着没得意思 (没得: southwestern, Hunan, Hubei), 活着没有意思, 活着都没啥意思.
      /活着(?:真|都|也|还)?没(?:得|有)?(?:啥|什么|么子)?意思/,
      // 不想再活下去, 不想这样活着 (不想干活 is work).
      /不想(?:再|继续|这样)?活(?:下去|着|了)/,
      // 讲以后用不到了 (said he won't need them any more), with nothing named it is said of (这个保温箱以后用不着了
      // is a thing given away).
      /(?:^| )(?:[他她]?(?:说|讲)了?)?(?:我|他|她)?(?:以后|往后)(?:都|再也)?用不(?:着|到|上)了?(?= |$)/,
      // 不想在这世上待了, 不想留在这个世界上: not wanting to stay in the world.
      /不想(?:再)?(?:在|留在|待在|呆在|活在)?(?:这个?)?世(?:上|界上?)(?:待|呆|活|留)?(?:了|下去|着)?(?= |$)/,
      new RegExp(
        `活着${W(3)}(?:没意思|没意义|没劲|太累|好累|真累|痛苦|煎熬|有什么意思|有啥意思|意思都没有|干什么)`,
      ),
      // Nobody can talk them down: 谁叫都不下来.
      /(?:叫|劝|喊)都不(?:下来|肯下)|不肯下来/,
      // Out past a railing or on a sill: 站在天桥栏杆外面, 坐到窗台外边.
      new RegExp(`(?:站|坐|爬|翻)(?:在|到|出)${W(4)}(?:栏杆|护栏|围栏|窗台|窗户|楼顶|天台)(?:外面|外边|外)`),
      new RegExp(
        `(?:楼顶|天台|房顶|窗台|楼边|桥边|桥上|江边|栏杆外|栏杆边|铁轨)${W(6)}(?:坐着|站着|躺着|不下来|坐了|站了|不肯下|往下看|徘徊|不走)`,
      ),
      // Over the railing of a bridge or a roof: 天桥上有个人翻过栏杆了 (翻护栏过马路 is jaywalking).
      new RegExp(`(?:桥|楼顶|顶楼|天台|阳台|窗台)${W(8)}翻(?:过|出|到)${W(2)}(?:栏杆|护栏|围栏)`),
      // 楼顶有个人 … 好像要跳: about to jump from a high place (跳舞, 跳绳 are not); 要往下跳 the same (round 31).
      new RegExp(
        `(?:楼顶|顶楼|天台|房顶|窗台|楼边|桥上|桥边|栏杆外)${W(10)}(?: [^ ]{0,4})?(?:要|想|准备|打算)(?:往下)?跳(?![舞绳槽高远水])`,
      ),
      // Walking into the water alone: 一个人往江里走.
      // 楼下有人跳下来了: someone jumped.
      /有人[^ ]{0,2}跳(?:下来|下去|楼)了/,
      // 有个后生仔跳咗落海, 有人跳江了: someone jumped into the water.
      new RegExp(`(?:${PERSON}|有个)${W(4)}跳(?:了)?(?:进|落|下)?(?:海|河|江|湖|水库)`),
      // 他要跳了: about to jump.
      /(?:他|她|有人|人)[^ ]{0,2}(?:要|想|准备)跳(?:了|下去|楼|(?= |$))/,
      new RegExp(`往${W(2)}(?:江|河|海|湖|水)(?:里|中)${W(2)}(?:走|去|跳)`),
    ],
    // A high place or water and despair, wherever each is said: 这日子没法过了 我站在楼顶了.
    // A farewell and then silence: said goodbye to everyone and switched off his phone.
    together: [
      [FAREWELL, SILENCE],
      // Thanks for the years or a debt given up on, a location sent, then no answer: 谢谢哥这两年照顾 钱我还不上了 然后发了个
      // 天塔的定位 打电话不接 (round 34).
      [THANKS_OR_DEBT_GIVEN_UP, PLACE_SENT, SILENCE],
      // Thanks for the years, no more trouble to anyone, then no answer: 谢谢我这两年照顾他 以后就不用再麻烦大家了 现在打电话都不接
      // (round 38).
      [THANKS_OR_DEBT_GIVEN_UP, NO_MORE_TROUBLE, SILENCE],
      // A goodbye with passwords or belongings handed over: 要和大家告别 把银行卡密码都发群里了.
      [FAREWELL, HANDOVER],
      // Family entrusted and things handed over: 电动车留给我了 让我帮他照顾他妈.
      [ENTRUST, HANDOVER],
      // Money or papers of one's own handed over, then silence: 把银行卡都塞给我了 电话关机.
      [BELONGINGS_HANDED, SILENCE],
      // …or with a farewell: 钥匙和银行卡都给室友了 跟他说以后别找我.
      [FAREWELL, BELONGINGS_HANDED],
      // Round 31: passwords or savings handed over, and going to a bridge, a roof or the water (银行卡密码发给我妈了
      // 今晚去大桥上站一下): what someone settles before leaving for good.
      [MONEY_PASSWORDS_GIVEN, EDGE_PLACE],
      [BELONGINGS_HANDED, EDGE_PLACE],
      // In a bath and the water red: 躺在浴缸里 水是红的.
      [/浴缸|浴盆|\b(bath|bathtub|tub)\b/, /水[^ ]{0,3}红|血|\b(water is red|red water|blood)\b/],
      // One foot over: 在阳台上 一只脚已经跨出去了.
      [
        /阳台|窗台|窗户|楼顶|天台|桥|栏杆|\b(balcony|window|ledge|railing)\b/,
        /(?:脚|腿)[^ ]{0,3}跨出去|跨出去了|\b(one (leg|foot) over)\b/,
      ],
      // Crying and sorry, then nobody answers: 一直哭 说对不起 然后就挂了 再打就没人接了.
      [/哭[^]{0,8}对不起|对不起[^]{0,8}哭|\b(crying|sobbing)\b.{0,20}\bsorry\b/, SILENCE],
      // A note left, then a locked door or no answer: left a note and locked himself in.
      [
        /留了?(?:一)?(?:张|封)(?:纸条|信)|遗书|\b(left a note|suicide note|goodbye note)\b/,
        /反锁|锁在|不接|不应|不回|关机|联系不上|\b(locked|won ?t answer|not answering|no answer|phone (is )?off)\b/,
      ],
      // At the water's or roof's edge, shoes off or the phone thrown away: 在江边哭 手机扔了 鞋也脱了.
      [
        /江边|河边|海边|湖边|桥上|桥边|天台|楼顶|\b(river|bridge|roof|pier)\b/,
        /鞋[^ ]{0,2}脱|脱[^ ]{0,2}鞋|手机[^ ]{0,2}扔|扔[^ ]{0,2}手机|\b(took off (his|her) shoes)\b/,
      ],
      // Charcoal got ready in a closed room: 买好了炭 在出租屋里.
      [
        /(?:买|备|准备)(?:好|了)[^ ]{0,3}(?:木)?炭|炭[^ ]{0,3}(?:买好|准备好|备好)/,
        /出租屋|屋里|房间|宿舍|车里|门窗|封|胶带|\b(room|car)\b/,
      ],
      [DESPAIR, MEANS_READY],
      // Pills saved up, said to someone, then silence: 他跟我说药都攒好了 今天一天没上线 电话也关机 (round 35). Saved or
      // hidden, not merely bought (药买了 is an errand).
      [
        /(?:药|安眠药|农药|老鼠药|炭|绳子)[^ ]{0,3}(?:攒|囤|藏好|准备好|备好)|(?:攒|囤)(?:了|够|好)?[^ ]{0,3}(?:药|安眠药)/,
        SILENCE,
      ],
      // The last shift done and the gear left behind, with the cold or deep water pictured (今天最后一单送完了 钥匙和头盔放站里了
      // 以后不用给我排班了 闽江的水应该挺凉的 — round 39): a leaving that is not quitting a job.
      [
        /最后一(?:单|趟|班)|以后(?:都|就)?(?:不用|别|不要)(?:再)?(?:给我|帮我|跟我)?(?:排班|排我|派单|留|等我)|(?:钥匙|头盔|工牌|工服|餐箱|外卖箱|保温箱|电动车|车)[^ ]{0,8}(?:放|留|交|还)(?:在|到|给)[^ ]{0,2}(?:站|店|公司|桌|柜|你)|\b(last (delivery|order|shift|run)|(don ?t|no need to) (schedule|roster|wait for) me)\b/,
        new RegExp(
          `(?:江|河|海|湖|水库|涌)(?:里|的|里的|边的)?水${W(4)}(?:凉(?![快爽])|冷|冰|深|急)|\\bthe (water|river|sea) (must|should|will|would|is going to) be (cold|deep|freezing)\\b`,
        ),
      ],
      // A goodbye and the means or the plan: 跟大家说声再见 药我都买好了.
      [FAREWELL, MEANS_READY],
      // Thanks and goodbye to everyone, the means ready: 各位拜拜 多谢大家照顾 药我已经准备好 不用找我.
      [
        /(?:各位|大家|兄弟们|兄弟|姐妹们)[^ ]{0,1}(?:拜拜|再会|再见)|(?:谢谢|多谢)大家[^ ]{0,2}(?:照顾|关照|这些年)|这些年[^ ]{0,2}谢谢|(?:不用|别|不要)(?:来)?(?:找|寻)我/,
        MEANS_READY,
      ],
      // Two goodbyes, one beyond doubt: 这是我最后一条消息了 谢谢大家一直照顾我.
      [FAREWELL_NOTE],
      // The last time, and the family handed over: 今晚是最后一次见面 让我照顾他家里人.
      [/最后一次(?:见|说|联系|打)|最后一面/, /照顾(?:好)?[^ ]{0,3}(?:家里|家人|爸妈|孩子|老婆|老公)/],
      [
        /楼顶|顶楼|天台|房顶|窗台|窗户边|阳台|桥上|桥边|江边|河边|海边|铁轨|\b(roof|ledge|bridge|balcony)\b/,
        // …or a step off pictured, or debts that would need paying no more (想着往下一迈就啥都不用还了 — round 38).
        /没法过|过不下去|不想活|活不下去|撑不住|撑不下去|绝望|没意思|没意义|对不起|永别|解脱|不用等我|别等我|再见了|别找我|这辈子就这样|一了百了|活够了|往下[^ ]{0,2}(?:迈|跨|跳|蹦|跃|栽)|(?:啥|什么|一切)(?:都|也)?不用(?:再)?(?:还|管|扛|愁|操心)了|\b(can ?t (go on|take it)|goodbye|sorry|no point|worth living|step off)\b/,
      ],
    ],
    latin:
      /\b(burning charcoal|charcoal (burning|in (his|her|the) room)|kill (my|him|her)self|suicid(e|al)|end(ing)? (my|his|her) (own )?life|end(ing)? it( all| tonight)?|self-?harm\w*|(don ?t|doesn ?t|dont|doesnt|do not|does not) want to live|want(s)? to die|(going to|gonna|about to) jump(?! (the )?(queue|line|lights?|start))|jump (off|from)|jump(ed|s|ing) (off|from|into) (the |a )?(bridge|building|roof|balcony|window|overpass|river|sea|ledge|\w+ floor)|(slit|cut|slashed|slashing|cutting) (my|his|her|their) wrists?|gave (all )?(his|her|my) \w+ away|gave away (all )?(his|her|my) |giv(ing|es) (away )?(all |most )?(of )?(his|her|my) (stuff|things|belongings|possessions|savings)( away)?|(don ?t|doesn ?t|dont|doesnt|do not|does not) want to (wake up( again| tomorrow)?(?! (early|late|at|for|so|to|in|\d|tomorrow))|be (here|alive|around) any ?more|exist any ?more)|(standing|sitting) (on|at) (the )?(\w+ )?(edge|ledge)|edge of (the |a )?(roof|rooftop|building|bridge)|do something stupid|on the (railway |train )?tracks|giving (his|her|my) (stuff|things) away|on the (roof|ledge)|hang (my|him|her)self|(hanged|hung) (him|her|them)sel(f|ves)|(someone|somebody|a (man|woman|guy|person|worker)|he|she) (is |s |was )?hanging (in|from|inside) (the|a) (stairwell|stairs|room|bathroom|toilet|closet|wardrobe|tree|ceiling|doorway|garage|warehouse|dorm|shed|basement|hallway)|can ?t (go on|take it|do this) any ?more|no reason to live|better off dead|(life|it) (isn ?t|is not|s not) worth (living|it)|not worth living)\b/,
  },
  fire: {
    phrases: [
      '冒烟',
      '冒黑烟',
      '黑烟',
      '冒白烟',
      '浓烟',
      '着火',
      '起火',
      '失火',
      '放火',
      '纵火',
      '火灾',
      '烧起来',
      '烧着了',
      '自燃',
      '爆炸',
      '冒火',
      '火很大',
      '大火',
      '火势',
      '全是烟',
      '都是烟',
      '火光',
      '焦糊味',
      // A wildfire (沙朗后山起山火了 — round 35).
      '山火',
    ],
    patterns: [
      new RegExp(
        `(?:电池|电瓶|充电柜|充电桩|充电器|充电宝|插头|插座|锂电|煤气罐|气罐|液化气|电动车|电瓶车|电车|滑板车|平衡车|锅炉|高压锅)${W(8)}(?:爆(?!胎|单|灯)|炸|着火|冒烟|起火)`,
      ),
      // Flames going up: 火窜起来了.
      new RegExp(`火苗?${W(2)}(?:窜|蹿)(?:到|上|起)|火${W(2)}(?:窜|蹿|冒|烧|着)(?:起来|出来|上来)`),
      new RegExp(`(?:煤气|燃气|天然气|液化气)${W(4)}(?:漏|味|泄|爆|破)`),
      // Smoke where people are: 屋里烟很大, 有烟 (烟头, 烟酒 are cigarettes).
      new RegExp(
        `烟${W(4)}(?:冒满|弥漫|灌满|充满|冒出来)|(?:有|冒|好多|很多|满屋|一屋子|一股|(?:有|冒)(?:好|很|老|特别)?(?:大|浓)(?:的)?)烟(?![头酒民花灰缸草盒瘾味])|(?<![抽吸香])烟(?![味头酒])${W(2)}(?:很大|好大|特别大|可大|老大|贼大|呛人|呛得|大得很)`,
      ),
      // 楼道着了: a place caught fire (打着了 is an engine, 着了凉 a chill).
      // 充电的电动车着了: a battery or an e-bike on charge caught fire (round 32; an engine is 打着).
      /(?:楼道|楼梯间?|屋里|屋子|房子|房间|厨房|宿舍|出租屋|群租房|隔壁|仓库|店里|楼上|楼下|电动车|电瓶车|电车|电瓶|电池|充电宝)[^ 打点]{0,2}着了(?![凉急迷魔道])/,
      // Smoke pouring in: 烟往屋里灌.
      new RegExp(`烟${W(2)}往${W(3)}(?:灌|冲|涌|钻)`),
      // Gas smells of rotten eggs.
      /臭鸡蛋味/,
    ],
    together: [
      // A burning smell from a room where nobody answers: 隔壁一直有烧焦的味道 敲门没人开.
      [
        /烧焦|焦味|糊味|焦糊|\bburning smell\b/,
        /敲门|没人(?:开|应)|有人在里面|还有人|\b(no answer|someone inside)\b/,
      ],
    ],
    latin:
      /\b(fire(?! (extinguisher|exit|door|safety|drill|alarm))|on fire|explo(ded|sion|de)|(?<!\b(coal|charcoal|stove|heater) )smoke(?! (alarm|detector))|flames?|blaze|smell(s|ing)? like gas|(battery|charger|scooter|e-?bike|plug|socket|wire|wiring|power bank)\b.{0,20}\b(smoking|sparking|hissing|melting|burning)|gas (leak|smell)|smell(s|ing)? (of )?gas)\b/,
  },
  trapped: {
    phrases: [
      '压在',
      '车底',
      '被困',
      '囚禁',
      '软禁',
      '非法拘禁',
      '困在',
      '困住',
      // 困电梯, 关电梯里: shut in a lift, said verb first.
      '困电梯',
      '有人掉进',
      '掉进河',
      '掉进水',
      '掉进海',
      '掉进湖',
      '被压在',
      '困人了',
      '压在下面',
      '压住了',
      '压着了',
      '溺水',
      '落水',
      '被埋',
      '埋在',
      '冲走',
      '被水冲',
      '被冲倒',
      '卷走',
      '挤在墙',
      '夹住',
      '卷进',
      '踩踏',
      '被踩在',
      '踩在下面',
      '踩在脚下',
      '被挤倒',
    ],
    patterns: [
      // Swept in or away by water, said of someone (一个骑手连人带车被冲进去了 — round 35; 井盖被水冲开了 is a thing).
      new RegExp(`(?:${PERSON}|连人带车)${W(6)}被(?:水|浪|洪水|大水)?冲(?:进|走|下|倒|跑)`),
      // Carried off by the waves or a current (被浪卷出去了 越漂越远 — round 43), drifting further out.
      /被(?:浪|海浪|大浪|水|潮水|洪水|急流|漩涡|水流)[^ ]{0,2}(?:卷|拖|吸|带)(?:走|出去|下去|进去|跑|远)|越(?:漂|飘|冲)越远/,
      // Hanging outside high up (蜘蛛人绳子断了一根 人吊在七楼外头直晃悠 — round 43): about to fall; a wire or a sign hanging is
      // a thing.
      new RegExp(
        `(?:${PERSON}|人)${W(4)}(?:吊|悬)在${W(6)}(?:楼外|外墙|外头|外面|外边|半空|窗外|阳台外|栏杆外|桥下|空中)`,
      ),
      // Caught under or between something: 有人卡在卷帘门下头.
      /(?:有人|人|小哥|师傅|骑手|同事|工人)(?:被)?(?:卡|压|夹|困)(?:在|住)[^ ]{0,6}(?:下头|下面|底下|下边|中间|缝里)/,
      new RegExp(`掉进${W(3)}(?:河|水|湖|海|井|坑|江)`),
      // Said place first (Northwestern, Sichuan): 井里掉人了, 河里掉下去一个人 (手机掉河里 is a thing).
      new RegExp(
        `(?:${WATER}|井|坑|洞)(?:里|里头|里面|下面)?(?:掉|落|栽)(?:下去|进去)?了?(?:一个|个|两个|几个)?人(?!家)`,
      ),
      // 关爱卡在手机上哪里看: a card, not someone stuck.
      new RegExp(`(?:(?<![爱行员饭交保用蓄值号m])卡|挤|夹)在${W(10)}(?:里|下面|底下|中间|之间|缝)`),
      // A limb that cannot be pulled out: 腿出不来, 手拔不出来.
      new RegExp(`${BODY}${W(3)}(?:出不来|拔不出|抽不出|卡住了|夹住了)`),
      // Something on top of someone: 压住一个阿姨, 砸到一个小孩.
      /(?:有人|人)被(?:压|埋|卡|夹)(?:了|住|着)/,
      // Anyone named pinned or trampled: 有小孩被压住, 有人被踩在下面, 老人被挤倒了.
      new RegExp(
        `${SOMEONE}被(?:压|埋|卡|夹)(?:了|住|着|在)|${SOMEONE}被(?:踩|挤)(?:倒|伤|在下面|在地上|在底下)`,
      ),
      // 压到一个骑车的人: a few words may describe who.
      new RegExp(`(?:压|砸|夹|卡|埋)(?:住|到|中|着)了?${W(6)}${SOMEONE}`),
      // Terse: 货 压人了, 砸着人了.
      /(?:压|砸|埋|叉|铲|碾|轧)(?:住|到|中|着)?了?人了(?!吗|没)/,
      // 把人埋了, 把他压住了: what fell is said first.
      // …or 埋到了 (southwestern: 把搬运工埋到了 — round 35).
      new RegExp(`把(?:人|${SOMEONE})(?:给)?(?:埋|压|砸)(?:了|住|在|到了)`),
      // 把一姐们儿压底下了: someone counted or with 儿, the 在 dropped before where.
      new RegExp(
        `把(?:一个?|个|那个?|这个?)${SOMEONE}儿?(?:给)?(?:埋|压|砸|扣)(?:了|住|在|到|(?=底下|下面|下头|下边))`,
      ),
      // A limb caught by a machine: 胳膊被传送带卷住了.
      new RegExp(
        `${BODY}${W(2)}被${W(4)}(?:传送带|输送带|输送线|分拣线|流水线|条带|机器|皮带|滚筒|绞盘|搅拌机|压面机|绞肉机|叉车|卷扬机|链条|齿轮)${W(2)}(?:卷|绞|夹|轧|吸)(?:住|进|了|到)`,
      ),
      // Shut in a vehicle: 小孩被锁在车里.
      new RegExp(`${PERSON}${W(3)}(?:锁|关|反锁|困|留|落|忘)在${W(4)}(?:车里|车内|车上|后备箱|尾箱)`),
      // Shut in a cold store, a container, a lift or a truck's box (ENCLOSURE): 有人被锁在冷库里, 同事关在冷藏车厢里
      // (我锁在车厢里的货 is goods).
      new RegExp(`${PERSON}${W(3)}(?:锁|关|困)在${W(2)}${ENCLOSURE}(?![^ ]{0,2}的)`),
      // Said the other way round: 车里锁着个小孩; a car named by its kind (一辆SUV里关着个细伢, round 38).
      // …or of a car counted (有辆车锁着个小孩, round 37).
      new RegExp(
        `(?:车里|车内|车上|后座|(?:辆|台|部)车|(?:辆|台|部)[a-z0-9]{2,8}(?:里|内|上))${W(4)}(?:锁着|关着|困着|留着|落着)${W(2)}${SOMEONE}`,
      ),
      new RegExp(`(?:卡|压|夹)(?:在|住)${W(3)}(?:车轮|轮子|车底|车下)`),
      new RegExp(`(?:砸|压)在${W(2)}(?:下面|底下|下头|下边)`),
      // Beijing 扣 (turned over onto): 人扣在底下 (钱扣在下面 is a deduction).
      new RegExp(`${SOMEONE}${W(2)}扣在${W(3)}(?:下面|底下|下边)`),
      // A limb or a person pinned: 腿压底下了, 人压车下面 (Beijing drops the 在).
      // What is on top may be named: 人压树底下了, 腿压货架下头.
      new RegExp(
        `(?:${BODY}|${SOMEONE})${W(1)}压(?:到|进|在)?${W(2)}(?:底下|下面|下边|下头)|我(?:被)?压(?:到|进)?(?:车)?(?:底下|下面|下边|下头)`,
      ),
      new RegExp(`被水${W(2)}(?:卷|冲|带)(?:走|下去|跑)`),
      /(?:人|他|她|我)(?:还)?在水里/,
      // 睡觉压着胳膊 is a limb gone to sleep.
      new RegExp(`(?<!睡觉|睡着|睡时)压着${BODY}|(?:拔|抽)不出来`),
      // 胸口像被压着 is a chest pain, not a person under something.
      /(?<!像)被压着/,
      // Someone (not a phone) down a hole or in water, or unable to get out.
      new RegExp(`${PERSON}[^ 机匙包]{0,6}(?:出不来|出不去|上不来|掉下去|抽不出来)`),
      new RegExp(
        `${PERSON}[^ 机匙包]{0,4}掉(?:进|到|在)?了?(?:河|水|湖|海|井|坑|江|沟|涝池|池|塘|潭|渠|澡盆|浴缸|水缸|水桶|化粪池|粪池|污水池)`,
      ),
      // Pulled out of the water lifeless: 捞出来没气儿了, 救上来不喘气.
      new RegExp(
        `(?:捞|救|拉|拖)(?:出来|上来) ?${W(4)}(?:没气|不喘气|没呼吸|不出气|没反应|不动|叫不醒|发紫|发青)`,
      ),
      new RegExp(`(?:塌|倒|垮)${W(4)} ?(?:下面|底下|里面)(?:还)?有人`),
      // 脚手架垮了 下面压了两个人: people under a collapse, counted.
      new RegExp(
        `(?:塌|倒|垮)${W(4)} ?(?:下面|底下|里面|下头)(?:还)?(?:压|埋|困|砸)(?:了|着|住)(?:[一二两三四五六七八九十几仨俩\\d]{1,2}个?|好几个|几个)?人`,
      ),
      new RegExp(`(?:关|锁)在${W(4)}不让(?:走|出|离开)`),
      // 积水到脚脖子 is ankle-deep.
      new RegExp(`水${W(4)}(?:到|没过)${W(2)}(?:胸|(?<!脚)脖子|腰|车窗|车顶)`),
      // Water level on a body or over a car: 齐胸, 没过头顶, 漫过车顶.
      /齐(?:胸|脖子|肩|下巴)|(?:没|漫|淹)(?:过|到)了?(?:头顶|头|脖子|胸口|胸|车顶|车窗)/,
      // Into the water — a person or a vehicle, not a phone or a parcel.
      new RegExp(
        `(?<![机匙包西钱卖餐货件箱袋水])(?:冲|掉|落|滑|摔|栽|翻|卷|跌)了?(?:进|入|到|下|落)${W(5)}${WATER}`,
      ),
      // Through the ice (掉冰窟窿里了): a hole in the ice is water, said without 进.
      /(?<![机匙包西钱卖餐货件箱袋水])(?:掉|落|栽|摔|滑|跌|陷)了?(?:进|入|到|下)?了?冰窟/,
      /(?:趴在|脸朝下)[^ ]{0,2}水里|(?:还在|(?<![脚手腿鞋袜])泡在|困在|沉在)水里|在水里(?:挣扎|扑腾)|沉下去了|呛水/,
      // A lift that falls or stops with people inside.
      new RegExp(`电梯${W(6)}(?:往下掉|下坠|坠落|失控|冲顶|蹲底)`),
    ],
    together: [
      // Someone fell into an open manhole or a pit and has not come up (井盖被水冲开了 刚才有个人掉进去了 没上来 — round 35).
      [
        new RegExp(`(?:${PERSON}|有个人|有人)${W(4)}(?:掉|摔|栽|跌)(?:了)?(?:进去|下去)`),
        /井盖|窨井|下水井|井口|井里|坑里|深坑|\bmanhole\b/,
        /没上来|没出来|没(?:有)?(?:动静|声音|反应)|喊不应|叫不应|爬不上来|上不来/,
      ],
      [
        new RegExp(`${WATER}|水里`),
        // Going under: 往下沉, 冒了一下头就没影了; bobbing up and down (一冒一沉, 一沉一浮 — round 34).
        /一冒一沉|一沉一冒|一沉一浮|一浮一沉|时沉时浮|忽沉忽浮|不会游泳|(?:没人|没有人|没谁|谁都不)(?:识|会)?游泳(?![也还都])|谁会(?:游泳|水)|扑腾|呛水|沉下去|往下沉|沉底|没上来|没浮上来|冒不出头|冒了?一?下头|没影了|\bcan ?t swim\b/,
      ],
      // Into the water (to swim, or jumped or fell in) and not to be found now (跳落涌度游水 而家揾唔到人, 下河游泳 现在找不到人了 —
      // round 39): someone gone under.
      [
        new RegExp(
          `(?:下|跳|落|掉|进|游)${W(3)}(?:${WATER})|(?:${WATER})${W(4)}(?:游水|游泳|玩水|洗澡)|游水|游泳|\\b(swimming|swam|went (in|into the (water|river|lake|sea|reservoir|pond|canal))|jumped in(to)?)\\b`,
        ),
        /(?:找不到|找不着|寻不到|看不到|看不见|见不到|望不到|(?:到现在|一直|还|都)(?:都|也)?(?:没|没有)(?:再)?(?:看到|看见|见到|见着))(?:了)?(?:人|他|她|影)(?:了|啦|啊)?(?= |$)|人不见了|(?:没|冇)(?:人)?影了|\b(can ?t (find|see) (him|her|them)|(he|she) (s |is |has )?(gone|disappeared) under|went under)\b/,
      ],
      // Gone down into a pit, a tank or a basement and not come up, or no air down there (a confined space:
      // the second who goes in after them falls too): 两个人下去就没上来 下面好像没得氧气.
      [
        // …also said over two clauses: 下去两个人 到现在没上来.
        new RegExp(
          `下去${W(4)}(?: (?:到现在|现在|一直|半天|好久|还|都)?${W(2)})?(?:没|没有|冇)(?:再)?上来|下去${W(3)}(?:没|没有|冇)了?(?:动静|声音|回应)`,
        ),
        /井|下水道|地下室|地窖|窖|化粪池|粪池|污水池|沼气池|水池|罐|坑|管道|隧道|缺氧|氧气|沼气|毒气|臭气|有毒|憋气/,
      ],
      // A flood and someone still inside: 车库大水倒灌 有个司机还在车里没出来; a car soaking in an underpass with
      // someone in it (有辆车泡水里了 里头还有人, round 35).
      [
        /倒灌|水淹|被淹|积水|大水|洪水|涨水|进水|泡水|泡在水|淹在|\b(flood\w*|water)\b/,
        /还在(?:车|屋|房|里)|(?:车里|屋里|里面|里头|里边)[^ ]{0,1}还有人|还有人在(?:里面|车里)|没出来|出不来|困在|打不开门|开不了门|门打不开|抱着[^ ]{0,3}(?:树|杆|栏杆)|爬(?:上|到)[^ ]{0,2}(?:车顶|树上|房顶)|\b(still inside|trapped|can ?t open|(someone|somebody|a person|people|the driver|a kid) (is |are )?(still )?in (the|a|his|her) (car|van))\b/,
      ],
      // A vehicle crushed or buried by what fell on it, someone still in it (大树给台风刮倒 压住一辆车 车里还有人在拍窗,
      // round 37).
      [
        /(?:压住|压扁|压塌|砸中|砸扁|砸塌|砸到|砸在|压在|埋住|埋了)[^ ]{0,4}(?:车|驾驶室)|(?:车|驾驶室)[^ ]{0,3}(?:被|给|遭)[^ ]{0,8}(?:压|砸|埋)|把[^ ]{0,6}车[^ ]{0,2}(?:压|砸|埋)/,
        /(?:车里|车内|驾驶室里?|里面|里头)(?:还|也)?有人|人[^ ]{0,2}还在(?:车里|车内|驾驶室)|司机还在|(?:拍|敲)[^ ]{0,1}(?:车)?窗|出不来|困在/,
      ],
      // A crowd crush: 人挤人 + someone down or pinned in it (挤成一团 有人倒了, 挤倒了好几个).
      [
        /人挤人|挤成一团|挤作一团|挤成一片|人太多|人山人海|人群|拥挤|往前(?:拥|挤|涌)|\b(crowd|crush)\b/,
        /(?:有人|人|几个|好几个|小孩|孩子|老人)[^ ]{0,3}(?:挤倒|推倒|被踩|踩在|压住|压在|倒了|倒地|摔倒|窒息)|挤倒了(?:好几个|几个|一片人|人|一群)|踩(?:着|到|伤)(?:了)?人|踩在(?:下面|底下|脚下)|喘不上|喘不过|\b(trampl\w*|crushed|can ?t breathe|(people|someone|kids?|children) (are |is )?(falling|fell|down|under))\b/,
      ],
      // A lift stuck with someone inside: 货梯卡住了 我被关在里面.
      // (The person inside comes first, so that 怕被困在里面 is a worry, not an event.)
      [
        /(?:被|人|我|他|她)[^ ]{0,3}(?:关|困|卡|锁)(?:在)?(?:里面|里头|里边|电梯|货梯|中间)|(?:里面|里头)[^ ]{0,2}(?:还)?有人|出不去|出不来|(?:关|困|卡|锁)(?:了|住)(?:[一二两三四五六七八九十几仨俩\d]{0,2}个?人)/,
        /电梯|货梯|轿厢/,
      ],
      // Shut inside and the door will not open: 冷库门打不开了 我被关在里面.
      [/(?:关|困|锁)在(?:里面|里头|里边)/, /打不开|开不了|开不开|出不去|出不来|\bcan ?t get out\b/],
      // Locked in and unable to get out: 我在冷库里被反锁了 出不去.
      [
        /(?<![车箱柜包货件])被[^ ]{0,3}(?:反锁|锁)(?:在|了|住)|锁在(?:里面|里头)/,
        /出不去|出不来|打不开|开不了|\bcan ?t get out\b/,
      ],
      // A small child past the railing or in the water's edge with no grown-up by (细路仔翻过栏杆 脚已经踩到水里了 周围冇大人
      // 睇住 — round 34): a child who can go under at any moment.
      [
        /婴儿|宝宝|小孩|孩子|娃|小朋友|伢|崽|细路|\b(kid|child|toddler|little (boy|girl))\b/,
        new RegExp(`${WATER}|水里|\\b(water|river|lake|pond)\\b`),
        /(?:翻过|翻出|爬过|跨过|钻过|翻到)[^ ]{0,2}(?:栏杆|护栏|围栏|栏)|(?:踩|走|站|掉|滑)(?:到|进|在)[^ ]{0,2}水里|\b(climbed (over|through) the (railing|fence)|(in|into) the water)\b/,
        /(?:没有?|冇|无)(?:个)?大人|大人不在|(?:没|冇)人(?:看|管|睇)|\b(no (adult|grown-?up|parent)s?|nobody (is )?watching)\b/,
      ],
      // A small child out past a balcony or a window, or hanging on its grille, with no grown-up by or high up
      // (小朋友爬出阳台外面 挂在防盗网上 楼下没大人; 五楼窗台外头圪蹴着个小孩 — round 36).
      [
        /婴儿|宝宝|小孩|孩子|娃|小朋友|小把戏|伢|崽|细路|\b(kid|child|toddler|little (boy|girl))\b/,
        /(?:爬|翻|站|坐|蹲|圪蹴|挂|趴|吊)[^ ]{0,4}(?:阳台|窗台|窗户|防盗网)[^ ]{0,2}(?:外面|外边|外头|外)|(?:阳台|窗台|窗户|防盗网)[^ ]{0,2}(?:外面|外边|外头|外)[^ ]{0,4}(?:站|坐|蹲|圪蹴|趴)(?:着|在)|挂在[^ ]{0,3}(?:防盗网|窗外|阳台外)|\b(outside|hanging (from|off|on)) the (balcony|window|ledge|railing)\b|\bon the (window ?sill|ledge)\b/,
        /(?:没有?|冇|无)(?:个)?大人|大人不在|(?:没|冇)人(?:看|管|睇)|[二三四五六七八九十几\d]+楼|\b(no (adult|grown-?up|parent)s?|nobody (is )?watching|\d+(st|nd|rd|th) floor)\b/,
      ],
      // A rider gone over the edge into the water and only a thing left floating (连人带车翻下去了 水面上就看到个头盔在漂
      // — round 36).
      [
        /连人带车|(?:翻|掉|栽|摔|冲|滑)(?:下去|进去)/,
        new RegExp(`${WATER}|水面|水上`),
        // …or the head coming up and going under again (头一下一下冒出来又冇咗 — round 37).
        /(?:头盔|帽子|鞋|外卖箱|箱子)[^ ]{0,3}(?:在)?(?:漂|浮)|(?:没|不)见(?:到)?人|人(?:不见了|没影)|(?:冒|浮|露)(?:出来|上来|出头)[^ ]{0,3}又(?:没|不见|沉|下去)|一沉一浮/,
      ],
      // Something fallen or pinning, and someone under it calling out (广告牌吹下来了 压住一部电瓶车 底下有人在喊; 连人带车
      // 掉下去了 能听见他在下面喊 — round 37): 楼下有人在喊 alone is no one trapped.
      [
        /压住|压着|压在|砸(?:中|到|在)|掉下去|掉进|塌|埋|吹下来|倒下来|倒了/,
        /(?<!楼)(?:底下|下面|下头|下边)[^ ]{0,3}(?:有人|有个人|人)[^ ]{0,2}在?(?:喊|叫|呼救|哼|哭)|在(?:底下|下面|下头|下边)(?:喊|叫|呼救|哼|哭)/,
      ],
      // A baby or a child left in a shut car: 车里有个婴儿 大人不在 车窗关得死死的.
      [
        /(?:车里|车内|车上|后座)[^ ]{0,6}(?:婴儿|宝宝|小孩|孩子|娃|小朋友|小把戏|小伢|伢|崽|bb|小囡|囡囡|细路)/,
        /大人不在|没有?大人|车主不在|家长不在|没人管|(?:车窗|车门|窗户|窗)[^ ]{0,3}(?:关|锁|闩)|锁着|锁了|晒|闷|热|焗|(?:脸|面)[^ ]{0,2}(?:通红|红)|哭不出|喊不出/,
      ],
      // Someone in a cold store, a container, a lift or a truck's box, and the door will not open or is locked on
      // them (老王还在冷库里 门打不开, 同事在货车车厢里被反锁了 — QA8).
      [
        new RegExp(`${PERSON}${W(3)}(?:在|困在|关在|锁在)${W(3)}${ENCLOSURE}(?:里|里面|里头|里边|内)`),
        /门[^ ]{0,4}(?:打不开|开不了|开不开|拉不开|推不开)|出不来|出不去|(?:反锁|锁上|锁住|锁死)了|关上了|\b(?:can ?t get out|locked (?:in|from the outside)|door (?:is |s )?(?:stuck|jammed|locked))\b/,
      ],
      // Locked in, someone still inside: 冷库的门从外面锁上了 同事还在里面.
      [
        /锁上|锁住|反锁|扣上|关上了|门打不开|门开不了|门[^ ]{0,4}(?:打不开|开不了|开不开)|从外(?:面|头|边)(?:锁|扣|关|插)|\blocked (in|from the outside)\b/,
        // 进去半个钟头没出来, 在里头半天没声音: someone inside who neither comes out nor answers;
        // 敲门声越来越小, 喊声越来越弱: their knocking or calling fading (round 32).
        new RegExp(
          `${SOMEONE}${W(2)}还在(?:里面|里头|里边)|在里面出不来|(?:里面|里头|里边)(?:还)?有${W(6)}出不来|进去${W(8)}没出来|(?:里面|里头|里边)${W(6)}(?:没声音|没动静|动静都没有|声音都没有|声都没有|没人应|不应|没反应)|${FADING_CALL}|\\b(still inside)\\b`,
        ),
      ],
      // Someone in the water going under (汾河里有个人在扑腾 已经沉下去两回了, 水库里游泳 抽筋了 一直往下沉 — round 43).
      [
        new RegExp(`${WATER}|游泳|\\b(?:water|river|lake|sea|pool|reservoir)\\b`),
        /往下沉|沉下去|沉了下去|沉底|冒不出头|浮不上来|\b(?:going under|went under|keeps? sinking)\b/,
        // …a person, not a house settling by a flooded yard.
        new RegExp(`${PERSON}|有人|个人|\\b(?:someone|somebody|he|she|man|woman|kid|child|boy|girl|guy)\\b`),
      ],
      // Held against one's will: 被人关在屋里 不让我走.
      // 把我们关地下室了 (the 在 dropped); 甭想走, 不叫走, 门从外头锁了: not let go.
      [
        /(?:被|把(?:我|他|她|人))[^ ]{0,3}(?:关|锁)(?:在|起来|进|(?=[^ ]{0,4}(?:室|屋|房|厂|库|间|里)))/,
        // …or with people sent to beat them (叫人来打我 我现在被锁在他们仓库里).
        /不让(?:我|他|她|我们)?(?:走|出|离开|打电话|联系)|不给饭|扣(?:了|着)?身份证|不放(?:人|我|他|她)|(?:甭|别|休)想(?:走|出去|离开)|不(?:准|许|叫|给)(?:我|他|她|我们)?(?:走|出去|离开)|从外(?:面|头|边)锁|手机[^ ]{0,3}(?:收|抢|拿|没收)|(?:叫|找|喊)(?:了)?(?:人|几个人|一帮人)[^ ]{0,3}(?:打|揍|收拾)|(?:打|揍)(?:我|他|她|我们)/,
      ],
      // The door locked or the shutter pulled down on them, and not let go (till they pay):
      // 老板把卷帘门拉下来不让我走, 拿锁把门锁了 不赔不放人, 锁住车门 唔俾我落车.
      [
        /(?:卷帘门|卷闸门|闸门|铁门|大门|车门|门)[^ ]{0,3}(?:锁(?!匠)|拉下|关上|关死|闩|焊)|(?:锁|关|闩)(?:住|上|死|了)了?(?:车门|大门|铁门|卷帘门|卷闸门|门)|拿锁|上了锁/,
        /不(?:让|准|许|叫|给)(?:我|他|她|我们|人)?(?:走|出去|出门|离开|下车|落车|出来)|不(?:给|赔|交|还)[^ ]{0,6}不放|不放(?:人|我|他|她|我们|走)|(?:甭|别|休)想(?:走|出去|离开)/,
      ],
      [/囚禁|软禁|关起来|锁起来/, /不让(?:我|他|她)?(?:走|出|离开)|手机[^ ]{0,3}(?:收|抢|拿)/],
    ],
    latin:
      /\b((hand|arm|finger|fingers|leg|foot|hair|sleeve|glove|clothes|jacket) (got |was |is |has been |been |gets )?(pulled|caught|sucked|dragged|drawn|trapped|stuck|jammed) (in|into) (the |a )?(\w+ )?(belt|conveyor|machine|roller|rollers|gears?|press|shredder|mixer|sorter|auger|chain|drum)|fell (down|into|in) (an? |the )?(open )?(manhole|well|hole|shaft|pit|drain|septic tank|cesspit|sewer)|(lift|elevator) (dropped|fell|plunged)|can ?t get out|(went|gone|fallen|fell|broke) (down )?through (the )?ice|can ?t (climb|pull (himself|herself|themselves)) (back )?out|(?<!\b(phone|keys?|bag|order|food|parcel|package|wallet|helmet)\b.{0,12})(fell|fall|falls|fallen|falling) (in|into) (the |a )?(river|water|lake|sea|canal|pond|harbour|harbor)|can ?t swim|(no|not|didn ?t|never) (come|came|coming) (back )?up|went under|going under|trapped|(?<!\b(phone|keys?|bag|order|food|parcel|package|wallet|helmet)\b.{0,12})stuck in (the|a|his|her) (lift|elevator|car|van|cab|truck|lorry)|stuck in (the )?(flood\w*|water)|(kid|child|baby|toddler|boy|girl)\b.{0,20}\b(locked|left|stuck|trapped|alone) (in|inside) (a |the )?(hot |locked |parked )?(car|van)|with (someone|people|a person|him|her|kids?|the driver) (still )?inside|(someone|people|a person|the driver|kids?) (is |are )?(still )?(inside|trapped|stuck)|water (is |keeps )?rising|(lock\w*|shut|clos\w*|pull\w* down) the (\w+ )?(doors?|gates?|shutter)\b.{0,40}\b(won ?t|will not|wouldn ?t|not|refus\w*( to)?) let (me|us|him|her|them) (go|leave|out)|(won ?t|will not) let (me|us|him|her|them) (go|leave|out) (until|unless|till) (i|we|he|she|they) pay|drown(ing|ed)?(?! in (orders|work|debt|bills|deliveries|paperwork|emails))|swept (away|into|off)|(boss|he|she|they|someone|agent|manager|owner|foreman) (\w+ )?(lock|locked|locks|shut) (us|me|them|him|her|people|workers|everyone) (in|inside|up)\b|(i ?m|i am|we ?re|we are|he ?s|she ?s|they ?re|someone is|someone s) (locked|shut|trapped) (in|inside)(?! (a |the |my )?(contract|deal|plan|lease|loan))\b|(?<!\b(phone|keys?|bag|order|food|parcel|package|wallet|helmet|box|goods|stock|delivery|cart|trolley)\b.{0,12})(is|are|s|am|m|got|been|was|were) (still )?(locked|shut|stuck) (in|inside) (the |a |our |my |his |her )?(freezer|cold ?(store|room)|walk-? ?in( freezer| cooler| fridge)?|chiller|reefer|(shipping )?container|(back|box) of (the|a|my|his|her) (truck|van|lorry)|truck box|cargo (box|hold))\b|(in|inside) (the |a |our |my |his |her )?(freezer|cold ?(store|room)|walk-? ?in( freezer| cooler| fridge)?|chiller|reefer|(shipping )?container|(back|box) of (the|a|my|his|her) (truck|van|lorry)|truck box|cargo (box|hold))\b[^.;!?]{0,40}\bdoor (is |s |got |has )?(stuck|jammed|locked|shut|won ?t open|will not open)\b|\b(forklift|truck|car|shelf|shelves|shelving|beam|wall|tree|crate|pallet|machine|load)\b[^.;!?]{0,12}\b(fell|landed|collapsed|rolled) on (top of )?(him|her|me|his|her|my)\b|(lying|stuck|trapped|pinned|is|s) under (the|a) (truck|car|van|bus|lorry|vehicle|shelf|shelves|forklift|tree|wall)|(we ?re|we are|i ?m|i am|he ?s|she ?s) stuck(?! in (traffic|a jam|the queue|a queue|line))|face ?down in (the )?(water|river|lake|canal|sea|pool|pond)|hanging (from|off|onto) (the |a )?(balcony|railing|ledge|bridge|window|roof)|up to (our|my|his|her|the) (chests?|necks?|shoulders?)|(chest|neck|shoulder)[- ]deep|over the (car )?roof|buried|on top of (him|her|me)\b|pinned (under|against|down)|(?<!\b(order|food|box|parcel|package|phone|bike|scooter|car|helmet|bag|cake|delivery|cup)\b.{0,12})crushed|(?:swept|pulled|dragged|carried) (?:out|away) by (?:the |a )?(?:current|waves?|tide|rip|flood(?:water)?)|drifting (?:further |farther )?out|(?:dangling|hanging) (?:from|off|outside) (?:the |a )?(?:\w+ ){0,2}(?:floor|building|window|balcony|ledge|rope|scaffold\w*|gondola))\b/,
  },
  electric: {
    phrases: [
      '触电',
      '触了电',
      '被电了',
      '被电到',
      '被电住',
      '被电得',
      '电击',
      '被电击',
      '电倒',
      '电晕',
      '电伤',
      '雷劈',
      '雷击',
      '被雷',
      // 给雷打着了, 遭雷打了 (round 43); 雷打不动 (unshakeable) is a figure.
      '给雷',
      '遭雷',
      '雷打着',
      '雷打中',
      '雷打到',
      '雷打了',
    ],
    // 被电线电到了: shocked by anything — not the power cut, switched on or paid for (被房东断电了, 被停电了, 被充电了).
    // 被高压电打了 (shocked: 电打 as 电击).
    patterns: [
      // 被电住了 (held by the current — round 40).
      new RegExp(
        `被${W(8)}(?<![断停没充来通供送交缴]|拉闸|跳闸)电(?:到|了|倒|晕|伤|住|打(?:了|伤|到|着|得))`,
      ),
    ],
    together: [
      // Touched a wire and held by it: 碰着电线 手粘住了, 摸到插座 人在那哆嗦.
      [
        // …or the leak said first: 充电柜漏电 一个小伙子抓住就松不开.
        /(?:碰|摸|抓|挨|拉|扯|踩|挑|捡|够)(?:着|到|了|住)?[^ ]{0,8}(?:电线|线了|高压线|电门|电闸|裸线|插座|插头|开关|电箱|电缆|漏电)|(?:漏电|带电)[^]{0,12}(?:碰|摸|抓|挨|扯)(?:着|到|了|住|上)/,
        /(?:粘|黏|吸)(?:住|在|上)|甩不开|松不开|放不开|(?:一直|浑身|人)[^ ]{0,3}(?:哆嗦|抖|抽)|弹(?:开|飞)|倒地|不动了|没反应/,
      ],
      // A leak, and a hand held by it however it is said (充电桩漏电 同事手被吸住了 松不开 — round 40).
      [/漏电|带电/, /(?:粘|黏|吸|电)住|甩不开|松不开|放不开|\b(?:can ?t let go|stuck to)\b/],
      // Current in the water and someone in it: 充电桩漏电 一只狗被电死了 旁边还有个小孩在水里.
      [
        /漏电|带电|被电死|电死了|\b(live wire|electrified)\b/,
        new RegExp(`${SOMEONE}${W(4)}(?:在水里|站在水里|泡在水里|蹚水|趟水)`),
      ],
      // A live wire down where people pass: 电线掉地上 冒火花 有人要过.
      [
        /(?:电线|电缆|高压线|电源线)[^ ]{0,6}(?:掉|落|断|耷拉|垂|拖)/,
        /火花|打火|冒火|漏电|带电|噼里啪啦|\bspark/,
      ],
      // …or with people walking past it: 电线断了掉在地上 还有人在那走过 (a charging or network cable is not one).
      [
        /(?<![充网])(?:电线|电缆|高压线)[^ ]{0,6}(?:掉|落|断|耷拉|垂|拖)/,
        /(?:(?<![没无])有人|(?<![没无有])(?:行人|路人|人|小孩))[^ ]{0,4}(?:走过|行过|经过|路过|过来过去|要过|在过)|人来人往/,
      ],
    ],
    latin:
      /\b((touched|grabbed|from|touching|off) (a|the|his|her|my) (\w+ ){0,2}(charg\w*|socket|outlet|plug|wires?|cables?|cabinet|switch|fuse ?box|lamp ?post|pole|fence)\b.{0,20}\b(got|had|took|gets) (a|an) (\w+ )?shock|(got|had|took|gets) (a|an) (\w+ )?shock (from|off|touching) (a|the|his|her|my) (\w+ ){0,2}(charg\w*|socket|outlet|plug|wires?|cables?|cabinet|switch|lamp ?post|pole|fence)|electrocut\w*|electric shock|(touched|grabbed|stepped on) (a|the) (live|bare|exposed|fallen|downed|power) (wire|cable|line)|shocked by|(got|was|been|is|being) shocked|struck by lightning|hit by lightning|(power|live|electric(al)?) (line|wire|cable)s? (is |are )?(down|on the (ground|road)|sparking))\b/,
  },
  'serious-injury': {
    phrases: [
      '顶出去',
      '撞出去',
      '撞飞',
      '骨折',
      '重伤',
      '伤得很重',
      '伤得重',
      '动不了',
      '站不起来',
      '走不了路',
      '被车撞',
      '被撞倒',
      '撞倒了',
      '撞了人',
      '把人撞',
      '救护车',
      '打120',
      '叫120',
      '快掉了',
      '钻心疼',
      '坠楼',
      '车轮底下',
      '车轮下',
      '卷到',
      '高空坠落',
      '绞进',
      '卷进去',
      '碾了',
      '碾过',
      '轧了',
      '轧过',
      '大面积烫伤',
      '大面积烧伤',
      '烧伤',
      '砸中',
      '砸晕',
      '大面积',
      '脑震荡',
      '拖行',
    ],
    together: [
      // A child climbing a railing or a sill high up: 把自己反锁在阳台上 十二楼 他在往栏杆上爬.
      [
        /(?:往|朝)[^ ]{0,3}(?:栏杆|护栏|窗台|窗户|窗外)[^ ]{0,2}(?:爬|翻)|爬(?:上|到)[^ ]{0,3}(?:栏杆|护栏|窗台|窗户)|(?:站|坐)(?:在|到)[^ ]{0,3}(?:窗台|栏杆|护栏)上/,
        /(?:\d{1,2}|[二三四五六七八九十]{1,3})(?:楼|层)|高层|楼顶|天台|\b(\d+(st|nd|rd|th) floor)\b/,
      ],
      // Caught in a door or under something, and a part nearly off: 被门夹到手指 手指快断了.
      [/(?:夹|压|砸|轧|绞|卷)(?:到|住|了|伤|断)/, new RegExp(`${BODY}${W(3)}(?:快|要)断了`)],
      // A crash and the person lying there: 撞到电线杆上 头盔飞了 现在人趴着.
      [/撞|摔|飞出去|\bcrash/, /(?:人|他|她)(?:还)?(?:趴着|躺着)(?: |$)|头盔[^ ]{0,2}飞了/],
      // A blow to the head and a sign of concussion, wherever each is said: 头撞到台阶上…还吐了.
      [new RegExp(`${HEAD}${W(4)}${IMPACT}|${IMPACT}${W(4)}${HEAD}`), CONCUSSION],
      // A helmet cracked in the fall, and a sign of concussion: "helmet cracked, he is confused" (头盔裂了 is
      // one of CONCUSSION's signs after a blow to the head).
      [
        /\b(helmet (is |was |got )?(cracked|broken|smashed|split)|(cracked|broke|smashed|split) (his|her|my) helmet)\b/,
        CONCUSSION,
      ],
      // Skin come away or big blisters after heat: 滚汤淋落手 成块皮甩咗, 油锅翻了 胳膊上全起大泡了,
      // "boiling water… skin peeling" (a small blister from a hot cup is not one).
      [
        /(?:成块|整块|一大块|大块|一片|一块)皮|皮[^ ]{0,3}(?:掉了|脱了|甩了|烂了|掀|翻起|剥落|褪了|没了|粘)|(?:全|都|满)[^ ]{0,2}(?:起|是)(?:了)?(?:水)?泡(?!沫|面|饭|澡)|起(?:了)?(?:好多|一片|一大片|满)?大(?:水)?泡|\b(skin\b.{0,15}\b(peel\w*|coming off|came off|falling off|hanging off|melt\w*)|(big|huge|massive) blisters?|blister\w* (all over|everywhere))\b/,
        /热油|滚油|油锅|开水|滚水|沸水|滚汤|热汤|烫|烧(?!烤|饭|菜|水)|着火|起火|火苗|蒸汽|\b(hot oil|boiling|scald\w*|burn\w*|steam|fire|flames?|fryer)\b/,
      ],
      // Something scalding splashed in the face or the eyes (油锅翻了 溅了我一脸一手 眼睛睁不开 — round 40).
      [
        /(?:溅|泼|浇|喷|崩|淋|烫)(?:了|到|在|着)?(?:我|他|她|人)?(?:一|满)?(?:脸|眼)|(?:眼睛|眼里|眼珠|脸上)[^ ]{0,3}(?:溅|泼|进|烫|喷)/,
        SCALDING,
      ],
      // Up a ladder or a rack, then off it from up there, in one clause or the next (爬梯子放货从上面栽下来 — round 40).
      [
        /(?:爬|站|踩|蹬)(?:上|到|在)?[^ ]{0,3}(?:梯|脚手架|架子|货架|车顶|屋顶|房顶|楼顶)/,
        /从(?:上面|上头|上边|顶上|最上面|最上头)[^ ]{0,3}(?:掉|摔|跌|坠|滚|栽|出溜|翻)下/,
      ],
      // A fall, the neck or the back hurting, and a limb numb or weak (从上面栽下来 后颈根痛得不得了 手脚有点麻; fell down
      // the stairs, neck is killing me, fingers tingling — round 40): the spine.
      [FELL, NECK_OR_SPINE, LIMB_GONE],
      // Hit, crushed or fallen, and the legs or the lower body without feeling or movement (被一部小车从后面撞了 两只脚一点感觉都
      // 没有, 腰以下都沒有感覺 — round 43): the spine, wherever the blow was.
      [
        /撞|被车|车祸|压|砸|摔|跌|掉下|栽|塌|倒在|\b(?:hit|crash\w*|fell|fallen|struck|crushed|pinned|run over)\b/,
        LEGS_GONE,
      ],
      // Hit or dragged by a vehicle, and thirst with a pale face or a cold sweat (被拖了好几米 一直说渴 要喝水 脸白得跟纸一样 —
      // round 43): blood lost inside, the body in shock.
      [
        /撞|挂|拖|碾|压|车祸|卷|摔|\b(?:hit|dragged|run over|crash\w*)\b/,
        /口渴|(?:说|喊|叫|直)渴|渴得|要喝水|想喝水|要水喝|\b(?:thirsty|asking for water|wants? water)\b/,
        /脸[^ ]{0,3}(?:白|煞白|惨白|刷白|发灰|没血色)|冷汗|嘴唇[^ ]{0,2}(?:白|发白)|\b(?:pale|clammy|cold sweat)\b/,
      ],
      // Hit by the writer or a vehicle, and the person lying there: "I just hit a little boy… he's lying there" (round 41),
      // as 撞到电线杆上 现在人趴着.
      [
        /\b(hit|knocked (down|over)|ran into|crashed into)\b/,
        /\b(he|she|they|the (boy|girl|kid|child|man|woman|rider|driver|lady|guy))( s| is| are)? (still )?lying (there|still|on|in)\b/,
      ],
      // A blow or a splash to the eye, and sight gone or going (一拳打在我眼睛上 现在看不清东西, 眼睛挨了一拳 看东西雾蒙蒙的 —
      // round 42): the eye may be ruptured or burnt.
      [EYE_STRUCK, SIGHT_LOST],
      [
        new RegExp(`(?:${CHEMICAL})|\\b(?:acid|bleach|lime|cement|chemicals?|cleaner|lye)\\b`),
        EYE_SPLASHED,
        SIGHT_LOST,
      ],
      // Something driven into the body (射钉枪走火 钉子打进我同事肚子里了, 钢管插进大腿 — round 42); a splinter in a finger is not.
      [
        /钉子|钢钉|钢筋|钢管|铁管|铁棍|铁条|铁杆|木棍|棍子|木桩|竹子|螺丝刀|改锥|剪刀|刀|玻璃|钢丝|钩子|叉子/,
        new RegExp(
          `(?:扎|插|打|穿|戳|刺|射|钉)(?:进|入|穿|透|过)(?:了|去)?${W(4)}${TRUNK_OR_LIMB}|${TRUNK_OR_LIMB}${W(4)}(?:扎|插|打|穿|戳|刺)(?:进|穿|透|过)`,
        ),
      ],
      // A crushed finger or limb gone dark and cold or numb for hours (手指头被门压了一下 整根指头发黑发凉 一点知觉都没有 —
      // round 42): the blood is not getting through.
      [
        /(?:夹|压|砸|轧|卡|勒|挤|绑|箍)(?:了|到|住|伤|着|一下)|\b(?:crushed|caught|jammed|trapped|squashed|pinched)\b/,
        new RegExp(
          `(?:手指头?|指头|脚趾头?|手|脚|腿|胳膊|手臂)${W(4)}(?:发黑|发紫|黑了|紫了|乌了|发乌|黑紫|紫黑)|\\b(?:gone|turned|turning|going) (?:black|purple|blue)\\b`,
        ),
        /发凉|冰凉|冰冷|没知觉|知觉都没|没感觉|感觉都没|一点感觉|麻木|\b(?:cold|numb|can ?t feel|no feeling)\b/,
      ],
      // A fall onto the head, in English, and a sign of concussion ("landed on his head… keeps asking the same thing, thrown
      // up twice" — round 42), as 头撞到台阶上…还吐了.
      [
        /\b(?:landed|fell|hit|banged|bashed|smacked|knocked|struck|came down)\b(?: \w+){0,3} (?:on |onto )?(?:his|her|my|their|the back of (?:his|her|my)) head\b|\bhead ?first\b/,
        new RegExp(
          `${CONCUSSION.source}|\\b(?:thrown up|threw up|keeps? asking|asking the same|repeat(?:ing|s) (?:himself|herself|the same)|can ?t remember|doesn ?t remember)\\b`,
        ),
      ],
      // A crash and someone hurt: 前面出车祸了 有人受伤.
      [
        /车祸|撞车|相撞|追尾|翻车|\b(crash|collision|pile-?up)\b/,
        /有人受伤|人受伤|伤者|伤员|\b(people|someone|somebody|(a|the) (man|woman|rider|driver)) (is |are |was |got )?(hurt|injured)\b/,
      ],
    ],
    patterns: [
      // 腰都快断了 is tiredness, not a fracture.
      new RegExp(`${BODY}${W(3)}(?<![快要跑累站走坐忙])(?:断|折了|变形|扭曲)`),
      new RegExp(`${BODY}${W(3)}${LOSS_OF_FUNCTION}`),
      // A dog's bite at the neck or the face (蚊子咬了脖子 is an itch).
      new RegExp(`(?:狗|犬)${W(4)}咬${W(3)}(?:脖子|喉咙|脸|眼睛|头)`),
      // A dog that will not let go: 狗一直咬着小孩不放.
      // A part gone: 手指头没了; caught by a belt: 皮带卷了手; a bite to the face or neck.
      // Off a bridge or a slope: 摔到桥下去了; people knocked down: 撞倒好几个人.
      new RegExp(`(?:摔|掉|跌|坠|飞)(?:到|下|进)${W(2)}(?:桥下|楼下|坡下|悬崖|山下)`),
      new RegExp(`撞(?:倒|飞|伤)${W(4)}(?:个人|行人|路人)`),
      // Run over: 被大卡车的后轮压过去了.
      new RegExp(`被${W(8)}(?:压|轧|碾)过去`),
      /(?:手指|指头|拇指|食指|中指|无名指|小指|脚趾|耳朵|手掌)[^ ]{0,2}(?:没了|掉了|断了|飞了)/,
      // A chemical in the eyes: 清洁剂喷到眼睛里, 眼睛里进了石灰.
      new RegExp(
        `(?:${CHEMICAL})${W(4)}(?:溅|喷|泼|进|弄|迸|飞|呲|滋|崩|迷)${W(3)}(?:眼睛|眼里|眼珠|双眼)|(?:眼睛|眼里)${W(2)}(?:进|溅|喷)${W(3)}(?:${CHEMICAL})`,
      ),
      new RegExp(`卷(?:了|进|住)${W(2)}${BODY}`),
      /咬(?:住|伤|破|烂)了?[^ ]{0,3}(?:脸|脖子|眼睛|喉咙)/,
      new RegExp(`咬着${W(4)}不(?:放|松口)`),
      // Dragged along by a vehicle: 被车挂着拖走了.
      new RegExp(`被${W(4)}车${W(3)}(?:挂着|拖着|拖走|拖了|带倒)`),
      // A piece cut off: 刀把手指切下来一截.
      new RegExp(`(?:切|剁|砍|夹|轧|锯)(?:下来|掉)了?${W(2)}(?:一截|一节|一块|半截|一个)`),
      /咬(?:住|着)[^]{0,6}(?:不放|不松口|拉不开|扯不开)/,
      // A bone out of line: 骨头好像歪了, 错位了.
      new RegExp(`骨头${W(3)}(?:歪了|错位|变形|凸出|突出|戳出|跑出|露出|穿出|刺出|支出|冒出)`),
      // An open fracture: 手骨穿咗出嚟, 看到白色骨头.
      new RegExp(`骨${W(3)}(?:穿|戳|刺|支)(?:了)?出|见骨|看(?:到|见|得到)${W(2)}白(?:色|的)?的?骨头`),
      // Thrown far by a blow: 被撞得老远.
      /撞得(?:老远|好远|很远|飞出去|[一两三四五六七八九十几\d]+米)/,
      // Burns over an area, blistering: 烫了一大片 起了好多水泡.
      // Skin coming off in pieces (烫着的师傅半个身子都红了 皮一块块往下掉): a deep burn or a road's flaying.
      new RegExp(`皮${W(2)}(?:一块块|一片片|一块一块|一片一片|一层层|一层一层|大块大块)${W(4)}(?:掉|脱|剥)`),
      new RegExp(`(?:烫|烧)(?:伤|着|到|了)${W(6)} ?${W(2)}皮${W(4)}(?:掉|脱|烂|掀|翻)`),
      new RegExp(`(?:烫|烧)${W(6)}(?:一大片|大片|水泡|起泡|脱皮|掉皮)`),
      new RegExp(`(?:全是|都是|大片|严重|大面积)${W(2)}(?:烫伤|烧伤|水泡)`),
      // Scalded all over: 烫了一身, 烧了满身.
      /(?:烫|烧)(?:伤)?了?(?:一身|全身|满身|浑身)(?!汗)/,
      // A whole limb or half the body burned, or big blisters said after: 整条胳膊都烫了 起了好大的泡.
      new RegExp(`(?:整条|整只|整个|半边|一大片|大半个)${W(4)}(?:烫|烧)(?:了|伤|坏|烂|熟|焦)`),
      /(?:烫|烧)[^ ]{0,6} ?[^ ]{0,4}(?:好大的?|很大的?|老大的?|一片|一堆|满是)(?:水)?泡/,
      // 烫伤了 全身都是: burns over the whole body, said after.
      /(?:烫伤|烧伤)[^]{0,6}(?:全身|浑身|一大片)|(?:全身|浑身)[^ ]{0,3}(?:烫伤|烧伤)/,
      /(?:摔|滚|跌|掉)下(?:了)?楼梯/,
      // Thrown off: 整个人飞出去.
      new RegExp(`(?:${PERSON}|整个人|身子|身体)${W(2)}(?:飞|甩|弹)(?:出去|到|下)`),
      // Something heavy landing on someone: 货掉下来砸在一个工人身上.
      new RegExp(`(?:砸|压|掉|落)(?:在|到)${W(6)}(?:身上|头上)`),
      // A thing crushed is not a person: 头盔被车压扁.
      /(?<![盔箱包机件货])被车压/,
      new RegExp(`${BODY}${W(3)}(?:弯成|扭成|歪成|拧成)`),
      // Pinned against a wall or a vehicle by a forklift or a truck: 让叉车给挤墙上了, 被货车顶在墙上.
      new RegExp(`被${W(6)}(?:挤|顶|压|夹)(?:在|到)?${W(2)}(?:墙上|墙角|墙边|柱子上|车上|车边|车中间)`),
      // …said with 把 and the person named: 叉车倒车把同事夹在墙上了.
      new RegExp(
        `把${W(3)}${SOMEONE}${W(2)}(?:挤|顶|压|夹)(?:在|到)${W(2)}(?:墙上|墙角|墙边|柱子上|车上|车边|车中间)`,
      ),
      // 脚背都扁了: crushed (肚子饿扁了 is hunger).
      /(?:脚|脚背|脚趾|手|手指|腿|胳膊)[^ ]{0,2}扁了/,
      new RegExp(`被${W(6)}(?:压|轧|碾)(?:到|了|住|伤)${W(3)}${BODY}`),
      // Hanging off an edge: 挂在外面.
      new RegExp(`挂在${W(2)}(?:外面|半空|楼外|窗外|栏杆外)`),
      new RegExp(`${BODY}${W(8)}(?:夹|切|轧|压|绞|锯|碾|砸)(?:断|掉|烂|碎)`),
      new RegExp(`${BODY}${W(3)}(?:扎穿|刺穿|穿透)|(?:扎穿|刺穿)${W(2)}${BODY}`),
      // Impaled on a bar: 被钢筋穿了腿 (a nail in the foot is a doctor's case).
      new RegExp(
        `(?:钢筋|铁棍|铁条|钢管|木棍|木桩)${W(3)}(?:穿|插|扎进|刺进|戳进)(?:了|透|过|进)?${W(2)}${BODY}`,
      ),
      new RegExp(`被${W(6)}撞${W(6)}(?:躺|倒|起不来|不动|飞|晕|昏)`),
      // 被叉车撞了, 被一辆货车撞: hit by a vehicle, whatever its kind.
      // (被电动车撞了一下 is a knock.)
      new RegExp(`被${W(4)}车${W(2)}撞(?!了?一下)`),
      new RegExp(`被${W(6)}(?:刮|碰|挤|掀|撂)(?:倒|翻|飞)`),
      // Hot oil, boiling water or acid to the face or eyes.
      new RegExp(`(?:热油|滚油|开水|滚水|沸水|硫酸|强酸|热汤|滚汤)${W(6)}(?:泼|溅|浇|烫|淋)`),
      // Spilled over a body part (热油全洒他腿上了); poured into a cup is not.
      new RegExp(
        `(?:热油|滚油|开水|滚水|沸水|热汤|滚汤)${W(6)}(?:洒|倒|扣)${W(4)}(?:身|腿|手|脸|胳膊|膀子|背|头|脚|臂)`,
      ),
      // Blisters over a whole hand or a large patch: 整只手都起水泡了 (a blister on a heel is not).
      new RegExp(`(?:整只|整个|整条|整张|一大片|满|全)${W(4)}(?:水泡|起泡|燎泡)`),
      new RegExp(`(?:泼|溅)(?:到|在)${W(2)}${HEAD}`),
      // A child out of a window or on an outside unit: 小孩从窗户爬出去了 在空调外机上.
      new RegExp(
        `(?:小孩|孩子|宝宝|娃|儿子|女儿)${W(8)}(?:爬出|爬到|站在|坐在)${W(4)}(?:窗|阳台外|外机|窗台)|(?:空调外机|窗台外)上`,
      ),
      // A fall from a height: 从三楼掉下来, 从梯子上摔下来, 楼上摔下来.
      new RegExp(
        `(?:从|自)${W(8)}(?:吊篮|脚手架|塔吊|吊车|货架|车厢|车顶|棚顶|月台|装卸台|卸货台|平台|楼|层|(?<!滑)梯|架|高处|屋顶|房顶|阳台|桥)${W(3)}(?:掉|摔|跌|坠|滚|栽|出溜|滑|翻)下`,
      ),
      new RegExp(`(?:楼上|楼顶|屋顶|高处|架子上)${W(2)}(?:掉|摔|跌|坠)下来`),
    ],
    latin:
      /\b((finger|thumb|toe|hand|ear)s? (got |was |is |has been |been )?(cut|chopped|sliced|torn|ripped|crushed|severed) off|lost (\w+ )?(fingers?|thumbs?|hand|toes?)|(bleach|chemicals?|acid|lye|cleaner|detergent|cement|lime)\b.{0,20}\b(in|into|on) (his|her|my|the|both) (eyes?|face)|(boiling|hot) (oil|water)\b.{0,30}\b(splash\w*|spill\w*|pour\w*|burn\w*|all over)|(threw|thrown|throws|throwing|tossed|flung|dumped|hurled) (\w+ ){0,3}(boiling|scalding|hot) (oil|water|soup) (at|on|over|in|into) (him|her|me|us|them|(his|her|my|our|their|a|the) \w+)|skin (is )?(peeling|coming) off|(badly|severely) burn(ed|t)|burns? (all )?(down|over|up|across) (his|her|my|their) (whole )?(arm|arms|leg|legs|back|chest|body|face|side|hands?|neck)|(melted|stuck|fused) (onto|into|to) (his|her|my|their|the) skin|blister\w* all over|(?<!\b(phone|keys?|bag|box|parcel|package|order|food|helmet|wallet|cup|laptop)\b.{0,12})fell (from|off) (the |a |his |her )?(\w+ )?(floor|roof|balcony|ladder|scaffold\w*|bridge|building|window)|hit by an? (\w+ )?(car|truck|bus|van|taxi|lorry|motorbike|motorcycle|scooter|bike|vehicle)|under (a|the|his|her) (\w+ )?wheels?|(pinned|trapped|stuck|crushed|dragged) under (a|the|his|her) (\w+ )?(car|truck|bus|van|taxi|lorry|vehicle|wheels?)|r[au]n over|running over|blood (\w+ ){0,2}(out of|from) (his|her|my|their|the|one) ears?|bleeding from (his|her|my|their|the) ears?|(head|skull|arm|leg|neck|back|hand|foot|ankle|wrist|knee|hip|ribs?|face|jaw|nose) ((?!(might|may|could|maybe|possibly|probably)\b)\w+ ){0,2}(broken|cracked|snapped|crushed|dislocated|smashed|split open|cut open|open)|(broke|cracked|snapped|smashed|crushed|split|cut) (his|her|my|their|a) (\w+ )?(head|skull|arm|leg|neck|back|hand|foot|ankle|wrist|knee|hip|ribs?|face|jaw) ?(open)?|can ?t feel (my|his|her) (legs?|arms?|feet|body)|(arm|hand|leg|foot|finger|fingers|sleeve|hair) (got |is |was )?(caught|stuck|trapped|crushed|pulled) in|broken (leg|arm|bone|neck|back)|bent the wrong way|(rebar|pole|bar|spike|nail|rod|pipe|glass|metal)\b.{0,12}\b(through|into|in) (his|her|my) (shoulder|chest|leg|arm|head|neck|stomach|belly|eye|hand|foot|back)|bent backwards|twisted the wrong way|at a (weird|funny|strange) angle|badly (hurt|injured)|seriously (hurt|injured)|can ?t (move|get up|stand( up)?|feel (my|his|her) (legs?|arms?))|hit (his|her|my) head|(went|thrown) (through|into) the (windscreen|windshield)|thrown (off|from) (his|her|my|the)|(bad|nasty|hard) fall)\b/,
  },
  'missing-person': {
    phrases: ['走丢', '走失', '走散', '失踪', '被抱走', '被拐', '人不见了'],
    patterns: [
      // 被人给拐了, 被人贩子抱走.
      /被(?:人|人贩子|坏人|陌生人)?给?(?:拐|抱走|偷走)/,
      // Picked up and run off with: 被一个男的抱起就跑了, 被人一把抱起来跑了 (a phone snatched is a theft).
      new RegExp(`被${W(6)}抱(?:起来?|上|走)${W(2)}跑`),
      // A child led off by someone not theirs: 孩子让一个男的领走了, 小孩被人牵走了 (被他爸领走 is not).
      new RegExp(
        `(?:孩子|小孩|小朋友|小男孩|小女孩|男孩|女孩|娃|宝宝|细路|小伢)${W(3)}(?:被|让)(?:人|一个|个|陌生|不认识)${W(4)}(?:领走|牵走|带走|拉走)`,
      ),
      new RegExp(
        `(?:孩子|孩儿|小孩|小朋友|小男孩|小女孩|男孩|女孩|女儿|儿子|娃|宝宝|老人|闺女|丫头|我个仔|个女|细路|我伢|细伢|小伢|伢儿|伢|小囡|囡囡|崽|孙子|孙女|外孙|我妈|我爸|爷爷|奶奶|外婆|外公|老太太|老爷子|阿婆|阿伯|阿爷|阿嫲).{0,20}(?:不见了|丢了|(?:找不到|找不着|没找到)(?![^ ]{0,1}(?:东西|充电|作业|钥匙|手机|本|书|笔|地方|衣服|鞋|玩具|遥控|卡|钱|包|工作|对象))|没回来|没回家|联系不上|打不通)`,
      ),
    ],
    // Someone who cannot find their way home and has not come back; a child alone in traffic.
    together: [
      [/孩子|小孩|老人|男孩|女孩|小朋友|宝宝/, /马路中间|路中间|车道上|高速上/],
      // A child led or carried off by a stranger, crying for a parent: 一个女的牵起别个的娃儿走 娃儿一直哭喊妈妈
      // (a father carrying his own crying child is none of it).
      [
        /(?:牵|拉|拽|抱|领|扛|拖)(?:起|着|上|走)/,
        /(?:一个|有个|个)(?:男|女)(?:的|人)|陌生|别(?:个|人)(?:家)?的|人家的/,
        /(?:孩子|小孩|娃|宝宝|小朋友|小女孩|小男孩|丫头|\b(kid|child)\b)[^ ]{0,4}哭[^ ]{0,3}(?:喊|叫|要|找)[^ ]{0,2}(?:妈|爸)/,
      ],
      // A child with someone they do not know.
      [
        /小女孩|小男孩|孩子|小孩|\b(kid|child|little girl|little boy)\b/,
        /不认识|陌生人|陌生男|陌生女|\b(doesn ?t know|stranger)\b/,
      ],
      [
        /痴呆|失智|糊涂|\bdementia\b/,
        /没回来|没回家|找不到|走丢|不见了|联系不上|\b(missing|not (come )?back|can ?t find)\b/,
      ],
    ],
    latin:
      /\b((kid|child|toddler|boy|girl)\b.{0,20}\b(on|onto|in) the (expressway|highway|motorway|freeway)|(child|kid|son|daughter|boy|girl|toddler|\d+ ?-?year ?-?old)\b.{0,25}\b(is |has gone |went )?(missing|lost|gone|can ?t find)|missing (child|kid|boy|girl)|(little girl|little boy|kid|child|toddler|baby|daughter|son|boy|girl)\b.{0,80}\b(a|an|some|one|the) (strange |unknown )?(man|woman|guy|stranger|person|couple) (just )?(carried|led|dragged|grabbed|picked|snatched|pulled) (her|him|them)( up)? (away|off|out (the|of|through))|(son|daughter|kid|child|boy|girl|baby|toddler) (is |s |has )?(gone|disappeared|vanished)|(he|she|dad|mum|mom|father|mother|grandma|grandpa|son|daughter|kid|child) (s |is |has )?(been |gone )?missing|(son|daughter|kid|child|mum|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather) (has not|hasn ?t|didn ?t|never) (come|came|got) (home|back))\b/,
  },
  'call-for-help': {
    // A cry for help says danger now whatever the danger is (快来人, 有人喊救命).
    phrases: ['快来人', '来人啊', '喊救命', '呼救', '求救', '救救'],
    // 救命 快来: a cry for help with a call to come (救命 这单超时了 is a sigh).
    patterns: [/救命[^]{0,3}(?:快来|来人|快点来)|(?:快来|来人)[^]{0,3}救命|^(?:救命[啊呀]? ?)+$/],
    // "can someone help me appeal" is a request; "someone help!" is a cry. An ambulance called for names no injury
    // (he collapsed, call an ambulance — round 44: it was a serious injury's word).
    latin:
      /\b(calling for help|screaming for help|(?<!\b(?:can|could|would|will|pls|please) )someone help|ambulance)\b/,
  },
};
