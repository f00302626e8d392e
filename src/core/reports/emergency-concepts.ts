/**
 * The concepts emergency knowledge is composed of: who (a person), what part of them (a body part, the
 * head), what happened to it (an impact, a fall) and what state they are in now (down, not responding,
 * a limb that does not move). emergency-knowledge.ts combines them — a person plus an acute state in one
 * clause, a blow to the head plus a sign of concussion anywhere in the report — so that wordings nobody
 * listed are recognised too (老王…倒下了, 脖子不能动, 头撞到台阶…还吐了).
 *
 * Regex sources, matched in normalised text (simplified script, lower case, punctuation → space).
 * Generic knowledge only: nothing here names a pack's categories, places or branches.
 */

/** A clause: characters up to n, not crossing punctuation (which normalisation made a space). */
export const W = (n: number): string => `[^ ]{0,${n}}`;

/**
 * Body parts, excluding the everyday compounds they start (手机, 头盔, 脚本, 腰包…) or end (门把手, 车把手, 扶手 and
 * 拉手 are handles: 冷库门的把手断了 is a broken door, not a broken hand; 他把手摔断了 still is one).
 */
export const BODY =
  '(?:头(?![盔像条发等顶一天晚儿])|脑袋|脑壳|脑瓜|后脑|额头|脸(?!书)|眼睛|鼻子|嘴巴|脖子|颈椎|胸口|肚子|腰(?![包带])|后背|背(?![包心景带着])|(?<![扶拉]|[门车的个刹]把)手(?![机续套环表艺动头工里下单])|胳膊|手臂|手腕|手指|拇指|指头|腿|大腿|小腿|脚(?![本])|脚踝|膝盖|波棱盖|波拉盖|卜楞盖|骨头|肋骨|半边身子|身子)';

/**
 * A blow: 打, 揍, 殴, 踢 — not the everyday 打 of doing something (打滑 skid, 打湿 soak, 打电话 phone, 打车 take a
 * taxi, 打卡, 打工, 打包…) nor 打 a thing to pieces (眼镜打烂了, 打碎, 打翻): those hurt nobody.
 */
export const BLOW =
  '(?:打(?!了?个?(?:滑|湿|电话|车|的|卡|工|包|开|听|折|扫|算|扰|印|针|点滴|游戏|球|牌|麻将|字|分|表|气|雷|闪|烊|转|盹|瞌睡|喷嚏|嗝|呼|招呼|理|交道|发|款|钱|水|伞|灯|火|通|给|过去|过来|不通|烂|碎|坏|翻))|揍|殴|踢)';

/** Head and face: a cut there is serious (膝盖磕破 is not). */
// 脑瓜(子) is the head and 波棱盖 the knee in Northeastern speech.
export const HEAD = '(?:头(?![盔像条发等顶一天晚儿])|脑袋|脑壳|脑瓜|后脑|额头|脸(?!书)|眼睛|太阳穴)';

/**
 * A faulty thing still in use as it is (大家还在那充电, 还有人在充电, 照样在用): people charge at it or use it still. Taiwan and
 * Hong Kong writers say 使用 for 用, 插着充 for charging plugged in, 继续 for going on (還有人在使用, 大家還在繼續充電, 照樣
 * 插著充 — read in simplified script here); 继续/持续 are how anyone says it goes on (stop 39).
 */
export const STILL_IN_USE =
  '(?:还|仍|照样|照常|继续|持续)(?:有人)?(?:在)?(?:那|这)?(?:儿|里)?(?:继续|持续)?(?:在)?(?:充电|充着|充(?= |$)|插着充|插着电|在用|在使用|使用|用着)';
/**
 * The same in English: still charging or in use, carrying on charging or using it ("people are still charging",
 * "riders keep using it", "still plugged in") — words a hazard is told with, never alone a hazard.
 */
export const STILL_IN_USE_LATIN =
  '\\b(?:still (?:\\w+ ){0,2}(?:charg(?:e|es|ing)|us(?:e|es|ing)|plugged in|in use|on charge|being (?:used|charged))|(?:keep|keeps|kept|continue|continues|continued|carry on|carries on|carrying on) (?:\\w+ )?(?:to )?(?:charg|us)(?:e|es|ing)|(?:in use|on charge) (?:right )?now)\\b';

/**
 * A socket, plug or wire, a battery on charge or a household appliance: where a spark or a wisp of smoke is a fault to
 * repair once the power is off (emergency-exemptions.ts) and a danger to keep away from while it is on (urgency.ts).
 */
