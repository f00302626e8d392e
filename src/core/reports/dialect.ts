/**
 * Shanghainese (Wu) and Henan words read as Mandarin — the one table for the whole report side, as
 * `cantonese.ts` is for written Cantonese (俺/额 are `pronouns.ts`): the classifier's topic words and the
 * emergency detector's phrases are Mandarin, so 「小区保安拿棍子辣敲阿拉同事」 must read 「…在敲我们同事」,
 * 「拨货车压辣下头 喊伊勿应」 「被货车压在下头 喊他不应」 and Henan 「叫车撞了」 「被车撞了」. Every replacement keeps
 * the text's length, so positions found in the folded text hold in the unfolded one. `readDialects` is the one reader both use
 * (Cantonese first, then these rows); the detector then applies `WU_DANGER` below. The FAQ's reading of
 * dialect words is `dialect` in faq/lexicon.yaml.
 *
 *   foldDialects('小区保安拿棍子辣敲阿拉同事')  // → '小区保安拿棍子在敲我们同事'
 */
import { foldCantonese } from './cantonese.js';

/** Not the 么 of 什么, 怎么, 这么, 那么, 多么, 要么, 为么, 干么, 甚么, 咋么, 阿么 (how), 啥么. */
const NOT_A_WHAT = '(?<![什怎这那多要为干甚咋阿啥])';

