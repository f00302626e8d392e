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
];

/** A normalised report with its Wu and Henan words read as Mandarin; the same length as the input. */
export function foldDialects(norm: string): string {
  let out = norm;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
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
