/**
 * Written Cantonese (Guangzhou, Shenzhen, Hong Kong) read as Mandarin — the one table for the whole report
 * side: the classifier's keywords and topic words and the emergency detector's phrases are Mandarin, so
 * 「客人话冇收到餐 扣咗八十蚊」 must read 「…没收到餐 扣了八十块」, 「天河城门口禁停 取个餐都畀人抄牌」 「…被人贴条」
 * and 「佢喺冻房入面冇出嚟 叫佢唔郁」 「他在冻房里面没出来 叫他不动」. Every replacement keeps the text's length,
 * so positions found in the folded text hold in the unfolded one. Both read it through `readDialects`
 * (dialect.ts: this fold, then Wu and Henan words); the emergency detector then applies `CANTONESE_DANGER`
 * below. The FAQ's reading of the same words is `dialect` in faq/lexicon.yaml (free to change the length there).
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
  // 哽住, 哽亲, 哽咗 (choked on food) = 噎住, 噎到, 噎了; 入院 = 住院 (so 出院 after it is the aftermath).
  哽住: '噎住',
  哽亲: '噎到',
  哽咗: '噎了',
  入院: '住院',
  依家: '现在',
  乜嘢: '什么',
  咩嘢: '什么',
  边度: '哪里',
  点样: '怎样',
  边个: '哪个',
  边间: '哪家',
  几多: '多少',
  几耐: '多久',
  好耐: '好久',
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
  琴日: '昨天',
  寻日: '昨天',
  琴晚: '昨晚',
  寻晚: '昨晚',
  听日: '明天',
  下昼: '下午',
  上昼: '上午',
  晏昼: '中午',
  揸车: '开车',
  // 电单车 is a motorbike or e-bike: 停电单车 is parking one, not a power cut (停电).
  电单车: '电动车',
  // 揸住 is holding (揸住把刀), where 揸 alone is driving (揸车).
  揸住: '拿着',
  // 追住 (chasing): 住 is the progressive after 追 (追住人斩).
  追住: '追着',
  // 打交 is fighting (两帮人打交).
  打交: '打架',
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
  // A person down: 晕低 (fainted), 唔郁 (not moving), 遇溺 (drowning), 讲嘢 (speak), 入面 / 入去 (inside / in).
  晕低: '晕倒',
  昏低: '晕倒',
  唔郁: '不动',
  冇郁: '不动',
  遇溺: '溺水',
  讲嘢: '说话',
  入面: '里面',
  // Cannot get up, move or stand (起唔到身, 郁唔到, 企唔稳); 雪房 / 冻房 is a cold store (冷库).
  起唔到身: '起不了身',
  郁唔到: '动不了',
  企唔稳: '站不稳',
  雪房: '冷库',
  冻房: '冷库',
  // Breath, speech and falls: 抖唔到气 (cannot breathe), 讲唔到嘢 (cannot speak), 跌低 (fell), 瞓低 (went down),
  // 瞓喺 (lying at), 唔识 (cannot: 唔识游水), 口吐白泡 (foaming), 电亲 (shocked), 头爆 (head split open).
  抖唔到气: '喘不上气',
  唞唔到气: '喘不上气',
  抖唔过气: '喘不过气',
  唞唔过气: '喘不过气',
  讲唔到嘢: '说不了话',
  讲唔出嘢: '说不出话',
  跌低: '摔倒',
  瞓低: '躺下',
  瞓喺: '躺在',
  唔识: '不会',
  吐白泡: '吐白沫',
  电亲: '电到',
  头爆: '头破',
  坑渠: '水沟',
  唔使: '不用',
  唔好: '不要',
  多谢: '谢谢',
  冧咗: '塌了',
  出唔到声: '出不了声',
  镬: '锅',
  嗌: '喊',
  游水: '游泳',
  水度: '水里',
  // 食 is 吃 when something is eaten (食咗, 食错); 食品, 食堂 stay.
  食咗: '吃了',
  食错: '吃错',
  食落: '吃下',
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
  // 地下 is the floor after 喺 / 瞓 / 跌 (瞓喺地下); 地下室, 地下车库 stay.
  [/(?<=[在躺睡倒跌摔坐喺瞓])地下(?![室车库通道停商铁水层一二三负b])/g, '地上'],
  // 落 after a fall or a jump is 进 before a pit (跌咗落坑渠) and 下 before a way down (跳落去); 落水, 落河 stay
  // (the emergency phrases know them).
  [/([跌掉摔])(了)?落(?=[坑井渠沟])/g, '$1进$2'],
  [/([跳跌掉摔])(了)?落(?=[去来嚟楼街])/g, '$1$2下'],
  // 佢话 / 我话 (says): 话 after a person is 说; 话费, 话题 stay.
  [/(?<=[他她我你佢])话(?![费题筒术语])/g, '说'],
  // 头先 (just now), but 头先着地 is "head first" in Mandarin.
  [/头先(?![着落撞磕碰朝栽触])/g, '刚才'],
  // 紫晒, 湿晒 (all purple, soaked): 晒 after a colour or a state closing the clause is 了 (晒 is the sun
  // elsewhere: 晒伤, 晒太阳).
  [/(?<=[紫青白黑红湿黄灰乌])晒(?= |$)/g, '了'],
  // 都系血 (all blood): 系 is 是 after 都 / 全, but 全系列, 全系统 stay.
  [/(?<=[都全])系(?![列统])/g, '是'],
  // 入去 (go in), but 收入去年, 加入去 stay.
  [/(?<![收加输投录导写存融])入去(?!年)/g, '进去'],
  // 讲唔清 (cannot speak clearly), 拎唔出 (cannot pull it out): 唔 is already 不 here.
  [/讲(?=[^ ]{0,2}不[清出])/g, '说'],
  [/拎(?=[^ ]{0,1}不出)/g, '拔'],
  // 八十蚊, 三千蚊: the dollar after an amount; 蚊 alone is a mosquito (宿舍蚊好多).
  [/(?<=[0-9一二两三四五六七八九十百千万几])蚊/g, '块'],
  // 俾/畀 before something done to the worker (畀泥头车撞咗, 俾交警扣车, 畀机器卷住) is 被; otherwise it gives
  // (冇俾钱, 畀电话我, 俾卷纸).
  [
    /[俾畀](?=[^ ]{0,4}?(?:撞|打|骗|呃|罚|扣|偷|锁|拖|封|炒|咬|推|刮|压|踢|骂|赶|抢|围|关|贴条|投诉|拉黑))/g,
    '被',
  ],
  // A machine or a blade may take more words to name (畀分拣线条带卷咗入去).
  [
    /[俾畀](?=[^ ]{0,6}?(?:斩|砍|夹(?!子)|卷(?![纸尺])|绞|碾|刺(?!身)|捅|烫|电(?![话池费单瓶车脑梯视影])))/g,
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

/**
 * Cantonese the emergency detector alone reads, after `readDialects`: its phrases are written without a
 * gap (流血, 吐血) and its violence words say 砍, while the classifier needs neither and must keep lengths.
 */
export const CANTONESE_DANGER: readonly [RegExp, string][] = [
  // 流紧血 (bleeding right now): the progressive 紧 dropped, so 流血 is found (this changes the length).
  [/(流|吐|呕|喷|抽|烧|喘|抖|震|浸)紧/g, '$1'],
  // 叫极都唔应 (called and called, no answer): read as 怎么叫都不应.
  [/([叫喊拍摇])极(?=[都也])/g, '怎么$1'],
  // 爬唔返上嚟 (cannot climb back up): 返 (back) dropped before the direction.
  [/不返(?=[上出下起])/g, '不'],
  // 斩 is 砍 (被人斩): Mandarin writes 斩 for the same cut, but only the detector's violence words need it.
  [/[斩斬]/g, '砍'],
];
