/**
 * Greetings, thanks and chit-chat ("你好", "謝謝", "哈哈", "在吗", "ok thanks"): a friendly short reply,
 * never a "not sure", never counted as a gap. Asking what the bot is for ("help", "菜单", "你能干啥") is
 * `help`: the pack's own entry about the bot, or what /help shows. Wanting to tell the branch something without
 * saying what yet ("我想私下反映个问题", "我要投诉", "how do I report a problem") is `report`: the pack's entry on
 * reporting, or the way to /report. A message is small talk only when it is made of nothing else — "你好，体检在哪约"
 * is a question, and so is "我要投诉站长扣钱".
 *
 *   smallTalk('谢谢啦！')   // → 'thanks'
 *   smallTalk('你好 体检在哪约') // → undefined
 */
import { withoutPersonalNumbers } from '../mask.js';
import { normalize } from './normalize.js';
import { toneless } from './pinyin-input.js';

/**
 * Besides the kinds above: `mine` asks after the worker's own report ("我昨天反映的事怎么样了"), `callback` asks the
 * bot to phone ("13812345678 给我回个电话"), `bot` asks whether it is a person ("你是真人吗") — each answered
 * honestly with the way to the branch, never with an FAQ entry that shares a word (QA22 #3, #4, #7).
 */
export type SmallTalk =
  'greeting' | 'thanks' | 'ack' | 'help' | 'vague' | 'report' | 'mine' | 'callback' | 'bot';

