/**
 * Built-in knowledge of emergencies: acute danger to a person right now — bleeding, unconsciousness,
 * chest pain or breathlessness, heat stroke, violence, self-harm, fire, someone trapped — in zh-CN,
 * zh-TW (compared after traditional → simplified normalisation) and English. A pack's own
 * `emergencyKeywords` and per-category `emergencyWhen` add to this; they are not needed for it.
 * Recall matters more than precision: a needless emergency costs a branch an hour, a missed one a life.
 *
 *   emergencySignals(normaliseReportText('同事头上一直在流血，叫不醒'))  // → ['bleeding', 'unconscious']
 *
 * The knowledge itself (phrases, structural patterns, English) is in emergency-knowledge.ts.
 *
 * A signal does not count when negated in its clause (没流血, 差点被撞, "nobody was hurt"), when it is
 * about prevention (防中暑), or when the report is clearly about the past with nothing about now
 * (上个月被车撞了，保险还没赔).
 */

import {
  DOWN,
  LOSS_OF_FUNCTION,
  PERSON,
  PREGNANCY_DANGER,
  PREGNANT,
  SWALLOWED,
  UNRESPONSIVE,
} from './emergency-concepts.js';
import { CANTONESE_DANGER } from './cantonese.js';
import { readDialects, WU_DANGER } from './dialect.js';
import {
  calmBy,
  conditionKeptInHand,
  lastingCarePlanned,
  lastingNoAttack,
  latinFaultCaughtInTime,
  MILD,
  MILD_SIGNALS,
  THING_SIGNALS,
} from './emergency-exemptions.js';
import { KNOWLEDGE, PUNCH, type EmergencySignal } from './emergency-knowledge.js';
import { phraseByMeaning } from './emergency-phrases.js';
import { PET_FELL } from './frames.js';
import { foldPronouns } from './pronouns.js';

export type { EmergencySignal };

/**
 * The built-in emergency phrases (晕倒, 吐血, 跳楼), and the words the rules combine with them — who
 * (奶奶, 同事) and a person's state (起不来, 没反应, 动不了) — for readers that turn typed sound back into
 * words ("nainai shuaidao le qi bu lai").
 */
export const EMERGENCY_PHRASES: readonly string[] = [
  ...Object.values(KNOWLEDGE).flatMap((k) => k.phrases.filter((p) => /\p{Script=Han}/u.test(p))),
  ...[
    PERSON,
    DOWN,
    UNRESPONSIVE,
    LOSS_OF_FUNCTION,
    PREGNANT.source,
    PREGNANCY_DANGER.source,
    SWALLOWED,
  ].flatMap(plainAlternatives),
  // Events the rules read by structure (从楼梯上掉下来, 孕妇要生了, 小孩不见了), as words to hear in pinyin.
  ...[
    '从楼梯上',
    // Shut in (tongshi zai lengku li chu bu lai le, men da bu kai; lao wang dao zai cesuo li).
    '冷库',
    '锁在',
    '关在',
    '困在',
    '反锁',
    '厕所',
    '卫生间',
    '吞了',
    '吞下',
    '老王',
    '老李',
    '老张',
    '老刘',
    '小王',
    '小李',
    '小张',
    '出不来',
    '打不开',
    '从梯子上',
    // A leak and a hand held by it (chongdianzhuang loudian… shou song bu kai — round 40).
    '漏电',
    // …and a shock told as done (chong dian de shi hou chu dian le): heard whole, not 出 电了 after 的时候.
    '触电了',
    '吸住',
    '松不开',
    '从楼上',
    '从脚手架上',
    '掉下来',
    '摔下来',
    '跌下来',
    '要生了',
    '不见了',
    // Someone missing named with it (haizi bu jian le): heard whole, not 海 子不见了 from the pieces of everyday words.
    ...['孩子', '小孩', '儿子', '女儿', '老人', '老婆', '我妈', '我爸'].map((who) => `${who}不见了`),
    '止不住',
    // A beating and the police called for it (zuotian bei ren da le yi dun… hai neng bu neng baojing — round 42): read as
    // 被人大了一墩 and 保井, the assault was a normal report.
    '被人打了',
    '打了一顿',
    '报警',
    // A blow to the eye and sight going (yi quan da zai wo yanjing shang, xianzai kan bu qing — round 42).
    '一拳',
    '眼睛',
    '看不清',
    '看不见',
    // Into water or a well (diao he li le): the reader then hears 同事掉河里了.
    '掉河里',
    '掉水里',
    '掉井里',
    '掉湖里',
    '掉江里',
    '掉沟里',
    // A knife in hand and what it is doing (na dao ding zhe…, you ren na dao kan ren — round 41): heard whole, so that
    // free chat, whose pack words read na dao as 拿到, hears 拿刀 where a blade is put to someone.
    ...['拿刀', '持刀', '举刀', '提刀'].flatMap((k) =>
      ['砍', '砍人', '捅', '捅人', '顶着', '抵着', '架着', '指着', '追', '抢', '逼'].map((act) => k + act),
    ),
  ],
];

/** The alternatives of a pattern that are plain Chinese words of two or more characters. */
function plainAlternatives(pattern: string): string[] {
  return pattern.split(/[|()?:]+/).filter((w) => /^\p{Script=Han}{2,}$/u.test(w));
}

/** Negation just before a phrase in its clause (没流血, 无人受伤, 差点被撞); 不 alone is not one (不停流血). */
const NEGATORS = [
  '没',
  '无',
  '未',
  '并非',
  '不是',
  '不用',
  '差点',
  '差一点',
  '险些',
  '防',
  '注意别',
  '小心别',
  '千万别',
  '别让',
  '避免',
  '预防',
  '以免',
  '怕',
];
/** Phrases that contain a negator but do not negate. */
const NOT_NEGATION = ['有没有', '是否', '无缘无故', '没想到'];
const NEGATION_WINDOW = 4;
const LATIN_NEGATION =
  /\b(no|not|nobody|never|nothing|without|nearly|almost|isn ?t|wasn ?t|didn ?t|don ?t|prevent|avoid)\b[^.,;!?]{0,20}$/;

/** A call for help now: the paperwork words then do not make it a question. */
const CALL = /救命|快来|快点|赶紧|马上|快叫|报警|\b(help|hurry|quick|now)\b/;
/**
 * The report is about the past… (昨个, 昨日 and the Northwestern 夜个 are 昨天; a wound already stitched or in
 * plaster — 缝了五针, 打了石膏 — was seen to). 以前没这毛病, 之前从来没犯过 say it is new (round 40), not past.
 */
const PAST =
  /听说|听(?:人家?)?讲(?!座|课)|(?<!吐了|拉了|晕了)好几次|几次了|经常|老是|总是|上个月|上月|上周|上个?星期|上个?礼拜|去年|前年|几天前|几个月前|好几天了|(?:之前|以前)(?![^ ]{0,2}(?:没(?:有)?(?:这|过|犯|发|得过)|从(?:来)?没|都好好|好好的))|上次|上回|那次|昨天|昨晚|昨儿|昨个|昨日|(?<![一半])夜个|前天|前几天|前两天|缝了[^ ]{0,3}针|打了石膏|打上了?石膏|(?:伤|断|咬|撞|摔|烫|冻伤|骨折|晕倒|中暑)过(?![去来马路了])|\b(last (week|month|year|night)|yesterday)\b|\bago\b/;
/** …unless it also says something about now. */
const NOW =
  /快去|刚(?:在|发|说|打)|(?<!到)现在|今早|(?<![昨前天])(?:早上|早晨|一早)(?<=(?:昨晚|昨天晚上|昨夜|昨儿晚上|昨儿个晚上|半夜)[^]*)|正在|还在|刚才|刚刚|刚被|(?:睡|躺|昏|晕|趴|倒)(?:着)?到现在|马上|赶紧|快来|快点|救命|今天|今晚|这会儿|这会子|此刻|眼下|right now|at the moment|\bnow\b|\bhelp\b|just now|\b(a|few|couple of|\d+) (minutes?|mins?|seconds?) ago\b|分钟前|(?:到现在|至今|一直|已经)[^ ]{0,8}(?:没回|不回|不接|没接|联系不上|打不通|找不到|关机|没消息)/;