export const ELECTRIC_FITTING =
  '插座|插头|插排|插线板|排插|开关|电线|电源线|充电线|电(?:表)?箱|配电箱|电表|电闸|充电|充着电|微波炉|电磁炉|电饭锅|电水壶|热水壶|烧水壶|饮水机|热水器|电暖器|取暖器|电风扇|风扇|冰箱|空调';
/** The same in English (a charging or battery cabinet, a power strip, an e-bike battery on charge). */
export const ELECTRIC_FITTING_LATIN =
  '\\b(?:sockets?|outlets?|plugs?|power ?strips?|extension (?:leads?|cords?)|wires?|wiring|cables?|chargers?|charging|batter(?:y|ies)|fuse ?box(?:es)?|switch(?:es)?|cabinets?|heaters?|microwaves?|kettles?|fans?)\\b';
/**
 * The fitting switched off, said with no object (充电柜冒火花 但我们已经关了, 赶紧把它关掉了 — QA31 #2): 关 after a
 * word of having done it already or at once, or 把…关; not 驿站关门了 or a bare 关了 (the station may be closed).
 */
export const SWITCHED_OFF =
  '(?:已经|早就|先|都|赶紧|赶快|马上|立马|立刻|及时)(?:给|把它|把)?关(?:了|掉)|把(?:它|电源|开关|电)关(?:了|掉)';
/**
 * The power cut or the fitting switched off by the writer, in English (as 拔了, 拉闸, 断电, 已经关了): "we switched it
 * off", "unplugged it", "cut the power", "turned off the breaker".
 */
export const SWITCHED_OFF_LATIN =
  '\\b(?:(?:switch|switched|turn|turned|shut|shutting|switching|turning) (?:it |them |the (?:\\w+ ){0,2})?(?:off|down)|(?:switch|switched|turn|turned|shut) off|unplug(?:ged)?|pulled (?:out )?the plug|(?:cut|cutting|killed|turned off) (?:the )?(?:power|electricity|breaker|mains)|power (?:is |s )?(?:off|cut)|(?:flipped|tripped) the (?:breaker|switch))\\b';

/** Someone other than the writer: workmates, family, strangers, "someone" (有人, 老王, 小李). */
const OTHERS = [
  // Not the 人 of a footway or a crossing (人行道的护栏倒了 is a railing down, nobody hurt).
  '人(?!行道|行横道|行天桥)',
  '他',
  '她',
  '同事',
  '同室',
  '老乡',
  '兄弟',
  '哥们',
  // 一姐们儿, 小姐妹: a woman workmate, said the northern way.
  '姐们',
  '姐妹',
  '师傅',
  '骑手',
  '小哥',
  '骑士',
  '工人',
  '保安',
  '店员',
  '小伙',
  '司机',
  '工友',
  '室友',
  '朋友',
  '老人',
  '老太太',
  '老太',
  '奶奶',
  '爷爷',
  '婆婆',
  '爹',
  '娘',
  // Shaanxi and Sichuan: a man's wife is his 婆娘.
  '婆娘',
  '后生',
  '阿叔',
  '阿婆',
  '阿公',
  '阿嬷',
  '外婆',
  '外公',
  '娃',
  // Wuhan and Hubei: a child is 伢 (细伢, 伢儿).
  '伢',
  // Nanjing and the Jianghuai belt: a child is 小把戏.
  '小把戏',
  '小朋友',
  '宝宝',
  '婴儿',
  '老头',
  '老爷子',
  '孩子',
  '小孩',
  '女孩',
  '男孩',
  '姑娘',
  '乘客',
  '顾客',
  '客人',
  '大爷',
  '大妈',
  '阿姨',
  '阿伯',
  '老伯',
  '大叔',
  '大哥',
  '大姐',
  '外卖员',
  '外送员',
  '快递员',
  '分拣员',
  '理货员',
  '拣货员',
  '打包员',
  '装卸工',
  '搬运工',
  '送货的',
  '送餐的',
  // A partner (女友洗澡洗到一半就叫不回应了 — round 38).
  '女友',
  '男友',
  '女朋友',
  '男朋友',
  '老婆',
  '老公',
  '媳妇',
  '丈夫',
  '妻子',
  '爸',
  '妈',
  '父亲',
  '母亲',
  '儿子',
  '女儿',
  '孕妇',
  '路人',
  '行人',
  '男的',
  '女的',
  '老[王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢]',
  '小[王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯]',
];
/** Someone nearby, not a customer or a shop (顾客一直没反应 is a customer not answering). */
export const NEARBY = `(?:${OTHERS.filter((o) => !['顾客', '客人', '乘客'].includes(o)).join('|')})`;
/** Someone other than the writer (压住一个阿姨; 压住我的单 is an order). */
export const SOMEONE = `(?:${OTHERS.join('|')})`;
/** Anyone a worker reports about, the writer included. */
export const PERSON = `(?:我|${OTHERS.join('|')})`;

