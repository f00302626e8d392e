/**
 * The buttons under the FAQ's replies: `fb:<entry>:up|down` (feedback; a 👎 counts the question as a gap and
 * offers passing it on), `faq:show:<entry>[:<pending>]` (another entry offered — noted for /gaps when the asker
 * picks it), `faq:pass:<pending>` (the question to its branch), `faq:to:<pending>:<branch|->` (the branch a worker
 * named, asked in private: groups/worker-branch.ts), `faq:rep:<pending>` and `faq:repa` (report a
 * told problem with its words, from "not sure" or under an answer), `faq:help` (how to ask).
 */
import type { FaqEntry } from '../content/schema.js';
import type { ButtonCtx } from '../feature.js';
import type { StoredQuestion, Vote } from '../ports/faq.js';
import { chatKey, personKey } from '../ports/groups.js';
import { toAsker } from '../visibility.js';
import { answerCard } from './cards.js';
import { entryOf } from './curate.js';
import { branchName, branchPicker, passButton, passWords, yourBranchWords } from './handoff.js';
import { gapOf, gapText, placeFor, splitOnce, type FaqSetup } from './setup.js';

export interface AnswerButtons {
  /** `fb:…` */
  feedback(ctx: ButtonCtx, payload: string): Promise<void>;
  /** `faq:…` */
  faqButton(ctx: ButtonCtx, payload: string): Promise<void>;
}