const FOLDS: readonly [RegExp, string][] = [
  // 阿拉 = 我们 (not 阿拉伯, 阿拉善, 阿拉斯加).
  [/阿拉(?![伯善斯丁])/g, '我们'],
  // 伊拉 = 他们, 伊 = 他 (not 伊拉克, 伊利, 伊朗, 伊斯兰, 伊犁, 伊甸).
  [/伊拉(?!克)/g, '他们'],
  [/伊(?![拉利朗斯犁甸])/g, '他'],
  // 勿 = 不 (勿要寻我, 勿晓得, 拔勿出来); 请勿, 切勿, 务勿 are Mandarin and stay.
  [/(?<![请切务])勿/g, '不'],
  // 寻我 = 找我 (勿要寻我).
  [/寻(?=我|他|她|人)/g, '找'],
  // 寻不着, 寻勿到 = 找不着 (read after 勿 above).
  [/寻(?=不[着到见])/g, '找'],
  // 小囡, 囡囡 = a little child.
  [/小囡|囡囡/g, '小孩'],
  // 倒辣地浪 (倒在地上): 浪 is 上 after a place.
  [/(?<=[地楼床])浪(?= |$|[^ ]{0,1}(?:不|一|动))/g, '上'],
  // 拨 is the Wu passive (拨蜜蜂叮了, 拨货车压辣下头) — not 拨打, 拨号, 拨通, 拨款, 拨钱, 拨给, 拨了电话.
  // Before a blow (拨电瓶车撞了) it is the passive even after 电.
  [/拨(?!打|号|电话|通|款|钱|给)(?=[^ ]{0,4}(?:撞|压|打|砸|轧|碾|咬|电|烫|砍|捅|刮))/g, '被'],
  [/拨(?![打号通款电了过钱给])/g, '被'],
  // 辣 = 在 after a verb or before a place (卡辣下头, 门还辣往下落, 辣地上, 躲辣六楼) — not the taste (麻辣,
  // 辣椒, 太辣了). A verb or a place before or after decides over the taste words.
  [/辣(?=(?:地上|地下|下头|下面|底下|里头|里面|屋里|车里|门口|路上|外头))/g, '在'],
  [/(?<=[卡压躺倒困关锁夹掉跌坐趴睡摔浇泼还正])辣/g, '在'],
  [/(?<![麻香酸火甜太很好超微中特变微不])辣(?![椒条的味酱子妹锅死了得])/g, '在'],
  // 压牢, 跟牢, 关牢: 牢 completes the verb as 住 does (not 牢固, 牢房, 牢靠, 牢记, 牢骚).
  [/(?<=[压跟关锁卡抓揪盯咬夹缠绑捉困拉扣])牢(?![固房靠记骚])/g, '住'],
  // 热煞了, 累煞 = 热死了, 累死.
  [/(?<=[热累吓气急饿冷])煞/g, '死'],
  // Northeastern 耗子药 = 老鼠药 (rat poison).
  [/耗子药/g, '老鼠药'],
  // Henan (and internet) 木有 = 没有.
  [/木有/g, '没有'],
  // Henan and the north: 叫车撞了, 叫狗咬了 (was hit, was bitten) — 叫 as 被 (叫车 alone is hailing one).
  [/叫(?=[^ ]{0,3}(?:撞|砸|咬|压|碾|轧|电|烫|砍|捅)(?!单))/g, '被'],
  // …and Shaanxi 叫门卫推了一把 (was pushed), 一箱酒叫额摔碎了 (got broken by me): 叫 before a shove, a kick, a theft or
  // goods broken (round 31) — 叫他推车 (asking someone to push the cart) stays.
  [/叫(?=[^ ]{0,3}(?:推了一把|推倒|推搡|踢了|偷了|偷走|摔碎|摔坏|摔烂|打碎|打烂))/g, '被'],
  // Southwestern 莫得 = 没得, 莫 = 没 before what is missing (活着莫意思, 莫动静) — 莫 as "don't" (莫慌, 莫急) and
  // 莫名其妙, 莫非 stay.
  [/莫得/g, '没得'],
  [/莫(?=意思|动静|反应|知觉|呼吸|气了|办法)/g, '没'],
  // Northwestern (Lanzhou) 么 = 没 (叫了半天么反应, 还么出事, 有么有; 还么人掉进去, round 32) — not 什么, 怎么, 这么, 那么,
  // 多么, 要么, 阿么 (how).
  // 么知觉 is left: the writer's own hands numb with cold (手都么知觉了) would read as a person down.
  [
    new RegExp(
      `${NOT_A_WHAT}么(?=反应|动静|意识|呼吸|气了|出事|有|得|人管|人理|人(?:掉|摔|受伤|伤着|出事)|醒)`,
      'g',
    ),
    '没',
  ],
  // 么样 = 怎样 (Hubei, Anhui: 该么样处理); 啥子 = 什么 (Sichuan, Chongqing: 先做啥子).
  [new RegExp(`${NOT_A_WHAT}么样`, 'g'), '怎样'],
  [/啥子/g, '什么'],
  // Beijing 甭 = 不 after someone called (叫他甭理人, 喊半天甭吭声: not answering) — 甭理他 (never mind him) stays.
  [/(?<=[叫喊][^ ]{0,4})甭(?=理|搭理|吭声|言语)/g, '不'],
  // 被电打了, 遭电打了 (shocked: southwestern and northern) is 电击, not a beating.
  [/(?<=[被遭叫让][^ ]{0,4})电打(?=了|伤|到|着|得)/g, '电击'],
  // Gan and Xiang 堂客 = 老婆 (one's wife: 和堂客吵架).
  [/堂客/g, '老婆'],
  // Hefei 港 = 说 (他港要弄死我, 站长港再等等) — not 香港, 港口, 海港, 出港.
  [/(?<![香海军渔商空出进离入回抵到航深河外内港])港(?=要|再|他|她|我|你|啥|么|什|不|没)/g, '说'],
];

/**
 * Minnan (闽南话, Xiamen, Quanzhou, Zhangzhou, Taiwan) as workers type it with Mandarin characters: 阮 = 我,
 * 袂 = 不 (喘袂过气, 叫袂醒), 无 = 没 before what is missing (无反应, 无呼吸, 工钱无发), 足 = 很 (足热), 厝 = the
 * home (阮厝, 厝主), 代志 = 事情, 按怎 = 怎么, 头家 = 老板, 予 = 被 before a blow, 挵 = 撞, 跋 = 摔, 昏去 = 昏倒,
 * 破去 / 断去 = 破了 / 断了. Each row keeps the Mandarin it would misread: a surname 阮 (小阮, 阮师傅), place names
 * with 厝 (曾厝垵, 内厝澳, 黄厝), 无法 / 无聊 / 无所谓, 足球 / 不足 / 足够, 给予 / 予以, 跋涉, 歹徒.
 */