/** Phrases after normalisation (simplified, lower case, no spaces); which kind a message made of several is: `kindOf`. */
const PHRASES: Record<Exclude<SmallTalk, 'report' | 'mine' | 'callback'>, string[]> = {
  // Whether the bot is a person: said honestly, whatever greeting comes with it ("你是机器人吗 嘎哈呢").
  bot: words(`
    你是真人吗 你是真人还是机器 你是真人还是机器人 真人还是机器 真人还是机器人 你是人吗 你是人还是机器 你是机器人还是真人
    机器人还是真人 你是真人不 你是真人么 你是不是真人 你是不是机器人 你是机器人吗 是机器人吗 是真人吗 是人吗 是不是真人
    是不是机器人 areyouhuman areyouarobot areyouabot areyoureal`),
  greeting: words(`
    你好 您好 大家好 你们好 哈喽 哈罗 嗨 早上好 上午好 中午好 下午好 晚上好 早安 午安 晚安 早 在吗 在不在
    有人吗 有人在吗 机器人 小助手 助手 hello hi hey hiya goodmorning goodafternoon goodevening goodnight
    anyonethere areyouthere bot
    吃了吗 吃了没 吃了么 吃饭了吗 吃饭了没 吃饭没 吃了吗您 您吃了吗 嘛呢 干嘛呢 干什么呢 干啥呢 忙啥呢 忙什么呢 在干嘛
    最近咋样 最近怎么样 咋样 早晨 雷猴 侬好 食咗饭未 食饭未 食咗饭未呀
    咥了么 咥了没 咥了吗 咥了没有 咥饭了没 咥饭了么 咥饭了吗 咥饭去 吃饭去 喝汤了没 喝汤了么 喝汤了吗 喝罢汤了没
    你吃了没 你吃了吗 恁吃了没 恁吃了吗 恁吃了么 恁好 你吃饭了没 你吃饭了吗
    过早了冇 过早了没 过早了吗 过早冇 吃了冇 吃了没有 弄啥嘞 弄啥呢 弄啥哩 干啥嘞 饿了 我饿了 好饿 饿死了
    nihao ninhao nihaoa dajiahao zaima zaibuzai zaoshanghao wanshanghao xiawuhao zaoan wanan chilema chilemei
    chifanlema chifanlemei woele haoe eile
    你叫什么 你叫什么名字 你叫啥 你叫啥名字 你叫么名字 你叫么子名字 你叫么子 你名字叫什么 你的名字 你是男的还是女的
    你是男的女的 你是男是女 男的女的
    你几岁了 你几岁 你多大了 你多大 你结婚了吗 你住哪 你在哪 讲个笑话 说个笑话 来个笑话
    讲笑话 说笑话 讲个故事 唱首歌 唱个歌 你会唱歌 会唱歌 会不会唱歌 你会跳舞 会跳舞 会不会跳舞 你会讲笑话 会讲笑话 你真逗 你真好 你真棒 你真聪明 你好笨
    你真笨 whatsyourname whatisyourname yourname tellmeajoke
    tellajoke joke
    天儿不错 天气不错 天儿真好 天气真好 天儿挺好 天气挺好 天真好 好天气 天儿好 天气好 niceday niceweather lovelyday
    好热 好冷 真热 真冷 太热了 太冷了 倍儿冷 倍儿热 贼冷 贼热 老冷了 老热了 天好热 天好冷 天儿冷 天儿热 天真热 天真冷
    恰饭了冇 恰饭了没 恰饭了吗 恰了冇 恰了没 恰哒冇 恰哒饭冇 吃饭了冇 吃了饭冇
    嘎哈呢 嘎哈呐 干哈呢 干哈呐 嘎哈哪 整啥呢 忙活啥呢 唠啥呢 唠会儿嗑 唠会嗑 唠嗑 唠唠嗑 老铁在吗 老铁好
    汝好 汝好啊 食饱未 食饱没 呷饱未 呷饱没 呷饱了没 食饱了未 食未
    都吃了没 都吃了吗 都吃了么 你都吃了没 恁都吃了没 你们都吃了没 恁们都吃了没 大家都吃了没 都吃饭了没
    热死了 冷死了 热得要命 冷得要命 热得要死 冷得要死 你那儿冷不 你那冷不 你那边冷不 你那里冷不 你那儿冷吗 你那边冷吗 你那里冷吗
    你那儿热不 你那热不 你那边热不 你那里热不 你那儿热吗 你那边热吗 你那里热吗
    嘎哈呀 干哈呀 搁那嘎哈呢 搁这嘎哈呢 唠会儿 唠一会儿 嘎嘎冷 嘎嘎热 贼拉冷 贼拉热 可冷了 可热了
    吃了没得 吃饭没得 吃了饭没得 吃了没有嘛 你吃了没得 搞啥子 在搞啥子 你在搞啥子 干啥子 在干啥子 你在干啥子 爪子 爪子哦
    在爪子 你在爪子 耍啥子 在耍啥子
    吃什么好 吃啥好 吃点什么好 吃点啥好 吃什么 吃啥 呷啥好 呷啥物好 呷什么好 食乜好 食咩好 食乜嘢好 中午吃什么 中午吃啥 晚上吃什么 晚上吃啥
    有没有人 有人没 有人没有 有人不 有人在没 在没 在么 在不 老师好 师傅好 领导好 大哥好 大姐好 亲在吗 美女你好 帅哥你好
    我想问个问题 想问个问题 问个问题 问个事 问个事儿 问一下 我想问一下 想问一下 请问一下 咨询一下 想咨询一下 我想咨询一下
    我要咨询 我有个问题 有个问题 有个事 我有个事 打听个事 打听一下 跟你打听个事
    吃哪样好 吃哪样 吃些哪样
    吃么事好 吃么事 吃么子好 吃么子 吃撒子好 吃啥子好 吃啥子 吃不吃饭 吃不吃东西 你吃不吃饭 要不要吃饭 你要吃饭吗 你吃饭吗 你饿不饿
    唠会嗑呗 会唠嗑不 会唠嗑吗 能唠嗑不 能唠嗑吗 会聊天不 会聊天吗 能聊天不 能聊天吗 会不会聊天 能陪我聊天吗 能陪我唠嗑不`),
  thanks: words(`
    谢谢 多谢 感谢 谢啦 谢了 谢谢你 谢谢您 非常感谢 太感谢了 感谢感谢 辛苦了 辛苦 麻烦了 3q thanks thank
    thankyou thx ty cheers muchappreciated 唔该 多谢晒 谢谢侬 劳驾 xiexie xiexieni xiexienin duoxie ganxie xinkule
    感恩 感恩啦 劳力 勞力 多谢汝 多谢你`),
  // 求助 and 救命 are not here: they may be someone in trouble, and go on to the emergency check.
  help: words(`
    help 帮助 帮助信息 菜单 menu 功能 功能列表 使用说明 说明书 用法 指令 命令 commands howtouse howtousethis howdoiuseit howdoiusethis
    whatcanyouhelpmewith whatcanyouhelpwith whatcanyouhelpuswith
    howdoesitwork howdoesthiswork whatcanyoudo whatdoyoudo whatisthis whatareyou 你能干啥 你能干嘛 你能干什么 你能做什么
    你会什么 你会啥 你会干啥 你会干嘛 你会干什么 你有什么用 你有啥用 能干啥 能干嘛 能干什么 能做什么 能做啥 都能干啥
    能帮我干啥 能帮我做什么 能帮我干点啥 能帮我干什么 能帮我啥 有什么功能 有啥功能 有哪些功能 怎么用 咋用 怎么使用 咋使用
    你是谁 你是干什么的 你是干啥的 你是做什么的 是干嘛的 你们是谁 你们是干啥的 你们是干什么的 你们是做什么的
    你会弄啥 你能弄啥 能弄啥 会弄啥 你是弄啥的 你是弄啥嘞 你能干撒 你会干撒 你能搞么事 你会搞么事 你是搞么事的
    你能做啥子 你会做啥子 你会啥子 你是做啥子的 你是干么子的 你是搞么子的 你是做么子的 你能搞么子 你会搞么子 你是干么事的
    你是搞么事的 你是做么事的
    可以干啥 可以做啥 可以做什么 可以帮我做啥 可以帮我做什么 可以帮我做点啥 可以帮我做点什么 能帮我做点啥 能帮我做点什么
    能帮我办点啥 能帮我办点什么 能帮我办点儿啥 能帮我办点儿什么 能帮我办点儿嘛 能帮我办啥 能帮我办什么
    可以帮我什么 可以帮我啥 能帮我什么 可以帮我咩 可以帮我做咩 可以帮我做乜 可以做咩 可以做乜 识做咩 识做乜 帮到我咩
    帮到我乜 有咩用 有乜用`),
  // "怎么办" and nothing else: a question with no topic yet. Any entry titled "…怎么办" would match it; the
  // worker is asked what happened instead. So too a cost, a procedure, a place or a time asked of nothing
  // ("多少钱", "要交钱吗", "怎么申请", "在哪"): whichever entry mentions a fee would otherwise be answered.
  vague: words(`
    怎么办 怎办 咋办 咋整 咋弄 咋搞 怎么弄 怎么搞 怎么整 怎么做 咋做 么样搞 么样办 怎么处理 咋处理 怎么解决 咋解决
    怎么回事 咋回事 咋回事儿 怎么了 咋了 咋地了 为什么 为啥 为什么呀 什么意思 啥意思 有什么办法 有啥办法 有没有办法 没办法了
    如何是好 如何处理 如何解决 点算 点算好 点搞 点办 点算啊 按怎 按怎办 按怎样 阿么办 阿么弄 阿么整 咋个办 咋个整 咋个搞
    怎么个事 该咋办 该怎么办 现在怎么办 现在咋办 那怎么办 那咋办 我该怎么办 我该咋办 我咋办 我怎么办 到底怎么办 这可咋整
    zenmeban zamban zaban zenmenong whatshouldido whatdoido whatnow whattodo whatcanido whyisthat what how why
    多少钱 要多少钱 得多少钱 花多少钱 要钱吗 要钱不 要不要钱 收钱吗 收不收钱 收费吗 收不收费 收费不 要收费吗 要交钱 交钱吗
    要不要交钱 得交钱吗 要花钱吗 花钱吗 免费吗 免不免费 是免费的吗 是不是免费 免费不 贵不贵 贵吗 howmuch howmuchisit
    howmuchdoesitcost isitfree doesitcost whatdoesitcost 怎么申请 如何申请 咋申请 怎么办理 咋办理 在哪办 去哪办 在哪申请
    去哪申请 找谁 找谁办 要什么材料 需要什么材料 要带什么 要带啥 要多久 多久 多长时间 能报吗 能报销吗 能不能报 报不报
    在哪 在哪里 在哪儿 哪里 什么时候 啥时候 几点 howdoiapply whereisit when where
    几点关门 几点开门 几点开 几点关 几点下班 开到几点 营业到几点 什么时候关门 什么时候开门 啥时候关门 啥时候开门 还开着吗
    开着吗 关门了吗 开门了吗 开门没 开了没 whattimedoesitclose whattimedoesitopen whendoesitclose whendoesitopen isitopen`),
  ack: words(`
    好的 好 好滴 好嘞 好吧 行 行吧 可以 嗯 嗯嗯 收到 知道了 明白 明白了 了解 懂了 没问题 哈哈 呵呵 嘿嘿 嘻嘻
    666 棒 赞 厉害 牛 对 是的 再见 拜拜 回头见 ok okay k kk yes yep sure cool great nice lol haha hehe bye
    goodbye seeyou gotit noted alright fine good 得嘞 得了 成 妥了 妥 中 要得 晓得了 晓得 好咧 明白啦 走了
    中中 可中 嫽 嫽得很 美得很 好滴很 haode haodi shoudao zhidaole mingbaile zaijian baibai
    goodjob greatjob nicework welldone awesome perfect
    要得嘛 安逸 安逸得很 安逸惨了 巴适 巴适得很 巴适得板 莫得事 没得事 莫得问题 没得问题 对头 对头嘛 晓得了嘛 好嘛 要得要得`),
};