/**
 * A person down: collapsed, not getting up, not breathing — with a PERSON before it in one clause.
 * 倒了 not as in pouring (倒了杯水), 不醒 not as in sleepy (睡不醒).
 */
export const DOWN =
  '(?:倒(?:在)?(?:那|这)(?:儿|里)?了|跪下去|跪倒|倒了(?![一杯水垃些点碗瓶回过])|倒下|倒地|瘫了|瘫坐|瘫倒|躺倒|不动了|爬不起来|起不来了|站不起来|起不了身|没气了|没气儿|不动弹了|不喘气|没呼吸|(?<!睡)不醒|(?:叫|喊)不回应|挺(?:在)?那(?:儿)?了)';
/** Down, as said of someone else only (APP没反应 is a phone). */
/** …said with the call between (喊他也不应, 叫了也不应). */
export const UNRESPONSIVE =
  '(?:没反应|没有反应|没动静|叫不应|喊不应|叫不回应|喊不回应|(?:叫|喊)(?:他|她|了)?(?:也|都)?不回应|(?:叫|喊)(?:他|她|了)?(?:也|都)不应|不吭声|不吱声|不出声|不吭气|不说话了)';

/** A blow or a fall that can hurt the head (撞到, 磕到, 摔, 砸, 着地). */
export const IMPACT = '(?:撞|磕|碰|砸|摔|跌|着地|栽)';

/** Signs after a blow to the head that make it a concussion or worse. */
export const CONCUSSION =
  /没动静|没反应|(?:一直|不停|还)在?吐|不动了|眼神发直|迷瞪|发懵|懵了|问话不答|不理人|迷糊|糊涂|记不清|记不得|想不起|不认(?:识)?人|说胡话|胡言乱语|吐了|想吐|呕吐|一直吐|头晕|晕乎|犯困|想睡|大包|鼓包|血|昏|反应慢|反复问|(?:一直|老是|不停)问(?:同一|一样|相同)|同一个问题|重复(?:问|说)|(?<![得到])说不出话|(?<![得到])说不了话|(?:安全帽|头盔)[^ ]{0,2}(?:裂|碎|烂|瘪)|说话不清|\b(confused|vomit\w*|throwing up|dizzy|drowsy|sleepy|bump)\b/;

/** A limb or the neck that no longer works: 脖子不能动, 腿没知觉, 手抬不起来. */
export const LOSS_OF_FUNCTION = '(?:不能动|动不了|抬不起|使不上劲|不听使唤|不会动)';

/** Open water, a channel, a flooded place a person can go under in. */
export const WATER =
  // 冰窟窿: a hole in the ice of a river or a lake (Northeastern winters).
  // 河涌, 那条涌水好急: a Cantonese creek (round 37); 涌 as "surge" (涌进来) is not one.
  '(?:河涌|条涌|涌(?:水|里|边)|冰窟窿|冰窟|河|湖|海|江|塘|水库|水沟|水渠|渠(?!道)|沟里|水里|水中|涵洞|排水|下水道|窨井|井里|水池|池子|泳池|积水|澡盆|浴缸|水缸|水桶)|化粪池|粪池|粪坑|污水池|沼气池';

/**
 * A place a person can be shut in and come to harm — cold, no air, no signal to call from: a cold store or a freezer,
 * a shipping container, a lift, the box of a truck or a van (QA8: 冷库那个门从里面打不开 差点给关里头). A broken door there
 * is a trap: at least urgent before anyone is caught, an emergency while someone is inside.
 */
export const ENCLOSURE =
  '(?:冷库|冷藏库|冷冻库|冻库|冰库|冷藏室|冷冻室|冷藏车|冷冻车|冷链车|冷柜|冰柜|集装箱|货柜|车厢|货厢|厢货|后备箱|尾箱|电梯|货梯|轿厢|地窖)';
export const ENCLOSURE_LATIN =
  /\b(?:freezers?|cold ?(?:store|room|storage)|walk-? ?in(?: freezer| cooler| fridge)?|chiller|reefer|(?:shipping )?containers?|lifts?|elevators?|(?:back|box) of (?:the|a|my|his|her) (?:truck|van|lorry)|truck box|cargo (?:box|hold|area)|refrigerated (?:truck|van|lorry|trailer|container))\b/;

