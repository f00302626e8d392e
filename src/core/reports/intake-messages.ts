/**
 * Messages while a report is being written. At the describe step the words (a voice note transcribed when an
 * endpoint is configured; photos, files and a location as evidence) make the draft and its proposed category.
 * At later steps more words join the draft ("已补充到您的反映里") and may raise its urgency, never lower it — except a
 * question the FAQ answers confidently, or small talk, which is kept out of it (`answeredAside`, with one tap
 * to add it after all).
 */
import { italic } from '../card.js';
import { URGENCIES } from '../content/schema.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { ellipsis, hasWords, MAX_INPUT } from '../text.js';
import type { Dialog } from '../ports/dialogs.js';
import { keepTyping } from '../outbox.js';
import { FALLBACK_CATEGORY, maxUrgency } from './classify.js';
import { decideCategory } from './decide.js';
import type { ReportsKit } from './kit.js';
import { categoryName, emergencyBlock } from './views.js';
import {
  appendText,
  choice,
  draftOf,
  MAX_FILES,
  save,
  signalsOf,
  sosWaiting,
  viewOf,
  type Draft,
  type Step,
} from './intake-draft.js';
import { cutNotice, cutOf, type Cut } from './cut.js';
import { audible } from './heard.js';
import { ask, propose, voiceKeptCard } from './intake-questions.js';

/** Add what a message carries to the draft; says what it was (and which voice notes it kept). */
function absorb(
  ctx: MessageCtx,
  draft: Draft,
  canHear: boolean,
): { text: boolean; voices: string[]; evidence: boolean; nothing: boolean; full: boolean } {
  const m = ctx.in;
  const words = hasWords(m.text);
  if (words) appendText(draft, m.text);
  const voices: string[] = [];
  let evidence = false;
  let full = false;
  for (const a of m.attachments ?? []) {
    // A sticker says nothing a secretary can act on.
    if (a.kind === 'sticker') continue;
    if (draft.files.length >= MAX_FILES) {
      full = true;
      continue;
    }
    draft.files.push({ kind: a.kind, fileId: a.fileId });
    // An audio file or a video note is heard too when it can be (QA15), and stays evidence either way.
    if (a.kind === 'voice' || (canHear && audible(a))) voices.push(a.fileId);
    if (a.kind !== 'voice') evidence = true;
  }
  if (m.location) {
    draft.location = { lat: m.location.lat, lon: m.location.lon };
    evidence = true;
  }
  return { text: words, voices, evidence, nothing: !words && !voices.length && !evidence, full };
}

/**
 * Words cut on arrival (over `MAX_INPUT`): what arrived is in the draft; the worker is told plainly how much did
 * not arrive and asked to send it as another message, which then joins the same report.
 */
function markCut(ctx: MessageCtx, draft: Draft): Cut | undefined {
  const cut = cutOf(ctx);
  if (cut) draft.missing = cut.missing;
  else delete draft.missing;
  return cut;
}

/**
 * Transcribe the voice notes a message brought (only with an endpoint: `kit.transcribe`), add their words
 * to the text, and tell the worker what was heard — or that the voice note is kept for the secretary.
 * A failure costs nothing but the words: the voice note is already in the draft. True when words were added.
 */
async function hear(ctx: MessageCtx, draft: Draft, voices: string[], kit: ReportsKit): Promise<boolean> {
  if (!kit.transcribe || !voices.length) return false;
  const heard: string[] = [];
  const stopTyping = keepTyping(ctx.deps.outbox, ctx.in.chat.address);
  try {
    for (const fileId of voices) {
      const words = await kit.transcribe(ctx.deps, ctx.in.chat.address.channel, fileId);
      if (words) heard.push(words);
    }
  } finally {
    stopTyping();
  }
  if (!heard.length) return false;
  for (const words of heard) appendText(draft, words);
  await ctx.reply({
    text: [
      ctx.t('report-voice-heard'),
      '\n',
      italic(ellipsis(heard.join('\n'), 1000)),
      '\n\n',
      ctx.t('report-voice-heard-hint'),
    ],
  });
  return true;
}