/** Sounds, particles and filler words that may pad small talk ("你好呀", "谢谢啦~", "咥饭去咧", "thanks a lot"). */
const PADDING = words(`
  啊 呀 呢 哦 喔 噢 吧 嘛 啦 哈 嗯 哇 么 吗 的 了 你 您 们 哟 呐 耶 喽 咯 咧 嘞 哩 呗 伐 ~ a so much very you all guys again and
  the lot man there everyone 今儿个 今儿 今天 您呐 呢您 这个 这 这玩意儿 这玩意 机器人 小助手 助手 bot this
  都 请问 都有 到底 can i 我 it 这儿 您这儿 事体 事情 事儿 老铁 老妹儿 老妹 大兄弟 兄弟 哥们 哥们儿 bro 歹势 拍谢 不好意思 喂 亲 师傅 老师
  今仔日 今仔 中午 晚上 阮 咱 今个 今个儿 你个 你这个 那 那么 那个 还 也 又 汝 推荐一下 推荐一哈 推荐下 给推荐一下`);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const BY_LENGTH: { phrase: string; kind: SmallTalk }[] = (Object.keys(PHRASES) as (keyof typeof PHRASES)[])
  .flatMap((kind) => PHRASES[kind].map((phrase) => ({ phrase, kind })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
const PAD_BY_LENGTH = [...PADDING].sort((a, b) => b.length - a.length);

/**
 * English asks what the bot can do at more length, for whom said after "for" ("what are you able to do for
 * delivery guys like me", "what can you do for us riders"): still the help request.
 */
const ENGLISH_HELP =
  /^(?:whatcanyoudo|whatareyouabletodo|whatcouldyoudo|howcanyouhelp|howcouldyouhelp)(?:me|us)?(?:for[a-z]{0,30})?$/u;

/**
 * Wanting to report, complain or tell the branch something, and nothing about what (after normalisation, no
 * spaces; traditional script is already simplified). A person, a place or a topic after it makes it a question.
 */
const REPORT_ZH = new RegExp(
  '^(?:你好|您好|老师|师傅|请问)?(?:我|俺|阮|咱|我们|咱们)?' +
    '(?:有(?:个|点|件|些)?(?:事|事情|事儿|问题|难处|困难|难事))?' +
    '(?:想|要|想要|需要|得|能|可以|能不能|可不可以|怎么|咋|咋个|如何|怎样|阿么|按怎|点样|在哪|去哪|到哪|哪里|在哪里|去哪里|到哪里|哪儿)*' +
    '(?:私下|私下里|私底下|匿名|悄悄|偷偷|不留名)?(?:地)?' +
    '(?:(?:跟|向|给|找|和)(?:支部|组织|工会|党支部|书记|上面|领导|你们)(?:说|讲|反映|投诉|举报|反馈|说说|讲讲)?|' +
    '反映|投诉|举报|反馈|上报|报告|提意见|提个意见|提建议|诉苦)' +
    '(?:一下|下|个|一个|点|些|件)?(?:问题|情况|事|事情|事儿|难处|困难|难事|急难愁盼)?' +
    '(?:怎么弄|咋弄|怎么办|找谁|去哪|在哪|怎么反映|咋反映|怎么说)?' +
    '(?:吗|呢|啊|呀|吧|么|嘛|哦|啦)*$',
  'u',
);
const REPORT_EN =
  /^(?:hi|hello)?(?:howdoi|howcani|howto|wherecani|wheredoi|whocani|cani|i)?(?:want|wanna|wouldlike|need|havetoo?)?(?:to)?(?:privately|anonymously)?(?:report|complain|fileacomplaint|makeacomplaint|lodgeacomplaint|raiseanissue|raiseaproblem|tellthebranch)(?:a|an|some)?(?:problem|issue|complaint|something)?(?:privately|anonymously|tothebranch)?(?:please)?$/u;

/**
 * A remark on a meal eaten and enjoyed (今天过早吃了碗热干面 蛮舒服, 中午吃了碗牛肉面 真香): chit-chat, not a question
 * about the pack's meal entries. Nothing in it may say something is wrong (不舒服, 肚子疼, 拉肚子).
 */
const MEAL_REMARK = new RegExp(
  '^(?:我)?(?:今天|今早|今儿|今个|早上|中午|晚上|刚才|刚)?(?:过早|早饭|早餐|午饭|中饭|晚饭|宵夜|夜宵)?' +
    '(?:吃了|吃的|恰了|呷了|食咗)(?:一)?(?:碗|个|份|顿|盘|笼|根|杯|套|块)?[^不没肚胃疼痛拉吐难]{1,6}?' +
    '(?:蛮|好|真|很|挺|老|太|几|超)?(?:舒服|香|好吃|饱|满足|过瘾|爽|安逸|巴适|得劲|美)(?:了|得很|啊|呀|哦|咧|嘞|哟)*$',
  'u',
);

/**
 * Asking where the bot is from (你屋里是哪里的咯，也是长沙的啵; 你是哪里人; 你老家哪儿的; north-eastern 你是哪疙瘩的): chit-chat,
 * however the guess at the end names a city.
 */
const BOT_ORIGIN = new RegExp(
  '^(?:你|您)(?:屋里|屋头|家里|家|老家)?(?:是|在)?(?:哪里|哪儿|哪块|哪个地方|哪疙瘩|哪旮旯|哪)(?:的|人)?(?:人)?' +
    '(?:咯|啊|呀|哦|嘛|呢|撒)*(?:(?:也是|是不是)\\p{Script=Han}{1,4}?(?:的|人)?(?:吧|啵|吗|不|么|咯|呀|哦)*)?' +
    // …and whether it can chat, asked in the same breath (你是哪疙瘩的，会唠嗑不).
    '(?:(?:会|能)(?:陪我)?(?:唠嗑|聊天|唠唠嗑|聊聊天)(?:不|吗|么|没)?)?$',
  'u',
);

/**
 * Asking after one's own report (after normalisation): the report named as the worker's — told, reported, asked
 * (我/昨天/上次 … 反映的事, 我的投诉, 我报的那个问题) — then asking how it stands (怎么样了, 有回音吗, 处理得咋样了,
 * 有结果没, 有人管吗). How workers ask after anything they handed in, not one pack's words.
 */
const MINE_ZH = new RegExp(
  '^(?:你好|您好|老师|师傅|请问|问一下|想问一下|我想问一下)?' +
    '(?:我|俺|咱|我们|阮)?(?:的)?(?:昨天|前天|上次|上回|之前|前几天|前两天|上周|上个星期|那天|早上|上午|下午|刚才|今天|早前)?' +
    '(?:(?:跟|向|给|找|和)(?:你们|支部|你|书记))?' +
    '(?:反映|投诉|举报|反馈|上报|报|提|报告|说|讲|问)(?:过|了)?(?:的|那个|的那个|那件|的那件)' +
    '(?:事|事情|事儿|问题|情况|那个事|那件事|那个问题|东西|单子|工单)?' +
    '(?:现在|目前|到底|究竟)?' +
    '(?:怎么样了?|咋样了?|怎样了?|如何了?|怎么说|咋说|啥情况|什么情况|有(?:结果|回音|回复|消息|下文|进展|进度|动静|答复|人管|人处理|人理)(?:了)?(?:吗|没|没有|么|不)?|' +
    '(?:处理|办|解决|弄)(?:得|的)?(?:怎么样|咋样|如何|怎样)了?|(?:处理|办|解决|弄)(?:好)?了(?:吗|没|没有|么)|' +
    '(?:到)?(?:哪一步|哪步)了|(?:什么|啥)进度|进度(?:如何|怎么样|咋样)|还(?:没|没有)(?:人)?(?:处理|回|管|回复)(?:吗|呢)?)' +
    '(?:啊|呀|呢|吧|么|嘛|哦|啦|了)*$',
  'u',
);
const MINE_NOUN_ZH =
  /^(?:请问)?(?:我|俺|咱)(?:的)?(?:反映|投诉|举报|工单|报告)(?:怎么样了?|咋样了?|有(?:结果|回音|回复|消息|进展|下文)(?:了)?(?:吗|没|没有|么)?|(?:处理|办)(?:得)?(?:怎么样|咋样)了?|到哪一步了)(?:啊|呀|呢|吧|么|嘛|哦|啦|了)*$/u;
const MINE_EN =
  /^(?:hi|hello)?(?:isthere|arethere)?(?:anyupdates?|anynews|anyprogress|anyword|anyreply|anyanswer|whatshappening|whathappened|whatshappened|whatsthestatus|whatisthestatus|status|howis|hows|howsit(?:going)?|news|update|updates|hasanyone(?:lookedat|replied|answered)|didanyone(?:lookat|reply)|anyoneworkingon)(?:on|with|to|of|about|for)?(?:my|the)(?:report|reports|complaint|complaints|problem|issue|ticket|case)(?:going|goingon|status|update)?(?:yet)?(?:please)?$/u;

/** Asking the bot to phone back: the number, if any, already left out (`withoutPersonalNumbers`). */
const CALLBACK_ZH = new RegExp(
  '^(?:你好|您好|喂)?(?:请|麻烦|麻烦你|请你|你)?(?:能|能不能|可以|可不可以|快点|赶紧|马上)?(?:给我|跟我|帮我)?' +
    '(?:回个|回|打个|打|拨个|拨|来个|回一个|打一个)(?:电话|电话过来|过来)(?:给我)?' +
    '(?:吧|好吗|行吗|可以吗|谢谢|呗|啊|呀|哦|嘛|吗|不|么)*$|' +
    '^(?:你好|您好)?(?:请|麻烦)?(?:打|打我|打这个|拨打|拨)(?:我的)?(?:电话|手机|号码)(?:联系我)?(?:吧|好吗|行吗|谢谢)*$|' +
    '^(?:我的)?(?:电话|手机|手机号|号码|联系方式)(?:是)?(?:请|麻烦)?(?:联系我|打给我|回电话|给我打电话|回个电话)(?:吧|谢谢)*$|' +
    '^(?:请|麻烦)?(?:电话|打电话)(?:联系|联系我|回复我)(?:吧|谢谢)*$',
  'u',
);
const CALLBACK_EN =
  /^(?:please)?(?:can|could|would)?(?:you)?(?:please)?(?:callme|callmeback|ringme|ringmeback|phoneme|giveme(?:a)?call|givemearing)(?:back)?(?:please|asap|now|thanks)?$/u;

/** Whether the bot is a person or a machine ("你是真人吗", "是机器人吗", "are you a bot"). */
const BOT_WHAT = '(?:真人|人|活人|机器人|机器|ai|人工智能|自动回复|智能客服|客服)';
const BOT_ZH = new RegExp(
  `^(?:请问|喂|你好)?(?:你|您|这|这个|对面)?(?:(?:是不是|是|到底是)${BOT_WHAT}(?:还是${BOT_WHAT})?|` +
    `${BOT_WHAT}还是${BOT_WHAT})(?:吗|不|么|吧|啊|呀|呢|嘛|没|啊)*$`,
  'u',
);
const BOT_EN =
  /^(?:hi|hello)?(?:are|r)(?:you|u)(?:a|an)?(?:real)?(?:bot|robot|human|person|machine|ai|realperson|real|chatbot)(?:oraperson|orahuman|orabot|orarobot|ornot)?$/u;

/** Longest a message may be and still be small talk (characters, after normalisation). */
const MAX_CHARS = 24;

/** Any help phrase makes a message `help`, then any asking whether the bot is a person `bot`; otherwise the first phrase decides, a topicless question ("你好 怎么办") last. */
function kindOf(had: SmallTalk | undefined, next: SmallTalk): SmallTalk {
  if (had === 'help' || next === 'help') return 'help';
  if (had === 'bot' || next === 'bot') return 'bot';
  if (!had || had === 'vague') return next;
  return had;
}

/**
 * Only sounds and fillers ("喂", "啊", "哦哦", "这个"): small talk `vague`, but not a follow-up of the last question —
 * "喂" after a station list repeated the list (QA15). "那要钱吗", "在哪" name what is asked, and are.
 */
export function fillerOnly(text: string): boolean {
  let s = normalize(toneless(text)).replace(/\s+/g, '');
  if (!s) return false;
  while (s) {
    const pad = PAD_BY_LENGTH.find((p) => s.startsWith(p));
    if (!pad) return false;
    s = s.slice(pad.length);
  }
  return true;
}

/**
 * A thumbs-up or folded hands alone, as a worker taps one after an answer (QA15: "👍" and "🙏" were asked to type the
 * question in words). Skin tones and variation selectors aside; "？？" and other symbols are still asked what about.
 */
const EMOJI_THANKS = /^(?:🙏|🤝|❤|💐|🌹|🌷)+$/u;
const EMOJI_ACK = /^(?:👍|👌|✅|💪|👏|😊|🙂|😄|😁|😀|☺|🆗|✌)+$/u;

function emojiTalk(text: string): SmallTalk | undefined {
  const s = text.replace(/\s|\uFE0F|\p{Emoji_Modifier}/gu, '');
  if (EMOJI_THANKS.test(s)) return 'thanks';
  if (EMOJI_ACK.test(s)) return 'ack';
  return undefined;
}

/** The kind of small talk the whole message is, or undefined when it says anything else. */
export function smallTalk(text: string): SmallTalk | undefined {
  const emoji = emojiTalk(text);
  if (emoji) return emoji;
  // Pinyin with tone marks or numbers (nǐ hǎo, xie4xie4) is read toneless, like the FAQ's pinyin reader.
  const s = normalize(toneless(text)).replace(/\s+/g, '');
  if (ENGLISH_HELP.test(s)) return 'help';
  if (MINE_ZH.test(s) || MINE_NOUN_ZH.test(s) || MINE_EN.test(s)) return 'mine';
  if (REPORT_ZH.test(s) || REPORT_EN.test(s)) return 'report';
  if (BOT_ZH.test(s) || BOT_EN.test(s)) return 'bot';
  const told = normalize(withoutPersonalNumbers(text)).replace(/\s+/g, '');
  if (told && (CALLBACK_ZH.test(told) || CALLBACK_EN.test(told))) return 'callback';
  if (!s || [...s].length > MAX_CHARS) return undefined;
  if (MEAL_REMARK.test(s) || BOT_ORIGIN.test(s)) return 'greeting';
  let i = 0;
  let kind: SmallTalk | undefined;
  while (i < s.length) {
    const phrase = BY_LENGTH.find((p) => s.startsWith(p.phrase, i));
    const pad = PAD_BY_LENGTH.find((p) => s.startsWith(p, i));
    // The longer of the two is read: 中午 is padding, not the Henan 中 ("OK") followed by a stray 午.
    if (phrase && (!pad || phrase.phrase.length >= pad.length)) {
      kind = kindOf(kind, phrase.kind);
      i += phrase.phrase.length;
    } else if (pad) i += pad.length;
    else return undefined;
  }
  // Only sounds and fillers ("啊", "哦哦", "我"): nothing asked yet, so the worker is asked what about.
  return kind ?? 'vague';
}