/** A nosebleed (流鼻血, 鼻子老流血, nosebleeds): an illness's bleeding, or a complaint when it keeps coming back. */
export const NOSEBLEED = /流鼻血|鼻血|鼻子[^ ]{0,3}(?:流|出|淌)[^ ]{0,2}血|\bnose ?bleeds?\b/;

/** A pregnancy said (孕妇, 怀孕七个月, 怀着二胎, "she's pregnant"). */
export const PREGNANT =
  /孕妇|怀孕|怀着|大肚子|孕[^ ]{0,3}(?:周|月)|怀(?:了|起)[^ ]{0,3}(?:周|月)|怀(?:了|着)?(?:宝宝|孩子|二胎|娃|小孩)|预产期|\bpregnan\w*/;
/**
 * Pregnancy, and what makes a pregnancy an emergency now: blood however it is said (裤子上有血, 下面有血 — round 40; 验血,
 * 血压, 血糖 are tests), labour, the belly tightening again and again (肚子一阵阵发紧, 宫缩), pain, fainting.
 */
export const PREGNANCY_DANGER =
  /(?<![验抽查献采贫补])血(?![压糖脂型常检项])|见红|破水|羊水|要生|生了|肚子[^ ]{0,4}(?:疼|痛)|(?:肚子|小腹|肚皮)[^ ]{0,5}(?:发紧|发硬|紧绷|绷紧)|宫缩|阵痛|晕|倒|头[^ ]{0,2}(?:痛|疼)|看不清|抽搐|\b(bleed\w*|blood|waters? (has |have )?broke|labou?r|contractions?|collaps\w*|faint\w*|(a lot of|severe|bad) pain)\b/;

/** A farewell (再见了, 别找我了, 照顾好孩子, "sorry for everything"): with silence after it, a danger. */
export const FAREWELL =
  /(?:说|道)(?:声|个)?再见(?!了?[^ ]{0,2}(?:明天|下次|回头))|对不起(?:大家|爸妈|爹娘|爹妈|父母|家人|你们|所有人)|再也不见|永别|遗书|遗言|最后一条|最后一次(?:跟|和|对)?(?:大家|你们|说|见|联系)|再见了|别找我|不要找我|照顾好(?:孩子|爸妈|我妈|我爸|家里|老人|你自己)|下辈子|来世|去(?:找|陪)(?:她|他|我)?(?:妈|爸|奶奶|爷爷|外婆|外公)|就靠你们|最后(?:跟|和|对)?大家|最后说|永远消失|(?:和|跟|向)大家告别|发了?[^ ]{0,4}告别(?:的话|的消息|信|短信|语音)?|告别(?:的话|的消息|信|短信|语音)|不用等我|别等我了|我要走了|最后一(?:单|次|趟)[^ ]{0,4} ?谢谢大家|谢谢大家(?:这些年|一直以来|这段时间)|(?:以后|大家|兄弟们|你们|各位)[^ ]{0,2}(?:多)?保重|先走一步|\b(wrote (\w+ ){0,2}(notes?|letters?) (for|to) (my|his|her) (mum|mom|mother|dad|father|kids?|son|daughter|wife|husband|family|parents)|just wanted (someone|somebody|you) to know|said goodbye|goodbye|this is the end|disappear forever|farewell|last message|sorry for everything|take care of (the kids|mum|mom|my (mum|mom|kids|family)))\b/;
/** Silence after it: the phone off, no answer, blocked everyone. */
export const SILENCE =
  /关机|不开门|把自己(?:反)?锁(?:在|起来)|联系不上|打不通|找不到|不见了|不接电话|一直不接|没人接|没回(?:消息|信息|微信)?|不回(?:消息|信息|微信)|拉黑|退群|不通|(?:都|也)不回|(?:电话|微信|消息|语音)(?:也|都|一直)?(?:不接|没接|不回|没回)|\b(phone (is )?(off|dead)|switched off|turned off|not answering|(isn ?t|not) (answering|picking up|replying)|can ?t reach|blocked (us|me|everyone)|no reply|hasn ?t (answered|replied))\b/;

/** Despair said indirectly (不想拖累家里, 解脱), and the means made ready (药都准备好了): together, self-harm. */
export const DESPAIR =
  /不想(?:再)?拖累|这辈子就这样|一了百了|活够了|不想撑了|拖累(?:家里|大家|你们|家人)|没意思了|撑不下去|撑不住了?(?= |$)|解脱|想不开|没有希望|没希望了|\b(burden|no point|no hope|give up on life)\b/;