const MINNAN: readonly [RegExp, string][] = [
  // 歹势 / 拍谢 (sorry) before 歹 = 坏 below.
  [/歹势|拍谢|拍写/g, '抱歉'],
  // 阮 = 我 (我们), not a surname: 小阮, 老阮, 阮师傅, 姓阮.
  [/(?<![小老姓叫])阮(?![师姐哥总经老先女医科主记工队站班])/g, '我'],
  // 拍 = 打 where someone is hit (予人拍, 讲要拍我, 拍我同事) — not a photo or a pat (拍照, 拍视频, 拍拍肩), nor a
  // camera's (停一会就被拍, 违停被人拍了举报): a bare 被拍 is Mandarin for being photographed.
  [
    /(?<!(?:举报|违停|抓拍|监控|摄像|罚|贴条|扣分|停)[^]*)(?<=(?:[被予](?:人|他|她|老板|客人|顾客)|要|欲|敢|来|去)[^ ]{0,1})拍(?![^]*(?:举报|违停|抓拍|监控|摄像|罚|贴条|扣分))(?= |$|我|你|他|她|人|伊|同事|一顿|死|了(?![^ ]{0,4}(?:照|视频|片|张)))(?![^ ]{0,4}(?:照|视频|片|张|摄|戏))/g,
    '打',
  ],
  // 欲 = 要 (热甲欲死, 欲去) — not 食欲, 欲望, 随心所欲; 甲 = 得 after how it feels (热甲, 跑甲, 气甲).
  [/(?<![食情性贪物色所求])欲(?!望)/g, '要'],
  [/(?<=[热跑累气惊痛饿冷困忙晒吓])甲/g, '得'],
  // 拢 = 都 (拢无管, 拢总) — not 拉拢, 靠拢, 合拢, 收拢, 聚拢, 围拢.
  [/(?<![拉靠合收聚围])拢/g, '都'],
  // 恁 = 你 (你们); 佇 / 伫 = 在; 毋 = 不 (not 毋庸, 毋宁).
  [/恁/g, '你'],
  [/[佇伫](?=[^ ]{0,1}[厝家里路地楼门外房车那遮遐这])/g, '在'],
  [/毋(?![庸宁])/g, '不'],
  // 袂 = 不 (喘袂过气, 叫袂醒, 行袂动) — not 衣袂, 联袂, 分袂.
  [/(?<![衣联分])袂/g, '不'],
  // Fuzhou 伓 = 不 (叫伊伓应, 伓知去哪里住; round 34) — the character has no other use.
  [/伓/g, '不'],
  // 无 = 没 before what is missing or not done (无反应, 无呼吸, 工钱无发, 无开门, 无地方停) — Mandarin keeps 无法,
  // 无聊, 无所谓, 无论, 无关, 无人机.
  [
    /无(?=反应|呼吸|气了|气息|意识|知觉|脉|心跳|动静|声音|发|给|结|算|开|地方|位|车位|热水|水|电|人管|人理|人接|人应|代志|事|钱|工钱|薪|法度|办法|去|回|看到|接|应|出来|醒|付|交|收|退|到|来|在|用|网|信号|管)/g,
    '没',
  ],
  // 无要紧 = 不要紧.
  [/无要紧/g, '不要紧'],
  // 足 = 很 before how it is (足热, 足痛, 足累) — not 足球, 足够, 足足, 不足, 满足, 手足, 足月.
  [/(?<![不满手充富十立涉驻知])足(?=[热痛累烫冷寒贵远多久慢晚歹好大高低苦难危晕闷惨凶恶辛])/g, '很'],
  // 厝 = the home: 阮厝 (→ 我厝 above), 伊厝, 厝里, 厝内, 厝主 / 厝东 (the landlord), 厝边 (the neighbours), 租厝,
  // 厝租 — not the 厝 of a place name (曾厝垵, 内厝澳, 黄厝, 何厝, 钟厝).
  [/厝[主东]/g, '房东'],
  [/厝边/g, '邻居'],
  [/厝租/g, '房租'],
  [/(?<=租|我|他|你|的|在|回)厝(?![垵澳村社站路口])/g, '房'],
  [/(?<![曾内黄何钟林蔡吴陈洪])厝(?=[里内])/g, '屋'],
  // 代志 = 事情, 按怎 = 怎么, 头家 = 老板 (not 码头家, 街头家), 身躯 = 身体, 目睭 = 眼睛, 无法度 → 没办法.
  [/代志/g, '事情'],
  [/按怎/g, '怎么'],
  [/(?<![码街床山])头家/g, '老板'],
  [/身躯/g, '身体'],
  [/目睭/g, '眼睛'],
  [/法度/g, '办法'],
  // 囝仔 / 囡仔 = 小孩; 头壳 = 脑袋; 喙 = 嘴 (喙唇青); 跤 = 脚 (not 摔跤, 一跤).
  [/[囝囡]仔/g, '小孩'],
  [/头壳/g, '脑袋'],
  [/喙/g, '嘴'],
  [/(?<![摔一])跤/g, '脚'],
  // 予 = 被 before a blow (予车挵着, 予人拍) — not 给予, 授予, 予以, 不予.
  [/(?<![给授赋准免不])予(?!以)(?=[^ ]{0,4}(?:撞|挵|拍|打|压|砸|咬|电|烫|砍|捅|刮|碾))/g, '被'],
  // 挵 = 撞; 跋 = 摔 (跋倒, 跋落去) — not 跋涉, 跋扈.
  [/挵/g, '撞'],
  [/跋(?=倒|落|下|一|了|伤|死|着)/g, '摔'],
  // 昏去 = 昏倒; 破去, 断去, 坏去, 歹去 = 破了, 断了, 坏了.
  [/昏去/g, '昏倒'],
  [/(?<=[破断坏歹肿裂])去(?![医看找买上])/g, '了'],
  // 歹 = 坏 (空调歹了, 歹人) — not 歹徒, 为非作歹, 不知好歹.
  [/(?<![作好])歹(?![徒毒])/g, '坏'],
  // 面青青, 喙唇乌乌: the colour said twice is 发青, 发紫.
  [/(?<=[面脸嘴唇色])青青/g, '发青'],
  [/(?<=[面脸嘴唇色])乌乌/g, '发紫'],
  [/(?<=[面脸嘴唇色])白白/g, '发白'],
  // 嘴唇紫紫的 (Fuzhou, and Mandarin said twice): 发紫.
  [/(?<=[面脸嘴唇色])紫紫/g, '发紫'],
];

/** A normalised report with its Wu, Henan and Minnan words read as Mandarin; the same length as the input. */
export function foldDialects(norm: string): string {
  let out = norm;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  for (const [re, to] of MINNAN) out = out.replace(re, to);
  return out;
}

/** The one reading of regional speech on the report side: written Cantonese, then Wu and Henan; same length. */
export function readDialects(norm: string): string {
  return foldDialects(foldCantonese(norm));
}

/**
 * Wu the emergency detector alone reads, after `readDialects`: its phrases say 说不出话 and 脸, and
 * these change the length, which the classifier must keep.
 */
export const WU_DANGER: readonly [RegExp, string][] = [
  // 讲勿出闲话 (cannot speak): 闲话 is speech; 面孔 is the face (面孔煞白).
  [/出闲话/g, '出话'],
  [/面孔/g, '脸'],
];
