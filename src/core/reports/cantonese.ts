/**
 * Written Cantonese (Guangzhou, Shenzhen, Hong Kong) read as Mandarin, for the report classifier: the
 * keywords and topic words are Mandarin, so 「客人话冇收到餐 扣咗八十蚊」 must read 「…没收到餐 扣了八十块」 and
 * 「天河城门口禁停 取个餐都畀人抄牌」 must read 「…被人贴条」. Every replacement keeps the text's length, so the
 * positions found in the folded text hold in the unfolded one (the emergency detector reads that one).
 * The FAQ's reading of the same words is `dialect` in faq/lexicon.yaml (free to change the length there).
 *
 *   foldCantonese('佢喺度畀泥头车撞咗') === '他在度被泥头车撞了'
 */

/** Phrases (normalised: simplified, lower case), each the length of its Mandarin reading. */
const PHRASES: Record<string, string> = {
  唔俾: '不让',
  唔畀: '不让',
  俾人: '被人',
  畀人: '被人',
  而家: '现在',
  依家: '现在',
  乜嘢: '什么',
  咩嘢: '什么',
  边度: '哪里',
  边个: '哪个',
  边间: '哪家',
  几多: '多少',
  几耐: '多久',
  抄牌: '贴条',
  抄我牌: '被贴条',
  影相: '拍照',
  咸湿: '骚扰',
  老细: '老板',
  差佬: '警察',
  返工: '上班',
  收工: '下班',
  放工: '下班',
  屋企: '家里',
  差啲: '差点',
  水浸: '积水',
  塞车: '堵车',
  㓥房: '群租',
  搞掂: '搞定',
  啱啱: '刚刚',
  头先: '刚才',
  琴日: '昨天',
  寻日: '昨天',
  听日: '明天',
  下昼: '下午',
  上昼: '上午',
  晏昼: '中午',
  揸车: '开车',
  食饭: '吃饭',
  冲凉: '洗澡',
  瞓觉: '睡觉',
  电鸡: '电车',
  系咪: '是不',
  跌亲: '摔伤',
  撞亲: '撞伤',
  整亲: '弄伤',
  扭亲: '扭伤',
  烫亲: '烫伤',
  切亲: '割伤',
  夹亲: '夹伤',
  咬亲: '咬伤',
  膝头: '膝盖',
  踩车: '骑车',
  今日: '今天',
  咪系: '就是',
  咗: '了',
  冇: '没',
  唔: '不',
  佢: '他',
  嘅: '的',
  喺: '在',
  嚟: '来',
  攞: '拿',
  睇: '看',
  揾: '找',
  啲: '些',
  哋: '们',
  嘢: '事',
  咁: '这',
  噉: '这',
  攰: '累',
  瞓: '睡',
  嬲: '气',
  揸: '开',
};

const PHRASE_RE = new RegExp(
  Object.keys(PHRASES)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Words that share characters with a phrase above in Mandarin: 成日 but not 完成日期, 死火 but not 死火山. */
const GUARDED: [RegExp, string][] = [
  [/(?<!完)成日/g, '经常'],
  [/死火(?!山)/g, '熄火'],
  [/点解(?![决释答])/g, '为何'],
  // 仲 = 还, but 仲裁, 仲夏, 仲介, 伯仲 stay.
  [/(?<!伯)仲(?![裁夏介])/g, '还'],
  // 八十蚊, 三千蚊: the dollar after an amount; 蚊 alone is a mosquito (宿舍蚊好多).
  [/(?<=[0-9一二两三四五六七八九十百千万几])蚊/g, '块'],
  // 俾/畀 before something done to the worker (畀泥头车撞咗, 俾交警扣车) is 被; otherwise it gives (冇俾钱).
  [
    /[俾畀](?=[^ ]{0,4}?(?:撞|打|骗|呃|罚|扣|偷|锁|拖|封|炒|咬|推|刮|压|踢|骂|赶|抢|围|关|贴条|投诉|拉黑))/g,
    '被',
  ],
  [/[俾畀]/g, '给'],
];

/** A normalised report with its written Cantonese read as Mandarin; the same length as the input. */
export function foldCantonese(norm: string): string {
  let out = norm.replace(PHRASE_RE, (m) => PHRASES[m] ?? m);
  for (const [re, to] of GUARDED) out = out.replace(re, to);
  return out;
}