/** Over and done: 现在好了, 已经没事了, 好多了, "fine now". */
const RESOLVED =
  /(?:现在|已经|早就|基本|目前)(?:都|也|人)?(?:说|讲)?(?:好了|没事|没什么事|不疼了|恢复)|虚惊|看过医生|去过医院|打过针|包扎好了|缝好了|好多了|没大碍|出院了|已经出院|出院(?:回家|回来|返屋|返家)|(?:已经|现在|早就)(?:都)?不(?:流血|出血|淌血)了|血(?:已经|早就)?止住了|痊愈|康复了|已经处理了|处理好了|已经解决|扶起来了|自己(?:站|爬)起来了|(?:现在|已经|人)(?:在)?住院(?![^ ]{0,2}抢救)|住院了|(?:已经|现在)在医院(?![^ ]{0,2}(?:抢救|icu))|救护车(?:已经)?(?:拉走|接走|送走)了?(?![^ ]{0,4}(?:抢救|icu|昏迷|没醒|还没))|医生说没(?:什么)?事|然后(?:就)?好了|后来(?:就)?好了|(?:歇|休息|缓|躺|坐)[^ ]{0,3}就好了|(?:歇|休息|躺|坐|喝)[^ ]{0,6}(?:才|就|也)缓过来|(?:已经|现在)缓过来|拆(?:了|完)?线|线(?:已经|都)?拆(?:了|掉)|拆(?:了|掉)?石膏|石膏(?:已经|都)?拆(?:了|掉)|(?:现在|已经|早就)(?:都|也)?(?:没|没有)(?:那个|那股|什么)?(?:味|味道|气味|煤气味|烟)了|(?:现在|已经)(?:都|也)?不漏(?:气)?了|被(?:别人|人|大家)?拉开了|(?:我|人)已经(?:走了|离开|安全|到家)|后来[^ ]{0,6}(?:开了|出来了|救出来|没事)|(?:救|捞|拉|抬)(?:上来|上岸|出来)了?[^]{0,6}(?:没事|醒了|醒过来|缓过来)|\b(false alarm|(the )?cast (is |s |was |came |got )?(off|removed)|stitches (are |were |came |got )?(out|removed)|fine now|ok(ay)? now|better now|recovered|(home|back home) (resting|recovering)|resting at home|healed (now|up)|(is|s|has|have|it s) (all |fully |since )?healed|all good now|now (ok|okay|fine|better|healed|all good)|now (he|she|i|they|we) ?(s|is|am|m|are|re)? (fine|ok|okay|better|alright|all right))\b/;
/** Minor, said so: 皮外伤, 不严重 — an injury then is not an emergency (other signals still are). */
const MINOR =
  /不严重|没大碍|皮外伤|小伤|小口子|擦破点皮|轻伤|创可贴|创口贴|有点血|一点血|(?:出|流|渗|冒)了?点(?:儿)?血|血丝|\b(plaster|band-?aid)\b|\b(not serious|minor|just a scratch)\b/;
const INJURY_SIGNALS = new Set<string>(['bleeding', 'serious-injury']);
/** Bleeding that goes on (止不住, 一直流, 湿透了): not the small cut the plaster was for. */
const STILL_BLEEDING =
  /止不住|停不下|(?:一直|还在|不停|不断)(?:地|的)?(?:流|冒|淌|渗|往外)|(?:好多|很多|一大滩|一地)血|湿透|\b(?:won ?t stop|keeps? bleeding|still bleeding|soaked)\b/;
/** A graze (手肘擦伤, 擦掉一大块皮, 蹭破皮): skin scraped off, painful but no emergency. */
const GRAZE =
  /擦伤|擦破(?:了)?(?:点|块|层)?皮|蹭破(?:了)?(?:点|块)?皮|擦掉(?:了)?(?:一)?(?:大|小)?(?:块|层)皮|磕破(?:了)?(?:点)?皮|\b(?:grazed|scraped|a graze)\b/;
/**
 * A scald said brief or small (烫了一下, 烫咗下, 红了一小块, 起了个小泡, 小红印, a small burn): a hand under the cold tap
 * and some cream, not an emergency.
 */
const SMALL_SCALD =
  /(?:烫|溅|泼|烧)(?:了|到|着|咗)?(?:一)?下(?![来去面边班午])|一小(?:块|片|点)|小(?:红印|红点|水泡|泡)|细泡|起(?:了|咗)?(?:个|一个)(?:小)?(?:水)?泡|\b(?:a (?:little|small|tiny) (?:burn|scald|blister)|minor (?:burn|scald))\b/;
/** …unless it is worse: the face or the eyes, a wide area, skin coming off, a child, someone faint. */
const WORSE_THAN_A_SMALL_SCALD =
  /脸|眼|一身|全身|浑身|满身|半身|大片|一大块|整只|整条|整个|大泡|好多泡|皮[^ ]{0,2}(?:掉|脱|烂|翻)|孩子|小孩|宝宝|娃|婴|起不来|晕|叫不醒|没反应|\b(?:face|eyes?|all over|child|kid|baby|toddler|peeling|unconscious)\b/;
