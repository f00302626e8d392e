/**
 * A pack's `emergencyWhen` phrases matched by meaning, not only verbatim: the author writes 人倒在地上不动,
 * the worker 他躺地上一动不动. A phrase is read into units — its content words, each with the everyday
 * words that say the same (躺 for 倒, 一动不动 for 不动, 淌 for 流) — and matches when every unit occurs in
 * one clause of the report, close together, with no negation or softener (没, 不, 有点) between them that
 * the phrase itself does not have. Function words (了, 的, 在, 人) are left out. General Chinese only:
 * nothing here names a pack's categories, places or branches.
 */

import { BLOW, PERSON } from './emergency-concepts.js';

/** Everyday equivalences: [what the author may write (at a position), what a worker may write]. Longest first. */
const EQUIVALENT: [RegExp, string][] = [
  // 动不动就 (at the least thing) is an idiom, not someone who does not move.
  [/一动不动|不动弹|动弹不得|动不了|不动/y, '一动不动|(?<!动)不动|动不了|动弹不得|没动静|没了动静'],
  [/爬不起来|站不起来|起不来/y, '起不来|爬不起来|站不起来|起不了身|动不了'],
  [/[叫喊拍弄摇]不醒/y, '[叫喊拍弄摇][^ ]{0,3}不醒|醒不过来|没反应|没有反应|没了反应|不省人事|昏迷'],
  [
    /不答应|不应声?|没反应|没有反应|不回应|没回应|不吭声/y,
    '不答应|不应|没反应|没有反应|没了反应|不回应|没回应|不吭声|没动静|[叫喊拍弄摇][^ ]{0,3}不醒',
  ],
  [
    /喘不[上过]气|喘不过来|透不过气|呼吸困难|上不来气|没法呼吸/y,
    '喘不[上过动]|喘不过来|透不过气|气都透不过|呼吸困难|上不来气|没法呼吸|不能呼吸|喘气喘不',
  ],
  [/[喊叫呼]/y, '喊|叫|呼|拍|摇'],
  [/不想活了?|活不下去|想死/y, '不想活|不想再活|活不下去|活着没意思|死了算了|想死'],
  [/跳楼|跳下去/y, '跳楼|跳下去|往下跳|跳河|跳江'],
  [/晕倒|晕过去|昏倒|昏过去/y, '晕倒|晕过去|昏倒|昏过去|晕了|昏了|晕在|昏在|倒下'],
  [/中暑/y, '中暑|热射病|热晕'],
  [/骨折|断了|折了/y, '骨折|断了|折了|断掉|骨头'],
  [/受伤|伤了/y, '受伤|伤了|伤着|弄伤|摔伤|撞伤|砍伤|划伤'],
  [/胡话|胡言乱语|语无伦次|说不清/y, '胡话|胡言乱语|胡说|语无伦次|说不清|听不懂|含糊'],
  [/抽搐|抽筋|抽/y, '抽'],
  [/浑身|全身|整个人/y, '浑身|全身|整个人|身上|身子'],
  [/发抖|哆嗦|打颤|打冷战/y, '抖|哆嗦|颤|打冷战'],
  [/发紫|乌紫|紫/y, '紫|发青|乌青'],
  [/嘴唇|嘴巴|嘴/y, '嘴'],
  [/胸口|心口|胸/y, '胸|心口'],
  [/脑袋|脑壳|额头|头/y, '头|脑袋|脑壳|额头|后脑'],
  [/[疼痛]/y, '疼|痛'],
  [/[晕昏]/y, '晕|昏'],
  [/[倒躺趴瘫]/y, '倒|躺|趴|瘫|栽'],
  [/地上|地面|地下|马路上|路中间|路上|路边/y, '地|路'],
  [/[流淌冒喷涌]/y, '流|淌|冒|喷|涌|哗|出'],
  [
    /好多|很多|不少|一地|一大滩|一滩|不止|止不住|满/y,
    '多|一地|一滩|一摊|一大滩|一大摊|满|不止|止不住|按不住|一直|哗哗|不停',
  ],
  [/[断折]/y, '断|折'],
  [/[撞碰磕]/y, '撞|碰|磕|摔|砸'],
  [/破/y, '破|口子|裂开'],
  [/[拿持掏举拎提握]/y, '拿|持|掏|举|拎|提|握'],
  [/一群|一帮|一伙|好几个|几个/y, '一群|一帮|一伙|好几个|几个|[两三四五六七八九十]+个|一堆'],
  [/围住|围着|围|堵住|堵/y, '围|堵'],
  [/[打揍]/y, BLOW],
  [/[拖拽拉架]/y, '拖|拽|拉|架|塞|抓'],
  [/[掉摔跌落栽]/y, '掉|摔|跌|落|栽'],
  [/进去|下去|进/y, '进|下去|到[^ ]{1,4}(?:里|下面)'],
  [/煤气|燃气|天然气|瓦斯/y, '煤气|燃气|天然气|瓦斯|液化气'],
  [/味道|气味|味/y, '味|臭|闻到'],
  [/冒烟|烟/y, '冒烟|烟|焦|糊'],
  [/火花|火星/y, '火花|火星|冒火'],
  [/着火|起火|烧起来/y, '着火|起火|烧起来|火灾|冒火'],
  [/插座|插头|插线板/y, '插座|插头|插线板|插排'],
  [/电线|电缆/y, '电线|电缆|高压线'],
  [/积水|水坑|水/y, '水'],
  [/[淹漫]/y, '淹|漫|没过|泡'],
  // 压价压到两百 is a price pushed down, not anyone crushed (round 39).
  [/[砸压]/y, '砸|(?<!价)压(?!价|力|单|缩|岁|到[^ ]{0,4}(?:块|元|百|千|万|钱|\\d))'],
  [/宿舍|出租屋|屋里|家里|屋/y, '宿舍|出租屋|屋|房间|家里'],
];
/** Words that carry no content of their own in a phrase. */
const FUNCTION = /[了的得着在有人个一把被也都就很要正已经说我他她是那这里中上去来]/y;
/** Between the units: a negation, a near miss or a softener the phrase does not say (血没流多少, 有点疼). */
const BETWEEN_BLOCKS = /没|不|未|无|别|差点|差一点|险些|有点|有些|一点|稍微|略/;
/**
 * A phrase's plain character that is a different word inside a longer one: the 电 of 被电倒了 is no 电 of an e-bike
 * (电动车被风吹倒了, 保安把我电瓶车推倒了 were shocks by meaning — round 40).
 */
