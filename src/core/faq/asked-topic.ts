/**
 * The matter a question asks for, named in its asking clause, that the entry never names. A story may share
 * every circumstance with an entry (a flooded vehicle, an out-of-province couple with children) and ask for a
 * matter no entry covers: whether **car insurance** pays (车险赔不赔), whether they can **register their marriage**
 * here (登记结婚). Such a matter is a named thing of its own kind — a document (健康证, 运输证), an insurance (车险,
 * 商业险), a telecom plan (流量卡), an exam (中考), a life event an office registers (结婚, 落户, 入党) — and an entry that
 * answers it names it. General Chinese word formation, not any pack's wording (docs/rounds/faq.md, "Refusal round
 * (stop 33)").
 *
 *   askedMatters('台风那晚网约车被水浸到座椅 车险赔不赔')   // → [{ word: '车险', sat: false }]
 *   askedMatters('健康证在哪办')                            // → [{ word: '康证', sat: false }]
 */
import { asks, clauses } from './clauses.js';

/**
 * A document or an insurance named by the word before it: the character before 证 / 险 and the suffix itself.
 * Not 证明 / 证件 / 证书 / 证据 (any proof or paper). Cards are left out: every pack names its own (关爱卡, 小哥卡, 工会卡)
 * and workers call them by another name as often as by the pack's.
 */
const NAMED = /(\p{Script=Han})(证(?![明件书据实])|险)/gu;

/**
 * Characters before a suffix that make no named thing: a verb done with any document (办证, 考证, 领证), the generic
 * word (保险, 风险, 危险), a question word or measure (么子证, 哪样证, 张证).
 */
const NOT_A_NAME = new Set([
  ...'办考拿领发补验认凭签取换查开出持无带交缴用续买退挂丢掉弄搞做申注进',
  ...'保风危冒脱抢遇理', // 保险, 风险, 危险, 冒险, 脱险, 抢险, 遇险
  ...'子种类张本份', // 么子证, 哪种险, 张证
]);

/** Any licence to work (资格证, 上岗证, 从业证), not one named thing; 商业险 and 职业险 stay named. */
const ANY_LICENCE = new Set([...'格岗业']);

/**
 * Exams, life events an office registers, telecom plans, learning to drive and second-hand goods: matters named
 * in a word of their own.
 */
const EVENTS =
  /中考|高考|自考|成考|考研|结婚|离婚|婚姻|婚检|落户|入户|迁户口|户口迁|入党|入团|驾校|增驾|驾照|学车|二手|流量卡|手机卡|电话卡|话费|宽带/gu;

/**
 * An entry on sitting for certificates (考证, 证书, 考试): it answers which certificate a worker would sit for
 * (想考个叉车证, 司机证怎么考), named or not.
 */
const SITS_FOR = /考证|证书|考试|发证|取证/u;

/**
 * The clauses that say what is asked: the last clause that asks (a question word or particle), and the clause just
 * before it when that is a wish (想喺南海登记结婚，使唔使返老家办) or when the asking clause is a bare question
 * (健康证在哪办 多少钱: 多少钱 asks of the clause before it).
 */
export function askingClauses(plain: string, fillers: ReadonlySet<string> = new Set()): string[] {
  const parts = clauses(plain);
  let at = -1;
  for (let i = parts.length - 1; i >= 0; i--)
    if (asks(parts[i]!)) {
      at = i;
      break;
    }
  if (at < 0) return parts.slice(-1);
  const asking = parts[at]!;
  const before = parts[at - 1];
  const bare = [...asking].filter((c) => /\p{Script=Han}/u.test(c) && !fillers.has(c)).length <= BARE;
  return before !== undefined && (WISH.test(before) || bare) ? [before, asking] : [asking];
}

/** Content characters of a bare question (多少钱, 在哪办, 咋弄): it says nothing of what it asks about. */
const BARE = 2;

/** A clause telling what the worker wants to do (想…, 打算…, 准备…). */
const WISH = /^(?:我)?(?:们)?(?:想|打算|准备|要|计划)/u;

/** A matter asked, and whether it is a certificate sat for (考 in its clause). */
interface Matter {
  word: string;
  sat: boolean;
}

/**
 * The named matters of a question's asking clauses (pairs as written: 车险, 康证; events whole). Filler characters
 * (的, 啥, 些, 他) before a suffix make no name either (工伤的险, 要办哪些证).
 */
export function askedMatters(plain: string, fillers: ReadonlySet<string> = new Set()): Matter[] {
  const out = new Map<string, Matter>();
  const asking = askingClauses(plain, fillers);
  // 人证冇得 在哪块考: the certificate is sat for in the bare question after it.
  const sat = asking.some((c) => /考/u.test(c));
  for (const clause of asking) {
    for (const m of clause.matchAll(NAMED)) {
      const head = m[1]!;
      if (NOT_A_NAME.has(head) || fillers.has(head) || (m[2] === '证' && ANY_LICENCE.has(head))) continue;
      out.set(head + m[2]!, { word: head + m[2]!, sat: sat && m[2] === '证' });
    }
    for (const m of clause.matchAll(EVENTS)) out.set(m[0], { word: m[0], sat: false });
  }
  return [...out.values()];
}

/**
 * A matter asked that the entry never names: its text (plain words) lacks it, and no synonym group holding it
 * (the pack's and the built-in concepts, plain words) has a word in the entry.
 */
export function unnamedMatter(
  plain: string,
  entryText: string,
  groups: readonly (readonly string[])[],
  fillers: ReadonlySet<string> = new Set(),
): string | undefined {
  return askedMatters(plain, fillers).find(
    ({ word, sat }) =>
      !entryText.includes(word) &&
      !(sat && SITS_FOR.test(entryText)) &&
      !groups.some(
        (g) => g.some((x) => x.includes(word)) && g.some((x) => x.length >= 2 && entryText.includes(x)),
      ),
  )?.word;
}