export const MEANS_READY =
  /(?:药|安眠药|绳子|刀片|刀|炭|农药|敌敌畏)[^ ]{0,3}(?:准备好|买好|买了|备好|藏好|攒|(?:就)?在手(?:边|里|上))|(?:准备好|买好|备好|藏好)了?[^ ]{0,2}(?:安眠药|绳子|刀片|炭|农药|敌敌畏|老鼠药)|\b(pills (are |all )?(ready|saved|on the table|in front of me|laid out|lined up|counted out)|bought (a )?(rope|charcoal|pills))\b|(?:从|去|到)[^ ]{0,4}(?:楼顶|天台|天桥|大桥|桥|楼|窗|阳台|江|河)[^ ]{0,2}(?:跳|下去)|(?:今晚|今天|今夜|等下|待会|马上)就?(?:[^ ]{0,8}(?<![事账案司单])(?:了结|了断)(?= |$)|跳|走了|了断|结束)/;
/** Goodbyes that leave no doubt (最后一条消息, 不用等我了): two goodbyes, one of them such, are a farewell note. */
const LAST_WORDS =
  /最后一条|不用等我|别等我了|永别|遗言|遗书|下辈子|来世|先走一步|再也不见|永远消失|别找我|不要找我/;
export const FAREWELL_NOTE = new RegExp(
  `(?:${LAST_WORDS.source})[^]*(?:${FAREWELL.source})|(?:${FAREWELL.source})[^]*(?:${LAST_WORDS.source})`,
);

/** A heart in trouble: the chest, and the pain or numbness spreading to the arm, shoulder or jaw. */
export const CHEST = /胸|心口|心脏|\bchest\b/;
export const RADIATING =
  /(?:左|胳膊|手臂|肩|下巴)[^ ]{0,6}(?:麻|疼|痛|酸|没劲)|\b((left )?arm (is |went |gone |feels )?(numb|tingl\w*|heavy|dead)|jaw (hurts|pain))\b/;

/** Someone's family put in another's care (帮我照顾我妈, 照顾好孩子): with belongings handed over, a farewell. */
export const ENTRUST =
  /照顾(?:好)?[^ ]{0,1}(?:他|她|我)?(?:妈|爸|家里|家人|孩子|老婆|老公|父母|爸妈|老人)|\b(look after|take care of) (my|his|her) (mum|mom|dad|kids?|family|wife|parents)\b/;
/** Belongings handed over, or a goodbye to being a burden: 车留给你了, 以后不麻烦大家了. */
export const HANDOVER =
  /(?:留给|送给|都给|交给|塞给)(?:我|你)|不(?:再)?(?:麻烦|打扰|拖累)(?:大家|你们|家里)|\b(gave|left) (me|you) (his|her|my)\b|(?:银行卡|支付宝|微信)?密码[^ ]{0,4}(?:发|给|告诉)/;

/**
 * Money or papers of one's own life handed over (把押金条都留给我了, 银行卡塞给我): what someone leaving for good
 * gives away — with silence after it, a farewell (a landlord's keys are not among them).
 */
export const BELONGINGS_HANDED = new RegExp(
  // …to the writer or to anyone (钥匙和银行卡都给室友了): with a farewell, the same danger.
  `(?:银行卡|工资卡|存折|押金条|积蓄|存款|身份证)[^ ]{0,4}(?:留给|送给|都给|交给|塞给)(?:我|你|${SOMEONE})|(?:留给|送给|交给|塞给)(?:我|你)[^ ]{0,3}(?:银行卡|工资卡|存折|押金条|积蓄|存款)|\\b(gave|left|handed) (me|us|(his|her) (roommate|friend|wife|husband|mum|mom)) (his|her) (bank card|savings|deposit slips?)\\b`,
);

/** Small things a child (or anyone) can swallow that hurt inside: batteries, magnets, coins, sharp things. */
export const SWALLOWED =
  '电池|纽扣|磁铁|吸铁石|磁力珠|磁珠|巴克球|硬币|干燥剂|钉子|图钉|别针|刀片|洗衣凝珠|洗衣珠|洗衣球|螺丝';

/** Household and workplace chemicals that burn the eyes or the skin (酸奶, 酸痛 are not among them). */
export const CHEMICAL =
  '清洁剂|消毒水|消毒液|84|漂白|洗衣液|洁厕|洗涤剂|除垢剂|强碱|烧碱|火碱|碱水|硫酸|盐酸|强酸|酸液|石灰|水泥|药水|农药|油漆|汽油|化学品|化学药剂|氨水|辣椒水|防冻液|电瓶液|电池液';