export async function onIntakeMessage(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<void> {
  const draft = draftOf(dialog);
  if (!draft) {
    await ctx.clearDialog();
    return;
  }
  const step = dialog.step as Step;
  await keepCategoryCurrent(ctx, draft, kit);
  // The rest of a message cut on arrival was asked for: whatever words come next are more of the report.
  const restOwed = Boolean(draft.missing) && hasWords(ctx.in.text);
  if (!restOwed && (await cancelWordTyped(ctx, step, draft))) return;
  if (!restOwed && (await categorySkipped(ctx, step, draft, kit))) return;
  if (!restOwed && (await controlWordAtButtons(ctx, step, draft))) return;
  if (!restOwed && (await answeredAside(ctx, step, draft, kit))) return;
  const got = absorb(ctx, draft, Boolean(kit.transcribe));
  if (got.nothing) return nothingTaken(ctx, step, draft, got.full);
  const cut = got.text ? markCut(ctx, draft) : undefined;
  await carryOn(ctx, step, draft, got, kit);
  // Said last, after the step's question, so the worker's next message can be the rest.
  if (cut) await ctx.reply({ text: cutNotice(ctx, cut, 'report') });
}

/**
 * A message that added nothing: a file past the limit is said to be left out (QA15: the 11th photo was told "表情和
 * 贴纸我看不懂"); a sticker, an emoji or a contact card after the story was told gets the step's question and buttons
 * again (a 👍 sticker at the proposal was asked to describe the problem, with no buttons near).
 */
async function nothingTaken(ctx: MessageCtx, step: Step, draft: Draft, full: boolean): Promise<void> {
  if (full) await ctx.reply({ text: [ctx.t('report-files-full', { max: String(MAX_FILES) })] });
  if (step === 'describe' && !sosWaiting(step, draft)) {
    if (!full) await ctx.reply({ text: [ctx.t('report-describe-nothing')] });
    return;
  }
  if (!full) await ctx.reply({ text: [ctx.t('report-aside-talk')] });
  await ask(ctx, step, draft);
}

/** After a message joined the draft: the description proposed, or the current question asked again. */
async function carryOn(
  ctx: MessageCtx,
  step: Step,
  draft: Draft,
  got: ReturnType<typeof absorb>,
  kit: ReportsKit,
): Promise<void> {
  // A transcribed voice note counts as words from here on.
  const heard = await hear(ctx, draft, got.voices, kit);
  if (got.voices.length && !heard) {
    // Voice that could not be read: kept as evidence, said so honestly, never "classified" from nothing.
    await save(ctx, step, draft);
    await ctx.reply(voiceKeptCard(ctx, draft, step, Boolean(kit.transcribe)));
    if (step !== 'describe') await ask(ctx, step, draft);
    return;
  }
  if (step === 'describe') {
    if (!draft.text) {
      // A photo or a location alone: keep it and ask for a sentence.
      await save(ctx, 'describe', draft);
      await ctx.reply({ text: [ctx.t('report-describe-more')] });
      return;
    }
    if (!/\p{L}/u.test(draft.text)) {
      // Only numbers so far (a phone number, an amount): kept, but nothing to sort a report by yet.
      await save(ctx, 'describe', draft);
      await ctx.reply({ text: [ctx.t('report-describe-words')] });
      return;
    }
    await propose(ctx, draft, kit);
    return;
  }
  // Later steps: more words or files join the draft, and the current question is asked again.
  if (step === 'category' && (got.text || heard)) return propose(ctx, draft, kit, { added: true });
  if (got.text || heard) await raiseUrgency(ctx, draft, kit);
  await save(ctx, step, draft);
  await ctx.reply({ text: [ctx.t('report-added')] });
  await ask(ctx, step, draft);
}

/**
 * A category the pack no longer has (the pack was edited and reloaded while the report was open) is decided
 * again from the words, never lowering the urgency: a report is not filed under a category nobody can see.
 */
export async function keepCategoryCurrent(ctx: Ctx, draft: Draft, kit: ReportsKit): Promise<void> {
  const pack = ctx.deps.content.get();
  if (!draft.category || pack.categories.categories.some((c) => c.id === draft.category)) return;
  const c = await decideCategory(kit, pack, draft.text);
  draft.category = c.category;
  draft.urgency = maxUrgency(draft.urgency ?? 'normal', c.urgency);
  draft.confidence = c.confidence;
  delete draft.categorySkipped;
}

/**
 * Words that move a dialog along or agree ("继续", "好的", "嗯", "下一步", "ok", "确认"), or go back ("返回", "我按错了"),
 * typed where a button is wanted. The whole message, punctuation and spaces aside; "好的，他还骂人了" is more of the report.
 */
const CONTROL_WORD =
  /^(继续|繼續|接着|接著|下一步|下一个|下一個|然后呢|然後呢|好|好的|好滴|好吧|好了|行|行的|可以|嗯+|恩+|哦+|噢+|是|是的|对|對|对的|對的|没错|沒錯|确定|確定|确认|確認|提交|发送|發送|完了|完成|没了|沒了|就这些|就這些|没有了|沒有了|不|不用|不要|返回|后退|後退|上一步|回去|按错了|按錯了|点错了|點錯了|我按错了|我按錯了|我点错了|我點錯了|不对我按错了|不對我按錯了|ok|okay|okk?|k|yes|yep|yeah|no|nope|next|continue|goon|goahead|done|submit|send|confirm)$/i;

/**
 * "取消", "算了", "不报了" typed as the whole message: the worker wants out, as the ✖️ button does (QA22: a rider who
 * typed "取消" had it added to the report, and it reached the branch with "返回" and "我按错了" above it).
 */
const CANCEL_WORD =
  /^(取消|取消吧|取消反映|取消举报|不报了|不反映了|不举报了|不用反映了|算了|算了吧|不弄了|不搞了|cancel|stop|quit)$/i;

/** Whether a typed line asks to drop the report being written. */
export function cancelWord(text: string): boolean {
  return CANCEL_WORD.test(text.replace(/[\s\p{P}\p{S}]/gu, ''));
}

async function cancelWordTyped(ctx: MessageCtx, step: Step, draft: Draft): Promise<boolean> {
  const m = ctx.in;
  if (m.attachments?.length || m.location || !cancelWord(m.text)) return false;
  // Words of danger waiting for the 🆘 tap are not dropped on a sigh ("算了"): that card has no way out either.
  if (sosWaiting(step, draft)) return false;
  await ctx.clearDialog();
  await ctx.reply({ text: [ctx.t('report-cancelled')] });
  return true;
}

/**
 * "跳过", "不知道", "skip" typed as the whole message at the category question: the worker cannot choose (QA27 #2:
 * "跳过" was added to the report and the question asked again).
 */
const SKIP_WORD =
  /^(跳过|跳過|略过|略過|跳过吧|跳過吧|跳过这步|跳過這步|不知道|不晓得|不曉得|不清楚|不确定|不確定|说不清|說不清|说不好|說不好|不好说|不好說|搞不清|搞不清楚|我不知道|我也不知道|我不清楚|我也不清楚|不知道选哪个|不知道選哪個|skip|skipit|pass|idk|dunno|dontknow|idontknow|notsure|imnotsure|noidea|unsure)$/i;

/** Whether a typed line says "I can't choose" (skip, don't know), punctuation and spaces aside. */
export function skipWord(text: string): boolean {
  return SKIP_WORD.test(text.replace(/[\s\p{P}\p{S}]/gu, ''));
}

/**
 * A worker who cannot choose a category (a skip word at the proposal or the category list) has the report filed under
 * the pack's "other", which every pack has and every branch sorts — rather than the guess they did not confirm, which
 * routes the report to that category's desk. The urgency is never lowered (a category's own urgency, or the words',
 * stays); the words are not added; the next question (anonymity) follows, as after ✅.
 */
async function categorySkipped(ctx: MessageCtx, step: Step, draft: Draft, kit: ReportsKit): Promise<boolean> {
  const m = ctx.in;
  if (step !== 'category' || m.attachments?.length || m.location || !skipWord(m.text)) return false;
  const pack = ctx.deps.content.get();
  const c = await decideCategory(kit, pack, draft.text, { category: FALLBACK_CATEGORY });
  draft.category = c.category;
  draft.urgency = maxUrgency(draft.urgency ?? 'normal', c.urgency);
  // Nobody chose it: not the worker, and not the classifier. The staff card says so (staff-body.ts).
  draft.confidence = 0;
  draft.categorySkipped = true;
  ctx.log.info({ step }, 'report: category skipped, filed under other');
  await ctx.reply({
    text: [ctx.t('report-category-skipped', { category: categoryName(pack, c.category, ctx.locale) })],
  });
  await save(ctx, 'anon', draft);
  await ask(ctx, 'anon', draft);
  return true;
}

/** Whether a typed line only moves the dialog along (a control word), not more of the report. */
export function controlWord(text: string): boolean {
  return CONTROL_WORD.test(text.replace(/[\s\p{P}\p{S}]/gu, ''));
}

/**
 * Every step after the description waits for a button. A control word typed there (QA4 #6: "继续" after a restart
 * became the last line of the ticket) is not added to the report: the step's buttons are shown again, as small
 * talk is, whether or not the FAQ is wired in. Before anything is told, it is not the story either; an emergency's
 * words waiting for the 🆘 tap get that card again.
 */
async function controlWordAtButtons(ctx: MessageCtx, step: Step, draft: Draft): Promise<boolean> {
  const m = ctx.in;
  if (m.attachments?.length || m.location || !controlWord(m.text)) return false;
  if (step === 'describe') {
    // Nothing told yet (QA6: "/report" then "继续" became the whole report): ask for the story again.
    if (draft.text && !sosWaiting(step, draft)) return false;
    await ask(ctx, step, draft);
    return true;
  }
  await save(ctx, step, draft);
  await ctx.reply({ text: [ctx.t('report-aside-talk')] });
  await ask(ctx, step, draft);
  return true;
}

/** Steps where a typed line may be a question of its own rather than more of the report. */
const ASIDE_STEPS = new Set<Step>(['category', 'anon', 'confirm']);

/**
 * A question typed once the report is described ("骑手体检要钱吗" at the category step, "怀特那个驿站几点关门" under
 * an emergency's 🆘 tap) is answered by the FAQ when it is plainly a question of its own (aside.ts), and kept out
 * of the report — with one tap to add it after all; small talk ("早", "谢谢", "好的") is not added either. Then the
 * step is asked again, saying the draft is kept. Words of danger or urgency never leave the report; neither do
 * files, voice or places.
 */
async function answeredAside(ctx: MessageCtx, step: Step, draft: Draft, kit: ReportsKit): Promise<boolean> {
  const m = ctx.in;
  if (!kit.aside || m.attachments?.length || m.location) return false;
  if (!ASIDE_STEPS.has(step) && !sosWaiting(step, draft)) return false;
  const text = m.text.trim();
  if (!hasWords(text) || kit.keywordUrgency(ctx.deps.content.get(), text)) return false;
  const aside = await kit.aside(ctx, text);
  if (!aside) return false;
  if (aside === 'talk') {
    // The 🆘 card says what to do next itself, and has no cancel button to point to.
    if (!sosWaiting(step, draft)) await ctx.reply({ text: [ctx.t('report-aside-talk')] });
  } else {
    draft.aside = text.slice(0, MAX_INPUT);
    await save(ctx, step, draft);
    await ctx.reply({
      text: [ctx.t(aside === 'unsure' ? 'report-aside-unsure' : 'report-aside-answered')],
      buttons: [[{ label: ctx.t('report-btn-add-aside'), data: choice(draft, 'aside') }]],
    });
  }
  await ask(ctx, step, draft);
  return true;
}

/** "Add it to my report": the question answered aside joins the report's words after all. */
export async function addAside(ctx: ButtonCtx, step: Step, draft: Draft, kit: ReportsKit): Promise<void> {
  if (!draft.aside) return ctx.answer(ctx.t('error-button-expired'), true);
  await ctx.answer();
  appendText(draft, draft.aside);
  delete draft.aside;
  await ctx.record({ text: [ctx.t('report-added')] });
  if (step === 'category') return propose(ctx, draft, kit);
  await raiseUrgency(ctx, draft, kit);
  await save(ctx, step, draft);
  await ask(ctx, step, draft);
}

/**
 * Words added after the category was settled may tell of danger ("he is bleeding" at the anonymity
 * question): the urgency is raised from them — never lowered — and an emergency's numbers shown at once.
 */
async function raiseUrgency(ctx: Ctx, draft: Draft, kit: ReportsKit): Promise<void> {
  if (!draft.category) return;
  const was = draft.urgency ?? 'normal';
  const c = await decideCategory(kit, ctx.deps.content.get(), draft.text, {
    category: draft.category,
    proposal: { category: draft.category, urgency: was, confidence: draft.confidence ?? 1 },
  });
  if (URGENCIES.indexOf(c.urgency) <= URGENCIES.indexOf(was)) return;
  draft.urgency = c.urgency;
  if (c.urgency === 'emergency' && !draft.numbersShown) {
    draft.numbersShown = true;
    await ctx.reply({
      text: emergencyBlock(viewOf(ctx), signalsOf(draft.text, ctx.deps.content.get()), draft.text),
    });
  }
}