export function createAnswerButtons(setup: FaqSetup): AnswerButtons {
  const { options, handoff } = setup;

  async function feedback(ctx: ButtonCtx, payload: string): Promise<void> {
    const m = /^(.+):(up|down)$/.exec(payload);
    if (!m) return ctx.answer(ctx.t('error-button-expired'), true);
    // A confirmed draft answers like the pack's entries (curate.ts), so its 👍/👎 count too.
    const entry = await entryOf(ctx.deps, m[1]!);
    const id = entry?.id ?? (await removedAnswered(ctx, m[1]!));
    if (!id) return ctx.answer(ctx.t('faq-vote-gone'), true);
    const result = await ctx.deps.store.faq.vote(id, personKey(ctx.user.channel, ctx.user.id), m[2] as Vote);
    if (result === 'new') ctx.deps.metrics.faqVotes.inc({ vote: m[2] as Vote });
    ctx.log.info({ entry: id, vote: m[2], result, ...(entry ? {} : { removed: true }) }, 'faq feedback');
    await ctx.answer(
      ctx.t(
        result === 'new' ? 'faq-vote-thanks' : result === 'changed' ? 'faq-vote-changed' : 'faq-vote-same',
      ),
    );
    if (m[2] === 'down' && result !== 'same') await offerPass(ctx, id);
  }

  /**
   * A vote on an answer whose entry a new pack renamed or removed (QA21 #12): it still counts while the question it
   * answered is kept (a week) — for /gaps under the old id, shown as no longer in the pack — and a 👎 still offers
   * passing the question on. The kept question must name that entry, so a forged id counts nothing. Undefined: not so.
   */
  async function removedAnswered(ctx: ButtonCtx, entryId: string): Promise<string | undefined> {
    const found = await answeredQuestion(ctx);
    return found?.q.entry === entryId ? entryId : undefined;
  }

  /**
   * The asker pressed one of the "did you mean" entries: /gaps shows it beside their question, so an
   * organiser can confirm "this is entry X" at a glance. Only the asker's press counts (anyone in a
   * group may press), once each.
   */
  async function notePick(ctx: ButtonCtx, pendingId: string, entry: FaqEntry): Promise<void> {
    const store = ctx.deps.store.faq;
    const q = await store.question(pendingId);
    if (!q || q.user !== personKey(ctx.user.channel, ctx.user.id)) return;
    const gap = gapOf(q.question);
    if (gap && (await store.notePick(gap, entry.id, q.user)))
      ctx.log.info({ entry: entry.id }, 'faq suggestion picked');
  }

  /** The kept question the pressed button's message answered (a 👎 or a runner-up under an answer). */
  async function answeredQuestion(ctx: ButtonCtx) {
    const ref = ctx.in.message;
    if (!ref) return undefined;
    const store = ctx.deps.store.faq;
    const id = await store.questionOfAnswer(chatKey(ref.address.channel, ref.address.chatId), ref.messageId);
    const q = id ? await store.question(id) : undefined;
    return id && q ? { id, q } : undefined;
  }

  /**
   * The asker tapped another entry offered under the bot's answer: the answer was likely not what they
   * asked, so /gaps counts it (once per asker) with the entry they meant. A press by anyone else, or on
   * a button not under a kept answer, shows the entry and notes nothing.
   */
  async function notePassedOver(ctx: ButtonCtx, picked: FaqEntry): Promise<void> {
    const { q } = (await answeredQuestion(ctx)) ?? {};
    if (!q?.entry || q.entry === picked.id || q.user !== personKey(ctx.user.channel, ctx.user.id)) return;
    const gap = gapOf(q.question);
    if (!gap) return;
    const counted = await ctx.deps.store.faq.logGap(gap, {
      text: gapText(q.question),
      kind: 'skipped',
      entry: q.entry,
      pick: { entry: picked.id, picker: q.user },
      now: ctx.deps.now().getTime(),
    });
    if (counted) ctx.log.info({ entry: q.entry, picked: picked.id }, 'faq answer passed over');
  }

  /** After a 👎 on `entry`'s answer: count the question as a gap and offer to pass it to the branch. */
  async function offerPass(ctx: ButtonCtx, entry: string): Promise<void> {
    const found = await answeredQuestion(ctx);
    if (!found) return;
    const { id, q } = found;
    const gap = gapOf(q.question);
    if (gap)
      await ctx.deps.store.faq.logGap(gap, {
        text: gapText(q.question),
        kind: 'down',
        entry,
        now: ctx.deps.now().getTime(),
      });
    // Only the asker may pass their question on, so only their 👎 offers it — to them alone (Slack: ephemeral).
    if (q.status !== 'pending' || !askedBy(ctx, q)) return;
    const pack = ctx.deps.content.get();
    await ctx.reply(
      toAsker(ctx, {
        text: [ctx.t('faq-down-offer', offerWords(ctx, q))],
        buttons: [[passButton(ctx.t, pack, q.branch, id)]],
      }),
    );
  }

  /** Where an offer says the question goes: its branch, or "your branch" when the worker is to name it. */
  function offerWords(ctx: ButtonCtx, q: StoredQuestion) {
    return q.askBranch && !q.branch
      ? yourBranchWords(ctx.t)
      : passWords(ctx.deps.content.get(), q.branch, ctx.locale);
  }

  /** True when the presser asked this question. */
  function askedBy(ctx: ButtonCtx, q: StoredQuestion): boolean {
    return q.user === personKey(ctx.user.channel, ctx.user.id);
  }

  async function faqButton(ctx: ButtonCtx, payload: string): Promise<void> {
    const [action, arg = ''] = splitOnce(payload);
    if (action === 'show') {
      const [entryId = '', pendingId] = arg.split(':');
      const entry = await entryOf(ctx.deps, entryId);
      if (!entry) return ctx.answer(ctx.t('error-button-expired'), true);
      await ctx.answer();
      if (pendingId) await notePick(ctx, pendingId, entry);
      else await notePassedOver(ctx, entry);
      await ctx.reply(answerCard(ctx.t, entry, ctx.locale));
      return;
    }
    if (action === 'pass') return pass(ctx, arg);
    if (action === 'to') {
      const [id = '', chosen = ''] = arg.split(':');
      return chosen ? pass(ctx, id, chosen) : ctx.answer(ctx.t('error-button-expired'), true);
    }
    if (action === 'rep') return reportQuestion(ctx, arg);
    if (action === 'repa') return reportAnswered(ctx);
    if (action === 'add') return addToReport(ctx, arg);
    if (action === 'help') {
      await ctx.answer();
      await ctx.reply({ text: [ctx.t('faq-ask-usage', { place: placeFor(ctx) })] });
      return;
    }
    await ctx.answer(ctx.t('error-button-expired'), true);
  }

  /**
   * 📨 under a kept question, or a branch named on the picker (`chosen`: a branch id, '-' for "not sure"). Only the
   * asker passes it on (checked again in the script); a question asked in private whose branch is not known asks
   * which branch first (`choose`: the picker, to the asker alone), and the one named is remembered (faq-pass-2.lua).
   */
  async function pass(ctx: ButtonCtx, id: string, chosen?: string): Promise<void> {
    const pack = ctx.deps.content.get();
    const district = pack.branches.find((b) => b.kind === 'district')!;
    const store = ctx.deps.store.faq;
    // Anyone in a group can press the button under someone's question; only the asker passes it on.
    const asked = await store.question(id);
    if (asked && !askedBy(ctx, asked))
      return ctx.answer(ctx.t('faq-pass-not-yours', offerWords(ctx, asked)), true);
    const r = await store.pass(
      id,
      ctx.deps.now().getTime(),
      pack.branches.map((b) => b.id),
      district.id,
      { channel: ctx.user.channel, userId: ctx.user.id, ...(chosen ? { chosen } : {}) },
    );
    if (r.result === 'missing') return ctx.answer(ctx.t('faq-pass-expired'), true);
    if (r.result === 'not-yours')
      return ctx.answer(ctx.t('faq-pass-not-yours', yourBranchWords(ctx.t)), true);
    if (r.result === 'choose') {
      await ctx.answer();
      await ctx.reply(toAsker(ctx, branchPicker(ctx.t, pack, ctx.locale, id)));
      return;
    }
    const name = branchName(pack, r.branch ?? district.id, ctx.locale);
    if (r.result === 'passed') return ctx.answer(ctx.t('faq-pass-already', { branch: name }), true);
    const branch = pack.branches.find((b) => b.id === r.branch) ?? district;
    const q = await store.question(id);
    if (q) await handoff(ctx).question({ branch, question: q, channel: ctx.in.chat.address.channel });
    ctx.log.info({ branch: branch.id, ...(chosen ? { chosen: true } : {}) }, 'faq question passed to branch');
    await ctx.answer(ctx.t('faq-passed', { branch: name }));
    // The picker becomes what was decided, so its other buttons cannot be pressed again.
    if (chosen)
      await ctx.record({
        text: [ctx.t(chosen === '-' ? 'faq-passed' : 'faq-passed-remembered', { branch: name })],
      });
  }

  /** "Report this": the kept question's words start a report — only for the worker who asked it. */
  async function reportQuestion(ctx: ButtonCtx, id: string): Promise<void> {
    await reportKept(ctx, await ctx.deps.store.faq.question(id));
  }

  /** "Report this" under an answer: the question is the one the pressed message answered. */
  async function reportAnswered(ctx: ButtonCtx): Promise<void> {
    await reportKept(ctx, (await answeredQuestion(ctx))?.q);
  }

  /** 📎 补充到 under "not sure": the kept question's words join the asker's open report (QA20 #5). */
  async function addToReport(ctx: ButtonCtx, arg: string): Promise<void> {
    const [id = '', ticket = ''] = arg.split(':');
    const q = await ctx.deps.store.faq.question(id);
    if (!q || !ticket || !options.addToReport) return ctx.answer(ctx.t('faq-pass-expired'), true);
    if (!askedBy(ctx, q)) return ctx.answer(ctx.t('error-button-expired'), true);
    await options.addToReport(ctx, ticket, q.question, q.messageId);
  }

  async function reportKept(ctx: ButtonCtx, q: StoredQuestion | undefined): Promise<void> {
    if (!q || !options.reportWords) return ctx.answer(ctx.t('faq-pass-expired'), true);
    if (q.user !== personKey(ctx.user.channel, ctx.user.id))
      return ctx.answer(ctx.t('error-button-expired'), true);
    await ctx.answer();
    await options.reportWords(ctx, q.question);
  }

  return { feedback, faqButton };
}
