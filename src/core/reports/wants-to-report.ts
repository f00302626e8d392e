/**
 * A report asked for in so many words, in private: "东站蓄车场保安乱收费…我想反映一下", "我要投诉站长", "I want to report
 * the broken charger". The worker has said what they want, so the report starts with their words (classified at
 * once; an open report of theirs is offered first, as the FAQ's "report this" does) — not an FAQ answer with a
 * button under it (QA9 #4). "我要投诉" and nothing else gets the way to report at once (what it is, and the button),
 * even where the pack has an entry on reporting; "怎么反映问题" asks how, and the FAQ answers it as before.
 * Placed before the FAQ in the app's features; an emergency is left to the FAQ's numbers-first answer.
 */
import type { Feature, MessageCtx } from '../feature.js';
import { normalize } from '../faq/normalize.js';
import { smallTalk } from '../faq/smalltalk.js';
import { asks } from '../faq/told.js';
import { hasWords, MAX_INPUT } from '../text.js';
import { offerFollowUp } from './followup.js';
import { offerReport, reportWords } from './intake.js';
import { signalsOf } from './intake-draft.js';
import type { ReportsKit } from './kit.js';

/**
 * The speaker wanting to report, complain or inform on something (simplified script, punctuation as spaces): at the
 * start of a clause or after I/we, with a will (想, 要, 得…) not denied (不想, 要不要, 别), and not asking how or
 * where ("我要投诉的话", "想投诉 电话多少" stay questions).
 */
const WISH_ZH = new RegExp(
  '(?:^|\\s|我|俺|咱|阮)(?:们)?(?:就|还|真|一定|非得?|必须)?(?<![不没别])(?:想要|想|要|得|必须|准备|打算|需要)' +
    '(?:去)?(?:(?:跟|向|给|找|和)(?:支部|组织|工会|党支部|书记|上面|领导|你们))?(?:私下|匿名|实名)?' +
    '(?:反映|投诉|举报|告状|申诉|上报)' +
    // Not "要投诉我" (someone complaining about the worker), nor asking how or where.
    '(?!(?:我|俺)(?!们)|(?:一下|下)?\\s*(?:的话|电话|热线|渠道|方式|途径|流程|入口|找谁|找哪|去哪|在哪|怎么|咋|如何|有用|管用|会不会|能不能))',
  'u',
);
/** "帮我反映一下", "替我们投诉". */
const ASKED_FOR_ZH = /(?:帮|替|给)(?:我|俺|咱)(?:们)?(?:反映|投诉|举报|上报)/u;
const WISH_EN =
  /\b(?:i|we)(?:'d| would)?\s+(?:want|wanna|like|need)\s+(?:to\s+)?(?:report|complain|file a complaint|make a complaint|lodge a complaint)\b(?!\s+(?:it\s+)?(?:to whom|where|how))/iu;

/**
 * A worry or a doubt said with the wish ("想投诉站长 又怕他知道是俺说的", "唔想佢知係我", "…but I'm scared"): not
 * decided yet — the pack's entry on reporting (anonymously) answers it, as a question does.
 */
const HESITANT =
  /怕|担心|担忧|擔心|擔憂|不敢|敢不敢|顾虑|顧慮|(?:不想|唔想|别|別|唔好)(?:让|讓|俾|畀|给|給|被)?.{0,6}?(?:知道|知|晓得|曉得)|\b(?:but|scared|afraid|worried|worry)\b/iu;

/**
 * Whether the message says outright that its writer wants to report (or have the bot report) something — and
 * asks nothing ("想反映站点的问题 怎么弄", "…能匿名吗": the FAQ answers how) and hesitates at nothing.
 */
export function wantsToReport(text: string): boolean {
  if (asks(text) || HESITANT.test(text)) return false;
  if (WISH_EN.test(text)) return true;
  const s = normalize(text);
  return WISH_ZH.test(s) || ASKED_FOR_ZH.test(s);
}

async function onMessage(ctx: MessageCtx, kit: ReportsKit): Promise<boolean> {
  const m = ctx.in;
  if (m.chat.kind !== 'private' || m.attachments?.length || m.location || !hasWords(m.text)) return false;
  const text = m.text.slice(0, MAX_INPUT);
  if (!wantsToReport(text) || signalsOf(text).length) return false;
  ctx.log.info({ chars: [...text].length }, 'report asked for in words');
  // The wish and nothing about what: what reporting is, and the button that starts it.
  if (smallTalk(text) === 'report') {
    await offerReport(ctx);
    return true;
  }
  if (!(await offerFollowUp(ctx, { text, files: [] }))) await reportWords(ctx, text, kit);
  return true;
}

export function reportSaidFeature(kit: ReportsKit): Feature {
  return { name: 'report-said', onMessage: (ctx) => onMessage(ctx, kit) };
}
