/**
 * The detail a quantity question asks about. "居住证办下来有效期几年" is about the residence permit and asks
 * how long it is valid; "门票原价多少钱" is about tickets and asks the full price. An entry on the topic that
 * never names that detail (有效期, 原价) does not answer it, however well the topic matches: it is offered,
 * not given (docs/rounds/faq.md, "Refusals round (stop 20)"). General Chinese, not any pack's wording.
 *
 *   quantityDetail('居住证办下来有效期几年', fillers)   // → '效期' (有 is a filler character)
 *   quantityDetail('不戴头盔罚多少', fillers)          // → undefined: 罚多少 asks the fine itself
 */
import type { FaqEntry } from '../content/schema.js';
import { wholeText } from './whole-text.js';
import { clauses } from './clauses.js';

/** A clause that ends asking a quantity: how many years, days, how much money, how long… */
const QUANTITY =
  /(?:几|多少|多久|多长时间|多长|多大)(?:年|天|个月|月|岁|次|块钱|块|钱|元|小时|个小时|个钟头|钟头|分钟|周|号|点|回|张|遍)?[吗呢啊呀哇]*$/u;

/** Which day of the week: a question word of its own (星期几 asks the day, not about 星期). */
const WEEKDAY = /(?:星期|礼拜|周)几/gu;

/**
 * A verb right before the quantity asks the amount of that action (罚多少, 赔多少, 自己出多少, 证管几年),
 * which any entry on the topic may state in its own words.
 */
const VERBS = new Set([...'领报赔补发拿收交缴花付罚出管要用扣挣赚给存借还退剩住停跑干等开上读学考']);

/**
 * Words for the quantity itself (高温津贴标准是多少, 费用是多少, 会员票价多少), a number asked for (电话多少: a contact,
 * which `lacksContact` checks) or the year a date falls in (明年几月: when, not a detail of the topic): what other
 * checks ask of the entry, not a detail.
 */
const GENERIC = new Set(
  '标准 费用 价格 价钱 票价 金额 数额 额度 时间 期限 时长 年限 数量 电话 号码 热线 手机 今年 明年 去年 后年 每年 来年'.split(
    ' ',
  ),
);

/** Words joining a detail to its quantity (保额是多少, 保额有多少), at the end of what comes before it. */
const COPULA = /[是有为]+$/u;

/**
 * How sure the worker wants the sum to be (一个月大概多少钱, 平均多少): an approximation asked of the quantity itself, not a
 * detail of the topic. Spoken before the quantity word, after the copula if any.
 */
const HEDGE = /(?:大概|大约|大致|大体|差不多|估计|平均|一般|通常|约莫)$/u;

/** Measure words after a numeral (一份饭, 一张券): not part of the thing asked about. */
const MEASURES = new Set([...'份个张次件碗盒块把台辆间套门节']);

/**
 * The last two characters of the noun right before a clause-final quantity question, when it has two
 * content characters of its own (no filler, no measure word, not a verb asking an amount); else undefined.
 */
export function quantityDetail(plain: string, fillers: ReadonlySet<string>): string | undefined {
  const parts = clauses(plain.replace(WEEKDAY, ' '));
  const last = parts[parts.length - 1] ?? '';
  const m = QUANTITY.exec(last);
  if (!m) return undefined;
  // 保额是多少, 保额有多少: the copula joins the detail to the quantity; 一个月大概多少钱: the hedge goes, whichever side
  // of the copula it is on (大概是多少, 是大概多少).
  const before = [...last.slice(0, m.index).replace(HEDGE, '').replace(COPULA, '').replace(HEDGE, '')];
  const run: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (fillers.has(c) || !/\p{Script=Han}/u.test(c)) break;
    run.unshift(c);
  }
  while (run.length && MEASURES.has(run[0]!)) run.shift();
  if (run.length < 2 || VERBS.has(run[run.length - 1]!)) return undefined;
  // A fee (保险费, 会费一般几块钱) is the sum itself: whether the answer states one is `unstatedAmount`'s question.
  if (run[run.length - 1] === '费') return undefined;
  const detail = run.slice(-2).join('');
  return GENERIC.has(detail) ? undefined : detail;
}

/** The question asks a quantity of a detail (有效期几年, 原价多少钱) the entry's text never names. */
export function unstatedDetail(plain: string, entry: FaqEntry, fillers: ReadonlySet<string>): boolean {
  const detail = quantityDetail(plain, fillers);
  if (!detail) return false;
  return !wholeText(entry).includes(detail);
}

/** What is done by a procedure (入学手续, 过户手续): the two content characters right before 手续 (not 手续费). */
const PROCEDURE = /(\p{Script=Han}{2})手续(?!费)/gu;

/** Words before 手续 that name no procedure of their own (办理手续, 相关手续, 有关手续). */
const ANY_PROCEDURE = new Set('办理 相关 有关 所需 必要 这些 那些 这个 那个 一些 全部 所有'.split(' '));

/** Verbs of going through a procedure (走手续, 办手续, 跑手续). */
const DOING = new Set([...'走办跑弄做补交搞整']);

/**
 * The question asks for the procedure of something (怎么办入学手续) the entry's text never names: a grant for
 * children at school (子女上学助学金) is no school's enrolment, however well 孩子上小学 matches it.
 */
export function unstatedProcedure(plain: string, entry: FaqEntry, fillers: ReadonlySet<string>): boolean {
  const text = wholeText(entry);
  for (const m of plain.matchAll(PROCEDURE)) {
    const what = m[1]!;
    // 一步步走手续, 要办手续: a verb before 手续 says doing it, not which procedure.
    if ([...what].some((c) => fillers.has(c)) || ANY_PROCEDURE.has(what) || DOING.has(what[1]!)) continue;
    if (!text.includes(what)) return true;
  }
  return false;
}