const OTHER_WORD: Partial<Record<string, string>> = { 电: '(?!动车|瓶车|驴|摩|单车|车)' };
/** How far apart, in characters, the units of one phrase may be. */
const MAX_SPAN = 16;

interface Unit {
  re: RegExp;
  fromTable: boolean;
}
interface Reading {
  units: Unit[];
  phrase: string;
  /**
   * 被一群人围住, 把人围住了: someone suffers it, so the report must say so too (被, 把我…), not 一群人围住问东问西
   * or 说要来门口堵我 (a threat to come).
   */
  suffered: boolean;
}
// 把 counts only with a person after it: 一群人把路口围了 surrounds a crossing, not anyone.
const SUFFERED = new RegExp(`被|给|让|挨|把(?:${PERSON}|车)`);

const readings = new Map<string, Reading | undefined>();

/** A phrase read into units, or undefined when it is too thin to match by meaning (one plain word, Latin). */
function read(phrase: string): Reading | undefined {
  if (readings.has(phrase)) return readings.get(phrase);
  const units: Unit[] = [];
  for (let i = 0; i < phrase.length;) {
    const hit = matchAt(phrase, i);
    if (hit) {
      units.push({ re: new RegExp(hit[1], 'g'), fromTable: true });
      i += hit[0];
      continue;
    }
    const ch = phrase[i] ?? '';
    FUNCTION.lastIndex = i;
    if (!FUNCTION.test(phrase) && /\p{Script=Han}/u.test(ch))
      units.push({ re: new RegExp(escape(ch) + (OTHER_WORD[ch] ?? ''), 'g'), fromTable: false });
    i += 1;
  }
  // One word is matched verbatim already; by meaning only a longer idea (不想活了, 叫不醒) stands alone.
  const thin = units.length === 0 || (units.length === 1 && (!units[0]?.fromTable || [...phrase].length < 3));
  const r =
    /\p{Script=Han}/u.test(phrase) && !thin ? { units, phrase, suffered: SUFFERED.test(phrase) } : undefined;
  readings.set(phrase, r);
  return r;
}

function matchAt(phrase: string, i: number): [number, string] | undefined {
  for (const [re, alternatives] of EQUIVALENT) {
    re.lastIndex = i;
    const m = re.exec(phrase);
    if (m) return [m[0].length, alternatives];
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a pack phrase is said in other words in one clause of a normalised report, as [start, end) of
 * the span its units cover, for each span `live` accepts (the context rules of built-in signals).
 */
export function phraseByMeaning(
  norm: string,
  phrase: string,
  live: (start: number, end: number) => boolean,
): boolean {
  const reading = read(phrase);
  if (!reading) return false;
  let from = 0;
  for (const clause of norm.split(' ')) {
    const at = from;
    from += clause.length + 1;
    if (clause.length === 0) continue;
    const spans = reading.units.map((u) =>
      [...clause.matchAll(u.re)].map((m) => [m.index, m.index + m[0].length]),
    );
    if (spans.some((s) => s.length === 0)) continue;
    // The first occurrence of each unit: enough for short clauses, which is what reports are.
    const first = spans.map((s) => s[0] as number[]);
    const start = Math.min(...first.map((s) => s[0] ?? 0));
    const end = Math.max(...first.map((s) => s[1] ?? 0));
    if (end - start > MAX_SPAN) continue;
    // Plain words keep the phrase's order (孩子被锁在车里 is not 孩子的车被锁了); equivalents may move (血流了一地).
    const plain = first.filter((_, i) => !reading.units[i]?.fromTable).map((s) => s[0] ?? 0);
    if (plain.some((p, i) => i > 0 && p < (plain[i - 1] ?? 0))) continue;
    let rest = clause.slice(start, end);
    for (const [s, e] of [...first].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0)))
      rest = rest.slice(0, (s ?? 0) - start) + ' ' + rest.slice((e ?? 0) - start);
    if (BETWEEN_BLOCKS.test(rest)) continue;
    if (reading.suffered && !SUFFERED.test(clause.slice(0, end))) continue;
    if (live(at + start, at + end)) return true;
  }
  return false;
}