/** …unless something worse is told beside it (骨折, 起不来, 好多血, 叫不醒). */
const WORSE_THAN_A_GRAZE =
  /骨折|断了|起不来|动不了|不能动|好多血|很多血|血流不止|一地血|昏|晕|叫不醒|没反应|喘不|抽搐|\b(?:broken|fractured|unconscious|can ?not move|can't move)\b/;

/**
 * Strips what pack authors write around the core of an `emergencyWhen` phrase (有人受伤流血 → 受伤流血). The 了 of
 * 不了 (动不了: cannot move) is part of the verb, not the particle: 动不 alone matched 电动车过不去.
 */
export function corePhrase(norm: string): string {
  const core = norm.replace(/^(有人|人|正在|已经|我的|我)/, '').replace(/(?<!不)(了|的)$/, '');
  return [...core].length >= 2 ? core : norm;
}

function negated(text: string, start: number, signal: string): boolean {
  const clauseStart = text.lastIndexOf(' ', start - 1) + 1;
  // 如果有人中暑怎么办, 万一被困: a what-if anywhere earlier in the clause.
  // 他说我要是敢走就弄死我: a threat made on a condition is a threat.
  const lead = text.slice(clauseStart, start);
  if (HYPOTHETICAL.test(lead) && !(signal === 'violence' && CONDITIONAL_THREAT.test(lead))) return true;
  let before = text.slice(Math.max(clauseStart, start - NEGATION_WINDOW), start);
  for (const p of NOT_NEGATION) before = before.replaceAll(p, ' ');
  if (MILD_SIGNALS.has(signal) && MILD.some((n) => before.includes(n))) return true;
  if (signal === 'self-harm' && SELF_HARM_DENIED.test(before)) return true;
  return NEGATORS.some((n) => before.includes(n));
}

/**
 * 不会做傻事的, 放心 我不得想不开 (不得 is 不会 in Hunan and Sichuan speech): the writer says they will not —
 * someone to talk to, not a life at risk. 会不会做傻事 is a fear, and stays.
 */
const SELF_HARM_DENIED = /(?<!会)不(?:会|得)(?:去)?$/;

/** Someone saying what they will do if…: 他说要是敢走就…, 扬言如果不给钱就…. */
const CONDITIONAL_THREAT = /(?:说|放话|扬言|威胁|撂话)[^ ]{0,6}(?:要是|如果|万一|假如)[^ ]{0,10}就$/;
/** A what-if or a drill (假装有人被压到), not an event. */
const HYPOTHETICAL = /如果|万一|要是|假如|假设|一旦|假装|模拟/;
const LATIN_HYPOTHETICAL = /\b(if|in case|what if|whenever)\b[^.;!?]{0,40}$/;
/** Said in jest: 开玩笑的, "just kidding". */
const JOKE =
  /开玩笑|开个玩笑|说着玩|逗你|哈哈|\b(just kidding|joking|jk|lol|lmao|haha\w*|(as|was|just) a joke)\b/;
/**
 * A question about paperwork (工伤认定, 理赔, 报销, "how do I claim") asks about an event, it does
 * not report a person in danger — unless the state words say someone is down now.
 */
const PAPERWORK =
  /认定|职业伤害|伤害保障|待遇|会赔|赔多少|怎么赔|要赔|赔吗|谁出|谁付|谁赔|\b(who pays|hospital bills?|medical bills?|(does|will|would) (the )?\w+ (pay|cover))\b|理赔|报销|意外险|算不算工伤|算工伤|是工伤|赔偿|赔付|保险|医药费|手续|流程|材料|怎么报|能报|索赔|私了|不肯赔|不愿赔|不给赔|不赔|误工费|营养费|找谁要|\b(claim|insurance|compensation|reimburs\w*|paperwork|receipts?|(injury|accident) cover)\b/;
/** Someone who did it (被人, 对方, "he"): then a cut is an attack, however minor it is said to be. */
const ATTACKER = /被|他|她|有人|对方|顾客|客人|\b(he|she|someone|guy|man|they)\b/;
/** Cut by a blade or glass, nobody else (手指被美工刀划破一点, round 31): 被 before the tool names no attacker. */
const TOOL_AS_AGENT =
  /被(?:一?[块根个片把张])?(?:美工刀|裁纸刀|小刀|刀片|剪刀|水果刀|菜刀|玻璃|碎玻璃|铁皮|铁片|钉子|纸箱|纸|钢丝|铁丝|树枝|刺)(?=[^ ]{0,2}(?:划|割|扎|刮|戳|切|刺))/g;
/** A clause that says only "fine": 没事, 没事了, 我没事. */
const SAID_FINE = /(?:^| )[^ 有]{0,4}没事(?:了)?(?: |$)|\b(i ?m|i am) (fine|ok|okay)\b/;
/** Signals an event word gives (被车撞, 冻伤), as opposed to the state of a person now (叫不醒, 流血). */
const EVENT_SIGNALS = new Set<string>(['serious-injury', 'heat-stroke', 'cold', 'electric', 'poisoning']);

/**
 * Moderate symptoms: one is a bad day (头晕), two or more together are a body in trouble
 * (头晕 + 出冷汗, 脸肿 + 呼吸急促, dizzy + vomiting).
 */
const MODERATE_CJK = [
  /头晕|头昏|晕得|晕乎乎|头[^ ]{0,2}晕|天旋地转/,
  /冷汗|虚汗|满头大?汗|大汗淋漓|汗直冒|(?:全身|浑身)冒汗|低血糖/,
  /捂着肚子|(?:疼|痛)得(?:打滚|叫|直叫|喊|哭|受不了)|(?:疼|痛)得[^ ]{0,2}(?:蜷|缩成|趴|跪)|(?:疼|痛)得[^ ]{0,3}滚|肚子(?:疼|痛)得|剧痛|直不起腰/,
  // …and 吐 closing a clause after what the body did (蹲下来吐, 开始吐, 趴着吐 — round 34).
  /呕吐|一直吐|想吐|吐了|在吐|吐个不停|(?:下来|起来|开始|趴着|蹲着|跪着|扶着墙)吐(?= |$)/,
  /手脚发麻|手发麻|脚发麻|发麻|麻了|(?:嘴|嘴巴|舌头|脸)[^ ]{0,2}麻/,
  /看不清|眼前[^ ]{0,3}发黑|视线模糊|重影/,
  /心慌|心跳好快|心跳很快|心悸|心跳[^ ]{0,3}快|心脏[^ ]{0,2}跳出来/,
  /头特别疼|头很疼|(?:头|脑袋|脑壳)(?:疼|痛)得|像要裂开|剧烈头痛|头痛欲裂|捂着头|抱着头|(?:头|脑袋|脑壳)[^ ]{0,4}要(?:炸|裂)|头[^ ]{0,2}(?:好|很|特别|超)(?:痛|疼)/,
  /一直想睡|昏昏欲睡|睁不开眼|\b(so sleepy|can ?t stay awake)\b/,
  /呼吸急促|呼吸很快|喘得|一直喘|不停地喘|(?:呼吸|喘气|吸气|出气)[^ ]{0,3}(?:费劲|吃力|困难|不顺|恼火)|(?:喉咙|嗓子眼?|喉头)[^ ]{0,2}(?:发紧|紧)|喘[^ ]{0,2}(?:呼呼|嘶嘶|呼哧|忽哧|带响|哨音)/,
  // 脸肿起了 (southwestern: swollen up — round 35).
  /肿得|肿起(?:来|了)|肿了/,
  /发抖|打哆嗦|哆嗦|打摆子|手脚冰凉|浑身冰凉|身上冰凉|(?:浑身|全身)发冷|一直[^ ]{0,2}抖|(?:全身|浑身)冰冷|(?:手|全身|浑身)[^ ]{0,2}抖/,
  /撑不住|快不行了|不行了/,
  /浑身无力|全身无力|没力气|站不稳|站不住|坐不稳|坐都坐不住|走不稳|东倒西歪|腿软|往一边倒|走路[^ ]{0,2}歪/,
  /说不出话|说话困难|说不清|话都说不利索|胡言乱语|说胡话|说话跟不上|颠三倒四|语无伦次|不认(?:识)?人|认不出(?:人|我|来)|问(?:他|她|人|话)[^ ]{0,4}(?:答不上来|答不出来|回答不了|不回答)|反应[^ ]{0,2}(?:慢|迟钝)/,
  /脸色(?:发白|苍白|煞白|惨白|发青|发灰)|面色苍白|脸白得|脸[^ ]{0,2}白了/,
  // Lips gone blue or grey (嘴唇发乌, 嘴巴乌的): with a pale face, a body short of air.
  /(?:嘴唇|嘴巴)[^ ]{0,2}(?:发白|发紫|发青|发乌|发黑|乌了|乌的|紫了|青了)/,
  // 身上烫得跟火炉一样, 额头烫得吓人 (round 34): the body hot to the touch.
  /发烫|高烧|烧得|(?:皮肤|身上|额头|浑身|全身|摸着)[^ ]{0,2}烫(?:手|得|人)|(?:皮肤|身上|额头|浑身|全身|摸着)[^ ]{0,4}又?烫(?= |$)/,
  /上吐下泻|虚脱/,
  // …or the face (满脸红疙瘩, 脸上起了好多疹子 — round 34), or said by its spread (身上起一片一片的疙瘩 — round 35).
  /(?:全身|浑身|身上|满脸|脸上)[^ ]{0,8}(?:疹|疙瘩|风团|红肿)/,
  /说话[^ ]{0,2}困难|胸口[^ ]{0,2}紧/,
];
const MODERATE_LATIN = [
  /\b(dizz(y|iness)|(room|everything) ?(is |s )?spinning)\b/,
  /\b(vomit\w*|throwing up|threw up|being sick)\b/,
  /\b(cold sweat|sweating (a lot|heavily|buckets|like crazy|so much|badly)|diabetic|diabetes|insulin|low blood sugar)\b/,
  /\b(numb|tingling)\b/,
  /\b(can ?t see|blurr(y|ed) vision)\b/,
  /\b(heart (is )?(racing|pounding)|palpitations)\b/,
  /\b(swell\w*|swollen)\b/,
  /\b(shaking|shivering|trembling)\b/,
  /\b(confused|disoriented|slurr\w*|not making (any )?sense|making no sense|talking gibberish)\b/,
  /\b(can ?t swallow|barely swallow|trouble swallowing|hard to swallow|difficult(y)? (to )?swallow\w*|tongue (is )?(swelling|swollen))\b/,
  /\b(pale|grey|gray) (face|skin)|(face|skin) (is |went |turned )?(pale|grey|gray|white)\b/,
  /\b(weak|can barely stand|legs gave way)\b/,
  /\b(splitting headache|worst headache|severe headache)\b/,
  /\b(breathing fast|rapid breathing)\b/,
];
const MODERATE_AT_LEAST = 2;

function moderateCount(norm: string): number {
  let n = 0;
  for (const re of [...MODERATE_CJK, ...MODERATE_LATIN]) {
    const m = re.exec(norm);
    if (!m) continue;
    if (/[a-z]/.test(m[0]) ? LATIN_NEGATION.test(norm.slice(0, m.index)) : negated(norm, m.index, 'moderate'))
      continue;
    n++;
  }
  return n;
}

/** The detector's own length-changing rows for regional speech, read after the shared tables. */
const DANGER = [...CANTONESE_DANGER, ...WU_DANGER];

/**
 * Words typed by sound with the wrong character (流学 for 流血, 中读 for 中毒): a pinyin keyboard's usual
 * slips on the words that matter most here, read as meant before matching. And regional speech the
 * classifier does not read (Sichuan, Beijing, Wuhan, northern 叫, Shaanxi); written Cantonese (晕咗 冇反应,
 * 佢唔郁) and Shanghainese and Henan (拨车子压辣下头, 木有反应) are read by cantonese.ts and dialect.ts, the
 * tables the classifier reads them with too.
 */
const TYPOS: [RegExp, string][] = [
  [/流[学雪穴]|留血/g, '流血'],
  [/(好多|很多|一滩|一地|满地|全是|都是)学(?= |$)/g, '$1血'],
  [/触[店垫]/g, '触电'],
  // …not 出学费 (拿不出学费: paying tuition — round 40), nor 出学校.
  [/出[学雪](?![费校习生期年历位院堂分业籍])/g, '出血'],
  // 住 typed zhu with the wrong character after 不 (血止不助, 按不注): cannot stop it.
  [/(?<=[止按压捂堵停])不[助注驻]/g, '不住'],
  [/中[读独]/g, '中毒'],
  // 农药 typed nongyao with the wrong second character (饮咗成樽农要).
  [/(?<!务)农要/g, '农药'],
  // …and rat poison or sleeping pills swallowed (吃了好多老鼠要, 吞了安眠要 — round 34): 老鼠要进来了 stays.
  [/(?<=(?:吃|喝|吞|服)[^ ]{0,4}(?:老鼠|毒鼠|安眠))要/g, '药'],
  // 电话 typed dianhua with the wrong second character (打电化, 电化那头): 电化教育 is not said in a report.
  [/电化(?!教|学)/g, '电话'],
  [/[晕昏][道到](?![了过]?[家站店楼点门口])/g, '晕倒'],
  [/抽[蓄畜]/g, '抽搐'],
  [/骨[着拆]/g, '骨折'],
  [/受[上商]/g, '受伤'],
  [/跳[搂漏]/g, '跳楼'],
  [/自[沙刹]/g, '自杀'],
  [/[着起][活伙]了/g, '着火了'],
  [/叫不[行型星]/g, '叫不醒'],
  // 掉 typed diao with the wrong character after a person or a vehicle going down (连人带车调下去了 — round 37): 被调下去
  // (moved to a lower post) stays.
  [/(?<=(?:连人带车|人|车)[^ ]{0,3})(?<![被要想给])调(?=下去|进去|进了|到[^ ]{0,2}(?:里|下面))/g, '掉'],
  // 百 typed bai with the wrong character in 百草枯 (paraquat).
  [/[白柏摆]草枯/g, '百草枯'],
  // Cantonese 反白眼 (eyes rolled up) is 翻白眼.
  [/反白眼/g, '翻白眼'],
  // 肿 typed zhong with the wrong character after the throat, the lips or the face (嗓子种了 — round 36).
  [/(?<=(?:嗓子|喉咙|嘴唇|嘴巴|嘴|脸|舌头|眼睛|眼皮)[^ ]{0,2})[种重](?=了|起|得)/g, '肿'],
  [/没反[映应]/g, '没反应'],
  [/喘不[过上][起器]/g, '喘不过气'],
  [/救[名明]/g, '救命'],
  [/同是/g, '同事'],
  // 撞 typed zhuang with the wrong character after a vehicle (被车装飞了, 让车装倒): hit.
  [/(?<=(?:被|让|叫)[^ ]{0,4}车[^ ]{0,2})装(?=飞|倒|翻|伤|死)/g, '撞'],
  // 通事 (heard for tongshi) is 同事 unless it is part of 交通事故.
  [/(?<!交)通事(?!故)/g, '同事'],
  // Beijing 让人抱走了 (was carried off by someone) is 被.
  [/让(?=人[^ ]{0,3}(?:抱走|拐|带走|抢走|绑走))/g, '被'],
  // Sichuan and Chongqing: 遭车撞了 (was hit), 昏过去咯 (…了).
  // 遭人跟了三条街 (was followed, round 31) as well.
  [/遭(?=[^ ]{0,3}(?:撞|打|砍|捅|咬|压|砸|电|烫|抢|刺|跟|尾随))/g, '被'],
  [/咯(?= |$)/g, '了'],
  // Beijing 让…给 (让渣土车给刮了) is 被; Wuhan 克 is 去 (晕过克了), 没得 is 没 (冇得反应).
  [
    /让(?=[^ ]{1,6}给[^ ]{0,2}(?:撞|刮|压|打(?![^ ]{0,2}(?:招呼|电话))|砸|碾|蹭|咬|撕|捅|砍|电|烫|夹|挤))/g,
    '被',
  ],
  // …and without 给 after a vehicle, a dog or a person (让车撞了, 让狗咬了): 别让车撞了 stays a warning (别让).
  [/(?<![别要心止免])让(?=[^ ]{0,3}(?:车|狗|人)(?:撞|刮|压|碾|轧|砸|咬|捅|砍|夹|挤|卷))/g, '被'],
  [/过克/g, '过去'],
  // Shaanxi 咧 closing a clause (烫着咧) is 了.
  [/咧(?= |$)/g, '了'],
  [/没得(?=反应|知觉|意识|呼吸|气|动静|上来|出来)/g, '没'],
  // Sichuan and Chongqing 噎倒了 / 噎到了 (choked: 倒 and 到 complete the verb), 动不得 (cannot move), 压到起 (pinned:
  // 到起 / 倒起 is 着).
  [/噎[倒到着](?!霉)/g, '噎住'],
  [/动不得/g, '动不了'],
  [/(?<=[压卡夹困])[到倒]起/g, '住了'],
  // Shaanxi 咋咧 (what is wrong).
  [/咋咧/g, '咋了'],
  // 落谁 for 落水 (a slip by sound): 有人在湖里落谁了, 掉谁里了.
  [/(?<=[落掉跌栽](?:进|到)?)谁(?=了|里| |$)/g, '水'],
  // 讲 for 说 (Hunan, Hubei, Wu, Cantonese): 讲胡话 is 说胡话, 讲不出话 说不出话.
  // …and before what someone says they will do (电话里讲要斩死我 — round 34): a threat said, read as 说要.
  [/讲(?=胡话|不出话|(?:过)?要)/g, '说'],
];
/**
 * Regional speech read first, as the classifier reads it (written Cantonese, Wu and Henan: dialect.ts), then
 * the detector's own length-changing rows for them, then slips and other speech.
 */
function foldTypos(norm: string): string {
  const mandarin = DANGER.reduce((t, [re, to]) => t.replace(re, to), readDialects(norm));
  return TYPOS.reduce((t, [re, to]) => t.replace(re, to), mandarin);
}

/**
 * Live signals of an emergency in a normalised report (normaliseReportText), plus any of the pack's
 * `extra` phrases (normalised the same way) found un-negated. Empty when there is none.
 */
export function emergencySignals(text: string, extra: readonly string[] = []): string[] {
  const norm = withoutColdColour(withoutExplainedNumbness(withoutHyperbole(foldPronouns(foldTypos(text)))));
  const found = rawSignals(norm, extra).filter(
    (s) => s !== MODERATE_SIGNAL || !(putDownToMildIllness(norm) || lastingModerate(norm)),
  );
  if (found.length === 0 || !aboutNow(norm)) return [];
  // 电瓶车着火了 旁边没人 已经扑灭了: a fire that is out, with nobody there, is a claim, not a danger.
  if (fireOutNobodyNear(norm) && found.every((s) => s === 'fire')) return [];
  // 垃圾桶着火了 已经有人拿灭火器扑灭了: a fire already put out, with nobody hurt or still inside, is over (round 36).
  if (firePutOut(norm) && found.every((s) => s === 'fire' || s === 'pack')) return [];
  // 被人抢劫了 人没事, robbed on the way home and nobody was hurt: the robbery is over (urgent) — unless the robber
  // is still there or after the worker.
  if (
    ROBBED.test(norm) &&
    NOBODY_HURT.test(norm) &&
    !ROBBER_STILL_THERE.test(norm) &&
    found.every((s) => s === 'violence')
  )
    return [];
  // 有两个人一直跟着我 还抢我手机, 醉鬼拦着我不让走 还抢我手机: a snatch with no weapon, no blow and nobody said hurt
  // is a robbery over (urgent) — unless the robber is still there or after the worker (round 34).
  if (bareSnatch(norm, extra) && found.every((s) => s === 'violence')) return [];
  // 顾客开门就给我一拳 眼镜都打烂了: one punch and nothing else — no blood, no weapon, nobody down or still at it — is an
  // assault to report (urgent), not an emergency; a punch with sight going is one (round 42).
  if (bareBlow(norm, extra) && found.every((s) => s === 'violence')) return [];
  // 孩子不见了 原来在邻居家: found again.
  if (FOUND.test(norm) && found.every((s) => s === 'missing-person')) return [];
  // 老婆下个月要生了, 要生了 我请几天假: a birth ahead or leave asked for, not labour on the road.
  if (BIRTH_AHEAD.test(norm) && found.every((s) => s === 'medical')) return [];
  // A pack's own phrases (有人摔伤) count as events here too: with paperwork they ask about one.
  const events = found.every((s) => EVENT_SIGNALS.has(s) || s === 'pack');
  if (events && PAPERWORK.test(norm) && !CALL.test(norm)) return [];
  // …unless the bleeding goes on (贴了创可贴还是止不住 — round 42).
  if (MINOR.test(norm) && !STILL_BLEEDING.test(norm) && found.every((s) => INJURY_SIGNALS.has(s))) return [];
  // 被电动车撞了 手肘擦伤, 卡进去摔了 胳膊肘擦掉一大块皮: a crash or a fall that left a graze (urgent);
  // a pack's phrase of the fall itself (掉进去) is calm with it too.
  if (
    GRAZE.test(norm) &&
    !WORSE_THAN_A_GRAZE.test(norm) &&
    found.every((s) => INJURY_SIGNALS.has(s) || s === 'pack')
  )
    return [];
  // 被开水烫了一下手, 滚水烫咗下手指 起咗个细泡: a scald said brief or small, nowhere near the face or a child (round 41).
  if (
    SMALL_SCALD.test(norm) &&
    !WORSE_THAN_A_SMALL_SCALD.test(norm) &&
    found.every((s) => INJURY_SIGNALS.has(s))
  )
    return [];
  // 刀片划了一下手 有点血: a blade slipped, said minor, and nobody did it to them — a pack's 人在流血 read in 流了点血 too
  // (开箱子被美工刀划了一下 流了点血 按一下就止住了 贴了创可贴 — round 42) — unless the bleeding goes on.
  if (
    MINOR.test(norm) &&
    !STILL_BLEEDING.test(norm) &&
    found.every((s) => INJURY_SIGNALS.has(s) || s === 'violence' || s === 'pack') &&
    !ATTACKER.test(norm.replace(TOOL_AS_AGENT, ' '))
  )
    return [];
  // 被电了一下 没事: the writer says it came to nothing.
  if (SAID_FINE.test(norm) && found.every((s) => EVENT_SIGNALS.has(s))) return [];
  // 电线掉在水里 还没人碰: a pack's phrase said with nobody hurt yet is a hazard (urgent), as in packEmergencyLive.
  if (NOBODY_HURT.test(norm) && found.every((s) => THING_SIGNALS.has(s) || s === 'pack')) return [];
  // A pack's own phrases (流了好多血) said of a pet are a vet's case too.
  if (PET.test(norm) && found.every((s) => ANIMAL_SIGNALS.has(s) || s === 'pack')) return [];
  return found;
}

/**
 * Whether a normalised report tells of a sign of a person's body or mind in trouble now (头晕, 发抖, 撑不住了): one is
 * no emergency by itself, but a model's "emergency" may stand on it (llm-classify.ts) — never on nothing.
 */
export function personSign(text: string): boolean {
  const norm = withoutColdColour(withoutExplainedNumbness(withoutHyperbole(foldPronouns(foldTypos(text)))));
  return moderateCount(norm) > 0 && aboutNow(norm);
}

/**
 * Whether the report tells of an assault, now or before (上个月的工资…把我堵在库房里打了一顿): what the report is
 * about for its category, whether or not it is an emergency now.
 */
export function assaultTold(text: string): boolean {
  const norm = withoutHyperbole(foldPronouns(foldTypos(text)));
  return rawSignals(norm).includes('violence') && toldAsFact(norm);
}

/**
 * Whether the words around a phrase leave it an event happening to a person: not a simile (着火一样),
 * a condition (着火的话), a figure of speech (气得我心脏病都要犯了, 罚得我要吐血), a worry (会不会爆炸),
 * something about to happen (热得要中暑) or damage to a thing (外卖箱被撞坏了) — the exemptions in
 * emergency-exemptions.ts. Negation is apart.
 */
function inContext(norm: string, signal: string, start: number, end: number): boolean {
  return calmBy(norm, signal, start, end) === undefined;
}

/**
 * Whether a pack's emergency keyword found at [start, end) is said of a person in danger: the same
 * context rules as the built-in phrases (not 着火一样, 着火的话, 外卖箱被撞坏了).
 */
export function packHitLive(text: string, start: number, end: number): boolean {
  // The classifier found the hit in the dialect-folded text (dialect.ts); the fold keeps positions.
  const norm = readDialects(text);
  return (
    inContext(norm, 'pack', start, end) &&
    !HYPOTHETICAL_CLAUSE(norm, start) &&
    // 不会想不开的: said not to be going to happen, as for the built-in self-harm phrases.
    !SELF_HARM_DENIED.test(norm.slice(Math.max(0, start - NEGATION_WINDOW), start)) &&
    !LATIN_HYPOTHETICAL.test(norm.slice(0, start))
  );
}
function HYPOTHETICAL_CLAUSE(norm: string, start: number): boolean {
  const clauseStart = norm.lastIndexOf(' ', start - 1) + 1;
  return HYPOTHETICAL.test(norm.slice(clauseStart, start));
}

/** The signals a text states, before asking whether they are past, over, in jest or a general question. */
function rawSignals(norm: string, extra: readonly string[] = []): string[] {
  if (!norm) return [];
  const found = new Set<string>();
  const live = (signal: string, start: number, end: number): boolean =>
    inContext(norm, signal, start, end) && !negated(norm, start, signal);
  const phrases: [string, string][] = [];
  for (const [signal, k] of Object.entries(KNOWLEDGE)) for (const p of k.phrases) phrases.push([p, signal]);
  for (const p of extra) if (p) phrases.push([p, 'pack']);
  for (const [p, signal] of phrases) {
    if (found.has(signal)) continue;
    for (let i = norm.indexOf(p); i >= 0; i = norm.indexOf(p, i + 1)) {
      if (live(signal, i, i + p.length)) {
        found.add(signal);
        break;
      }
    }
  }
  // The pack's phrases in the worker's own words (他躺地上一动不动 for 人倒在地上不动).
  if (!found.has('pack') && extra.some((p) => p && phraseByMeaning(norm, p, (s, e) => live('pack', s, e))))
    found.add('pack');
  for (const [signal, k] of Object.entries(KNOWLEDGE)) {
    if (found.has(signal)) continue;
    for (const re of k.patterns ?? []) {
      if ([...norm.matchAll(globalOf(re))].some((m) => live(signal, m.index, m.index + m[0].length))) {
        found.add(signal);
        break;
      }
    }
    if (!found.has(signal) && k.together?.some((rule) => allTogether(norm, signal, rule, live)))
      found.add(signal);
    if (found.has(signal) || !k.latin) continue;
    for (const m of norm.matchAll(globalOf(k.latin))) {
      const before = norm.slice(0, m.index);
      const after = norm.slice(m.index + m[0].length);
      if (signal === 'violence' && (LATER_THREAT.test(before) || LATER_AFTER.test(after))) continue;
      // "smells like smoke, someone was smoking": a cigarette or a barbecue, not a fire.
      if (signal === 'fire' && m[0].startsWith('smoke') && LATIN_SMOKE_SOURCE.test(norm)) continue;
      if (signal === 'fire' && LATIN_WORRY.test(before)) continue;
      // "the socket is sparking but we unplugged it": a fault caught in time, as 插座冒火花 我先拔了电.
      if (signal === 'fire' && latinFaultCaughtInTime(norm, m[0])) continue;
      // "chest pain on and off for a week, can't afford a checkup": a lasting complaint, as 心口老隐隐地疼 想看病又没钱.
      if (LASTING_CARE_SIGNALS.has(signal) && lastingCarePlanned(norm)) continue;
      // "epileptic but well controlled on meds, can I skip nights": a condition kept in hand (as 一直吃药控制得蛮好).
      if ((signal === 'medical' || signal === 'breathing') && conditionKeptInHand(norm)) continue;
      // "the ferry stopped, I'm stuck on Gulangyu": stranded, not shut in (as 困在岛上 回不去, emergency-exemptions.ts).
      if (signal === 'trapped' && LATIN_STRANDED.test(norm) && !LATIN_STRANDED_DANGER.test(norm)) continue;
      if (!LATIN_NEGATION.test(before) && !LATIN_HYPOTHETICAL.test(before)) {
        found.add(signal);
        break;
      }
    }
  }
  if (moderateCount(norm) >= MODERATE_AT_LEAST) found.add(MODERATE_SIGNAL);
  return [...found];
}

/**
 * A threat to come back for someone later ("threatened to come find me and beat me up", "next time I see you"):
 * urgent, not violence now (the Chinese 说要来门口堵我 is read the same way).
 */
const LATER_THREAT =
  /\b(come (and )?(find|get|look for|back for|after)|find (me|him|her|you) (later|tomorrow|some ?day)|next time|some ?day|one day)\b[^.;!?]{0,25}$/;

/** A worry ("scared it explode", "might catch fire"): a fire feared, not burning (as 担心会着火). */
const LATIN_WORRY =
  /\b(?:(?:scared|afraid|worried|worry|fear(?:ing)?)(?: that)?(?: (?:it|this|that|(?:the|my|his|her|a) \w+(?: \w+)?))?(?: (?:will|would|might|may|could|can|gonna|going to))?|might|may|could|would|gonna|going to)(?: catch| burst into| start(?: a)?)? $/;

/** The same said after the act: "he would beat me next time". */
const LATER_AFTER = /^[^.;!?]{0,15}\b(next time|tomorrow|later|some ?day|one day)\b/;
/** The transport that stopped, leaving someone stranded. */
const LATIN_STRANDED =
  /\b(?:ferry|ferries|boats?|bus|buses|trains?|flights?|metro|subway) (?:\w+ ){0,2}(?:stopped|cancell?ed|suspended|not running|halted)\b|\bcan ?t get (?:back|home|off the island)\b|\bstranded\b/;
/** …unless the place itself is the danger. */
const LATIN_STRANDED_DANGER =
  /\b(?:water|flood\w*|fire|smoke|collaps\w*|injur\w*|hurt|bleeding|lift|elevator|locked|inside|under)\b/;
const LATIN_SMOKE_SOURCE = /\b(smoking|cigarettes?|bbq|barbecue|cooking|grill\w*|incense|vap(e|ing))\b/;

const MODERATE_SIGNAL = 'medical';
/** The signals a lasting complaint with a doctor to find or pay for leaves calm (emergency-exemptions.ts). */
const LASTING_CARE_SIGNALS = new Set<string>(['heat-stroke', 'medical', 'breathing', 'cold']);
/**
 * Symptoms the writer puts down to something mild (头好痛 想吐 是不是感冒了, 吃坏肚子了): a question
 * about an ailment, not a body in trouble — unless a sign of its own says otherwise.
 */
const MILD_ILLNESS =
  /感冒|着凉|受凉|吃坏|上火|没睡好|晕车|晕船|晕机|晕浪|宿醉|喝多了|中午没吃|没吃早饭|\b(a cold|the flu|flu|hangover|hungover|(?:car|sea|air) ?sick)\b/;
/** Whether 'medical' rests only on moderate symptoms that the writer puts down to something mild. */
function putDownToMildIllness(norm: string): boolean {
  return MILD_ILLNESS.test(norm) && !medicalSign(norm) && !DIABETIC.test(norm);
}
/** Moderate symptoms of every day, with a doctor to find or pay for (天天晒 头晕想吐 哪里看病便宜): no attack now. */
function lastingModerate(norm: string): boolean {
  return (lastingCarePlanned(norm) || lastingShelterWanted(norm)) && !medicalSign(norm);
}
/**
 * 这几天太阳好大 等单头晕想吐 附近没一块遮阴的地方: days of it, and the shade or rest the place lacks — a complaint
 * about where workers wait, not an attack now.
 */
const SHELTER_LACKING =
  /(?:没|无|冇|莫)(?:有|得)?(?:一块|一个|个|块|地方)?[^ ]{0,3}(?:遮阴|遮阳|阴凉|乘凉|躲雨|避雨|歇脚|休息的地方|坐的地方|空调)/;
function lastingShelterWanted(norm: string): boolean {
  return SHELTER_LACKING.test(norm) && lastingNoAttack(norm);
}
/** A diabetic who skipped a meal and sweats and shakes is going low (低血糖), not merely hungry. */
const DIABETIC = /糖尿病|胰岛素|\b(diabet\w*|insulin)\b/;
/** A sign 'medical' knows by itself (嘴歪, 过敏…肿), as opposed to two moderate symptoms. */
function medicalSign(norm: string): boolean {
  const k = KNOWLEDGE.medical;
  const live = (start: number) => !negated(norm, start, MODERATE_SIGNAL);
  if (k.phrases.some((p) => norm.includes(p) && live(norm.indexOf(p)))) return true;
  if ((k.patterns ?? []).some((re) => re.test(norm))) return true;
  if (k.together?.some((rule) => rule.every((re) => re.test(norm)))) return true;
  return k.latin ? k.latin.test(norm) : false;
}

/**
 * A worker's everyday hyperbole about a body (饿晕了, 累瘫了, 跑断腿): set aside, so that its words do not
 * read as a person down or a broken leg; anything else the report says still counts. A diabetic who is
 * "faint with hunger" may be going low, so 饿晕 stays for them.
 */
const HYPERBOLE =
  /\b(orders?|phone|app|business|sales|notifications?|group chat)\b[^.,;!?]{0,12}\b(exploded|explod\w+|blew up|blowing up|on fire)\b|\b(exploded|blew up|blowing up|on fire) with (orders|messages|calls|notifications)\b|[饿累困](?:晕|昏|瘫|趴)|跑断(?:了)?腿|跑(?:到|得)(?:我)?(?:腿|腰|脚)(?:都|快|要)?(?:断|折)|(?:腿|腰)(?:都|快|要)?(?:跑|累|站|走)(?:断|折)了?/g;
function withoutHyperbole(norm: string): string {
  if (DIABETIC.test(norm)) return norm;
  const plain = norm.replace(HYPERBOLE, (m) => '·'.repeat(m.length));
  return TIRED.test(plain) && !ACCIDENT.test(plain)
    ? plain.replace(WORN_OUT_LEGS, (m) => '·'.repeat(m.length))
    : plain;
}
/** 跑了一天腿都断了 累死: a long day said, and nothing that could break a leg — legs "broken" with tiredness. */
const TIRED = /累|跑了一天|站了一天|走了一天|跑一天|一整天|\b(tired|exhausted)\b/;
const ACCIDENT = /撞|摔|砸|压|被|车祸|掉|跌|绊|夹|卷|\b(hit|fell|fall|crash\w*)\b/;
const WORN_OUT_LEGS = /(?:腿|腰|脚)(?:都|快|要)(?:断|折)了?/g;

/**
 * Numbness with an everyday cause (胳膊拿手机拿麻了, arm numb from holding the phone): a limb that
 * went to sleep, not a stroke or a heart — its numbness words are set aside.
 */
const NUMB_CAUSE =
  /(?:拿|握|举|攥|抓|捏|端|扶)[^ ]{0,3}(?:手机|车把|把手|龙头)|(?:手机|车把|把手)[^ ]{0,2}(?:拿|握|举|攥|扶)|压麻|压着睡|睡觉压|坐(?:太)?久|蹲(?:太)?久|骑(?:太)?久|\b(from|after) (holding|gripping|sleeping on|sitting|riding|squatting)\b|\bholding (the|my) (phone|handlebars?)\b/;
const NUMBNESS = /[^ ]{0,2}麻(?:了|木|掉)?|\b(numb|tingl\w*|gone dead|went dead|dead)\b/g;
function withoutExplainedNumbness(norm: string): string {
  return NUMB_CAUSE.test(norm) ? norm.replace(NUMBNESS, (m) => ' '.repeat(m.length)) : norm;
}

/**
 * Lips, hands or fingers gone purple from the cold, said to ask for heating (冻得嘴唇发紫, 嘴唇冻得发紫 站里能不能开个暖气;
 * 手冻得发紫 驿站能开暖气吗 — round 41): how cold the room is, not a body short of air or frozen — the part is set aside
 * (a person down, confused or shaking still counts).
 */
const COLD_LIPS =
  /(?<=[冻冷](?:得|到)(?:我|人)?(?:都|直)?)(?:嘴唇|嘴巴|嘴|脸)[^ ]{0,2}(?:发紫|发青|发白|发乌|紫了|青了|乌了|白了)|(?:嘴唇|嘴巴|嘴|脸)(?:都|也)?[冻冷](?:得|到)(?:都|直)?(?:发紫|发青|发白|发乌|紫了|青了|乌了|白了)/g;
/**
 * Hands, fingers, feet or ears gone purple with the cold (手冻得发紫, 冻得手指头都发紫了, 手冻哩发紫): only the colour is set
 * aside, so that the cold itself still counts with a mind slipping (手冻得发白发硬 说话颠三倒四 stays an emergency).
 */
const COLD_HANDS =
  /(?<=(?:[冻冷](?:得|到|哩)(?:我|人)?(?:都|直)?(?:手指头|手指|指头|手背|手|脚趾头|脚趾|脚|耳朵)[^ ]{0,2})|(?:(?:手指头|手指|指头|手背|手|脚趾头|脚趾|脚|耳朵)(?:都|也)?[冻冷](?:得|到|哩)(?:都|直)?))(?:发紫|发青|发乌|紫了|青了|乌了)/g;
const COLD_COLOUR_LATIN =
  /(?<=\b(cold|freezing)\b.{0,12})\b(lips?|fingers|hands) (are |is |turned |went |gone )?(purple|blue)\b/g;
const WARMTH =
  /暖气|空调|暖风|取暖|暖和|暖暖|暖一下|暖下|暖宝宝|暖手|电暖|烤火|炉子|热水|棉衣|棉袄|羽绒|保暖|加热|\b(heating|heater|(hand ?)?warmers?)\b/;
function withoutColdColour(norm: string): string {
  if (!WARMTH.test(norm)) return norm;
  const blank = (m: string): string => '·'.repeat(m.length);
  return norm.replace(COLD_LIPS, blank).replace(COLD_HANDS, blank).replace(COLD_COLOUR_LATIN, blank);
}

/** Someone missing who has been found (找到了, 原来在…, 虚惊一场). */
const FOUND =
  /(?<![不没])找到了|虚惊一场|原来在|(?<![没不])回来了|已经回家|\b(found (him|her|them|the (kid|child|boy|girl))|turned up)\b/;
/** A birth ahead (下个月要生了) or leave asked for it (请假, 产假, 陪产假). */
const BIRTH_AHEAD =
  /(?:下个?月|下周|下星期|月底|年底|过几天|几天后|明年|预产期)[^ ]{0,4}(?:要)?生|请[^ ]{0,3}假|产假|陪产|生育(?:津贴|保险|金)|产检/;
/** A fire already out with nobody there (当时旁边没人 已经扑灭了, 屋里没人 车烧没了). */
const NOBODY_NEAR =
  /(?:旁边|周围|附近|屋里|车上|车里|里面|家里|当时|那会儿?)[^ ]{0,2}(?:没人|没有人)|\b(nobody|no one) (was )?(around|near|nearby|inside|there|home)\b/;
const FIRE_OUT = /扑灭|灭了|浇灭|烧没了|烧光了|烧完了|\b(put (it )?out|burnt out|burned out)\b/;
/** Put out by someone (已经有人拿灭火器扑灭了, 保安喷灭了) — unless it flared up again or someone is hurt or inside. */
const PUT_OUT = /(?:扑|浇|喷|踩|打)灭了|已经[^ ]{0,10}(?:扑灭|浇灭|喷灭|灭掉)|\b(?:was|been|got) put out\b/;
const STILL_BURNING =
  /复燃|又(?:烧|着)起来|还在(?:烧|着)|烧伤|烫伤|受伤|伤了|伤到|烧到(?:人|了人)|送医|还有人|困在|没出来|出不来|\b(?:still burning|flared up|hurt|injur\w*|burns?)\b/;
function firePutOut(norm: string): boolean {
  return PUT_OUT.test(norm) && !STILL_BURNING.test(norm);
}
function fireOutNobodyNear(norm: string): boolean {
  return NOBODY_NEAR.test(norm) && FIRE_OUT.test(norm);
}

/**
 * Whether what the report says can be a danger now: not past or over, not in jest, not a general
 * question. Applies to the pack's emergency keywords as much as to the built-in signals.
 */
export function aboutNow(norm: string): boolean {
  return !overOrPast(norm) && toldAsFact(norm) && !SAID_NOT_AN_EMERGENCY.test(norm);
}
/**
 * The writer says outright it is not an emergency (Not an emergency, but…; 不是紧急情况 就是想登记一下 — round 34): they see
 * the scene, and the report is for the record.
 */
const SAID_NOT_AN_EMERGENCY =
  /不是(?:什么)?(?:紧急|急事)|不算(?:紧急|急事)|不(?:太)?紧急|\b(not an emergency|not urgent|no emergency|non-emergency)\b/;
/** Not in jest, not a general question, not a film, a story, hearsay, a dream or a lesson — past or not. */
function toldAsFact(norm: string): boolean {
  return (
    !JOKE.test(norm) &&
    !generalQuestion(norm) &&
    !(MEDIA.test(norm.replace(VIDEO_CALL, ' ')) && !NOW.test(norm) && !SENT_TO_ME.test(norm)) &&
    !(STORY.test(norm) && !nowTellsDanger(norm)) &&
    !(HEARSAY.test(norm) && !NOW.test(norm)) &&
    !(DREAM.test(norm) && !NOW.test(norm)) &&
    !(LESSON.test(norm) && !NOW.test(norm))
  );
}

/** What a safety class taught (安全课上讲 有人触电要先断电): a lesson retold, not an event. */
const LESSON =
  /课上|上课(?:时|的时候)?(?:讲|说|教)|(?:培训|讲座|演练|演习)(?:时|上|里|的时候)?(?:讲|说|教|学)|老师(?:讲|说|教)|教(?:过)?我们|组织(?:大家)?学|学(?:习)?(?:急救|海姆立克|心肺复苏|cpr)|教(?:大家|我们)?(?:怎么)?救|想学|哪(?:儿|里)?(?:能|可以)?学|(?:哪儿|哪里|哪)(?:有课|教)|在哪学|演练|演习|\b(in (the )?(training|class|lesson)|we were taught|(fire|evacuation|emergency|safety|earthquake) (drills?|exercises?))\b/;
/**
 * A film, a play or a novel (睇咗套戏 入面个外卖仔俾人斩): what happens in it is a story, even when the writer
 * says how it leaves them now (吓到我今日都唔敢送夜宵) — unless what they say about now is a danger itself.
 */
const STORY =
  /电影|电视剧|短剧|刷剧|追剧|看剧|网剧|小说|纪录片|影片|(?:恐怖|鬼|动作|警匪|犯罪|枪战|灾难|武打|功夫|惊悚|悬疑)片|剧里|拍戏|(?:看|睇)(?:了|咗)?(?:一|个)?(?:套|场|出|部)?戏|(?<!游)戏(?:里|入面)|\b(movie|film|tv (show|series)|novel)\b/;
function nowTellsDanger(norm: string): boolean {
  for (const m of norm.matchAll(globalOf(NOW))) {
    const clauseEnd = norm.indexOf(' ', m.index + m[0].length);
    const nextEnd = clauseEnd < 0 ? -1 : norm.indexOf(' ', clauseEnd + 1);
    if (rawSignals(norm.slice(m.index, nextEnd < 0 ? undefined : nextEnd)).length > 0) return true;
  }
  return false;
}
/** A photo or video someone sent the writer is about them, not the news (朋友给我发了一张割手的照片). */
const SENT_TO_ME = /给我发|发给我|发了一张|\bsent me\b/;
/** A dream told (做梦梦到被车撞了, "had a nightmare"), not an event. */
const DREAM = /做梦|梦到|梦见|噩梦|\b(dream\w*|nightmare)\b/;
/** Asking whether a rumour is true (有人被车撞了吗 群里说的是真的吗): hearsay, not a report. */
const HEARSAY = /是真的吗|真的假的|是不是真的|\b(is (it|that) true|rumou?r)\b/;
/**
 * Something seen on a screen or in the news (电瓶车着火的视频), not around the writer — or read in a feed (朋友圈看到有人被持刀抢劫,
 * 网上刷到 — round 40; someone who posts a goodbye there is no feed).
 */
const MEDIA =
  /(?:朋友圈|微博|小红书|网上)[^ ]{0,2}(?:看到|看见|刷到)|刷到|刷剧|追剧|看剧|网剧|视频|新闻|电影|电视剧|电视上|电视里|广播里|片子|影片|剧里|短剧|小说|纪录片|演得|拍戏|抖音|快手|照片|王者|吃鸡|游戏|排位|开黑|副本|手游|\b(video|news|movie|film|game|gaming)\b/;
/** A live video call (跟我爸视频, 视频里说话说不清) shows the person now, unlike a video clip. */
const VIDEO_CALL =
  /(?:打|开|接|发)(?:了|个)?视频|(?:发|录|拍)了?(?:个|一个|一段|段|条)?视频[^ ]{0,1}(?:说|讲|哭|告别|道别)|视频(?:通话|电话|聊天)|(?:跟|和)[^ ]{0,4}视频|视频里[^ ]{0,2}(?:说话|说|讲|跟我)|\bvideo call\w*/g;
/** Said outright that nobody is hurt (人没事, nobody was hurt): a pack's 被撞了 then is about a vehicle. */
const NOBODY_HURT =
  /人(?:都|也|倒是)?(?:没事|没得事|无事|冇事)|(?:没|冇)有?(?:压|砸|撞|碰)(?:到|着|中)(?:人|我|他|她)|还没有?人(?:碰|踩|掉|摔|触|受伤)|没人受伤|没有人受伤|人没受伤|人员无伤|人不在车上|车上没人|车里没人|里面没人|\b(nobody|no one|no-one) (was |got )?(hurt|injured|inside)\b|\b(i|we|he|she|they) (wasn t|weren t|was not|were not|didn t get) (hurt|injured)\b|\b(i ?m|i am|we ?re|he ?s|she ?s) (fine|ok|okay|alright)\b/;
/** A robbery told (被人抢劫了, 手机被抢了, mugged). */
const ROBBED = /抢劫|打劫|被[^ ]{0,6}抢|抢(?:了|走)|\b(?:robbed|mugged|snatched|robbery|mugging)\b/;
/** …with the robber still there or after the worker (还在后面追, 拿着刀, still following). */
const ROBBER_STILL_THERE =
  /还在|正在|追我|跟着我|堵着|拿着刀|持刀|刀|现在|\b(?:still|now|knife|gun|following|chasing)\b/;
/** A thing snatched (抢我手机, 手机被抢了, 抢咗) — not a robbery named as such (抢劫), nor 抢 of an order or a seat. */
const SNATCH = /抢(?!劫|单|位|道|车位|方向盘|着|先|救)/g;
/**
 * The robber now, armed or in a gang that cornered the worker (在抢, 追我, 拿着刀, 堵在巷子里, 被几个混混围在), or a child
 * taken; a follower counts only after the snatch (抢了…还跟着我).
 */
const SNATCHER_NOW =
  /还在|正在|在抢|追我|堵|围|困|关在|锁|刀|枪|棍|现在|小孩|孩子|女孩|男孩|抢[^]*跟着我|\b(?:still|now|knife|gun|chasing)\b/;
/** Someone hurt or handled (血, 伤, 推, 打): then it is more than a snatch. */
const SNATCH_HURT = /血|伤|疼|痛|推|打|踹|踢|掐|拽|扯|倒|晕|救命/;
/**
 * A snatch and nothing else: the violence read is the snatch alone (masked, none is left), no weapon, no one hurt or
 * handled, and the snatcher not said to be there now.
 */
function bareSnatch(norm: string, extra: readonly string[]): boolean {
  SNATCH.lastIndex = 0;
  if (!SNATCH.test(norm) || /抢劫|打劫/.test(norm)) return false;
  if (SNATCHER_NOW.test(norm) || SNATCH_HURT.test(norm)) return false;
  return rawSignals(norm.replace(SNATCH, '△'), extra).length === 0;
}
/** One punch told and nothing else the detector reads: masked, no signal is left. */
function bareBlow(norm: string, extra: readonly string[]): boolean {
  if (!PUNCH.test(norm)) return false;
  return (
    rawSignals(
      norm.replace(globalOf(PUNCH), (m) => '△'.repeat(m.length)),
      extra,
    ).length === 0
  );
}
/** A pet hurt (我家狗狗被车撞了 腿断了, 宠物医院; 我只狗食咗老鼠药, round 32): a vet's case, not a person's. */
const PET = new RegExp(
  `(?:狗狗|小狗|狗子|猫咪|小猫|宠物|(?:我|我们|你|他|她|佢)(?:家|的|只|条|嘅)?(?:狗|猫))[^ ]{0,2}(?:被|从|吃|食|误|掉|落)|${PET_FELL.source}|(?:撞|碾|压)(?:到|了|倒|伤)?(?:了)?(?:一)?(?:只|条)(?:狗|猫)|(?<![被给遭])(?:狗|猫)[^ ]{0,2}(?:给|被)?(?:撞|碾|压)(?:了|到|伤|倒)[^ 我他她]{0,2}(?:在)?流血|(?:狗|猫)(?:在|一直)流血|(?:老鼠|小鸟|鸡|鸭|鹅)[^ ]{0,2}(?:掉|落|被)|宠物医院|兽医|\\b(my|our) (dog|cat|puppy|kitten)\\b|\\bvet\\b`,
);
const ANIMAL_SIGNALS = new Set<string>([
  'serious-injury',
  'bleeding',
  'trapped',
  'poisoning',
  'unconscious',
  'medical',
]);

/** Whether a pack's own emergency keywords count: about now, and not said alongside "nobody is hurt". */
export function packEmergencyLive(text: string): boolean {
  // Regional speech read as the keywords were found in (琴日 is 昨天, 冇事 is 没事, 木有事 is 没有事).
  const norm = readDialects(text);
  if (!aboutNow(norm) || NOBODY_HURT.test(norm)) return false;
  if (fireOutNobodyNear(norm)) return false;
  // As for the built-in signals: a question about paperwork for an event is no emergency by itself.
  const raw = rawSignals(foldTypos(norm));
  // 垃圾桶着火了 保安已经喷灭了: a pack's 着火 for a fire already put out (round 36).
  if (firePutOut(norm) && raw.length > 0 && raw.every((s) => s === 'fire')) return false;
  if (PET.test(norm) && raw.every((s) => ANIMAL_SIGNALS.has(s))) return false;
  const states = raw.filter((s) => !EVENT_SIGNALS.has(s));
  return !(PAPERWORK.test(norm) && !CALL.test(norm) && states.length === 0);
}

/** The report tells of something over (现在好了) or past with nothing about now (去年被车撞的那次…). */
export function overOrPast(norm: string): boolean {
  return (PAST.test(norm) && !liveNow(norm)) || RESOLVED.test(norm);
}

/**
 * A past report that also speaks of now: 上个月被打了 今天又堵在门口. A "now" about the paperwork or a
 * lasting ache (现在保险还没赔, 现在阴天还疼) does not make the past event a danger now — unless that
 * part itself tells of one (上个月被撞 现在还昏迷).
 */
function liveNow(norm: string): boolean {
  const partFrom = (at: number, length: number): string => {
    const clauseEnd = norm.indexOf(' ', at + length);
    const nextEnd = clauseEnd < 0 ? -1 : norm.indexOf(' ', clauseEnd + 1);
    return norm.slice(at, nextEnd < 0 ? undefined : nextEnd);
  };
  for (const m of norm.matchAll(globalOf(NOW))) {
    const part = partFrom(m.index, m[0].length);
    if (!PAPERWORK.test(part) && !LASTING.test(part) && !QUESTION.test(part) && !AFTERMATH.test(part))
      return true;
    if (rawSignals(part).length > 0) return true;
  }
  // 到现在还昏迷 is now; 到现在还没赔 is not: "until now" counts only with a danger after it.
  for (const m of norm.matchAll(/到现在(?:还|都|仍)/g))
    if (rawSignals(partFrom(m.index, m[0].length)).length > 0) return true;
  return false;
}
/** What was ruled after a past event (现在房东不让充电了): a consequence, not a danger now. */
const AFTERMATH = /不让(?:充电|进|停|放|用|骑|上楼|住)|不准(?:充电|进|停|放|用|骑)|禁止/;
/** A question about now (现在能进吗) asks, it does not tell of a danger. */
const QUESTION = /吗|怎么|能不能|可不可以|可以|是否|多少|\b(can|could|should|how)\b/;
/** An ache that stayed (还疼, 阴天疼, 后遗症): about an old injury, not a new one. */
const LASTING =
  /阴天|下雨天|变天|一(?:热|冷|晒|累|冻|到冬天|到夏天|到天冷|到天热|入冬|下雨)就|还(?:有点|有些|会)?(?:疼|痛|酸|痒|麻)|后遗症|落下|复查|康复|干不了活|上不了班|跑不了单|\b(still (hurts|aches|sore))\b/;

/**
 * A general question about a danger (中暑了该怎么办 有没有急救常识, "first aid training?") asks for
 * knowledge, not help for someone: nobody is named and nothing is said about now.
 * Told as wanting to know beforehand (想提前了解, 啥症状, 跟热射病有啥区别) is the same.
 */
const GENERAL =
  /常识|先兆|征兆|有哪些症状|什么症状|啥症状|(?:有|是)?(?:什么|啥|何)区别|提前(?:了解|知道|学)|哪些表现|有什么表现|就问问|随便问问|只是问问|问问而已|就是问问|想学|学学|防患|以防万一|学一下|保护自己|怎么防|知识|培训|课程|讲座|怎么预防|如何预防|注意什么|注意事项|要注意|灭火器|急救箱|药箱|\b(fire extinguisher|first aid kit)\b|\b(first aid|training|course|tips)\b/;
/** Someone named in English (my passenger, a guy, she is…) or a state going on (is having, is bleeding). */
const LATIN_SOMEONE =
  /\b(passenger|customer|colleague|coworker|co-worker|friend|buddy|rider|driver|courier|guy|man|woman|kid|child|baby|son|daughter|wife|husband|mum|mom|dad|father|mother|neighbou?r|brother|sister|grandpa|grandma|old (man|lady))\b|\b(he|she|someone|somebody) (is|s|has|just|was|can ?t|won ?t)\b|\b(is|are|s|am|m) (having|bleeding|choking|shaking|lying|turning|going|not)\b/;
/** A person the report names (同事中暑晕倒了 能不能给他喂水 is about him, not first aid in general). */
const SOMEONE_NAMED = new RegExp(PERSON);
const SOMEONE_OR_NOW = new RegExp(`${PERSON}|${NOW.source}|${LATIN_SOMEONE.source}`);
function generalQuestion(norm: string): boolean {
  if (WHAT_IF_HOW.test(norm) && !NOW.test(norm)) return true;
  // …after a clause that sets the season and names nobody (下个月就进雨季了 想问哈遇到有人被水冲走…咋个救 — round 35).
  const asked = norm.search(/ (?:想问|请问)/);
  if (
    asked > 0 &&
    !NOW.test(norm) &&
    !SOMEONE_NAMED.test(norm.slice(0, asked)) &&
    rawSignals(norm.slice(0, asked)).length === 0 &&
    WHAT_IF_HOW.test(norm.slice(asked + 1))
  )
    return true;
  const care = CARE_ASKED.exec(norm);
  if (care && !NOW.test(norm) && !SOMEONE_NAMED.test(care[0])) return true;
  // Wanting to know the signs beforehand (啥症状 宿舍烧炉子 想提前知道) asks even with someone named.
  if (AHEAD.test(norm) && SIGNS.test(norm) && !NOW.test(norm)) return true;
  return (
    (GENERAL.test(norm) || HOW_TO.test(norm)) &&
    !SOMEONE_OR_NOW.test(
      norm.replace(
        /有没有人?|有人知道|啥人晓得|有谁知道|大家|别人|病人|患者|我想(?:学|知道|了解)|[^ ]{1,4}的人/g,
        ' ',
      ),
    )
  );
}
const AHEAD = /(?:想|要)提前(?:了解|知道|学)|以防万一/;
/**
 * What one does for a danger, asked with the danger as the subject and nobody named (round 37): 冻伤了能不能拿雪搓,
 * 问一下冻伤了是拿热水泡还是拿雪搓, 中暑了是不是要喝盐水, 一氧化碳中毒了应该啷个急救 先学到 — first aid learnt beforehand.
 */
const CARE_ASKED = new RegExp(
  `^(?:(?:想问|请问|问)(?:一?下|一哈|下子)? ?)?[^ 我他她人]{1,10}了? ?(?:(?:是不是|要不要|能不能|可不可以|该不该|可以|应该|应当|该)(?:要|先|马上)?(?:拿|用)?[^ ]{0,3}?(?:喝|喂|泡|搓|敷|揉|按|吃|涂|抹|灌|冲)|是(?:拿|用|先)[^ ]{1,6}还是|(?:应该|应当|该|要)?(?:怎么|啷个|咋个|咋|如何)(?:急救|处理|救|办))`,
);
const SIGNS = /症状|区别|表现|先兆|征兆/;
/** How one deals with a danger (中暑了应该怎么处理): general when nobody is named and nothing is about now. */
const HOW_TO =
  /^[^ 我他她人]{1,6}[了咧]?(?:怎么办|咋办|咋弄|咋整|怎么弄)|(?:应该|应当|该|要)怎么(?:办|处理|做|急救)|的人(?:应该|该|要|能不能|可以|怎么)|如何(?:处理|急救)|怎样处理|(?:咋|怎么)(?:处理|急救)[^ ]{0,2}(?:防患|以防|预防)|\bwhat (should|do) (you|we|i) do\b/;
/**
 * Starts as a what-if and asks what to do: 如果路上遇到有人晕倒 我们能做什么; or asks to learn what to do on seeing
 * it (想问下 看到有人中暑倒了 先做什么; 想问哈 碰到有人中暑晕倒 是先扇风还是先灌水 — round 37).
 */
const WHAT_IF_HOW =
  /^(?:如果|万一|要是|假如|假设)[^]*(?:怎么办|怎么做|能做什么|该做什么|怎么处理|怎么急救|应该|该不该|要不要|还是|先[^ ]{0,3}还是)|^(?:想问|请问|问)(?:一?下|一?哈|下子)? ?(?:如果|万一|要是|假如)?(?:路上)?(?:看到|遇到|碰到|见到)[^]*(?:怎么办|怎么做|能做什么|该做什么|先做什么|先干什么|先[^ ]{1,6}还是|怎么处理|怎么急救|(?:应该|该|要)?(?:怎么|咋个|咋|啷个|如何)救)|^\b(what if|if)\b[^]*\b(what (should|do|can)|how (do|should|can))\b/;

/** Every concept of a `together` rule is in the report, the first one not negated. */
function allTogether(
  norm: string,
  signal: string,
  rule: readonly RegExp[],
  live: (signal: string, start: number, end: number) => boolean,
): boolean {
  const [head, ...rest] = rule;
  if (!head || !rest.every((re) => re.test(norm))) return false;
  return [...norm.matchAll(globalOf(head))].some((m) => live(signal, m.index, m.index + m[0].length));
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}
