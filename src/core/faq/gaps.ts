/**
 * `/gaps` (organisers): the questions most often left unanswered or voted 👎, grouped by their normalised
 * text, with counts — and what to do about each:
 *
 * - "this is entry X" (`gap:e:<gap>` → the closest entries → `gap:l:<gap>:<entry>`): the question becomes
 *   a learned example of X (Redis, per pack), used by retrieval from the next question on;
 * - "write an answer" (`gap:w:<gap>`): a short dialog (title, then answer) and a confirmation
 *   (`gap:ok:<draft>:<gap>` / `gap:no:<draft>`); confirmed drafts wait in Redis for `/gaps export`, which
 *   sends them as YAML to paste into faq/*.yaml (with the learned examples as comments).
 *
 * Every press and dialog step is checked again here: organisers only.
 */
import { stringify } from 'yaml';
import { bold, code, italic, type Button, type Card, type Span } from '../card.js';
import type { ContentPack } from '../content/schema.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { ellipsis, hasWords } from '../text.js';
import { localDay } from '../stations/hours.js';
import type { Dialog } from '../ports/dialogs.js';
import type { DraftEntry, Gap, LearnedExample } from '../ports/faq.js';
import type { Asker } from './ask.js';
import { data, localEntry } from './cards.js';

const SHOWN = 8;
const CLOSEST = 4;
const TITLE_MAX = 80;
const ANSWER_MAX = 1500;

export interface GapsDeps {
  /** The current pack's asker (with learned examples). */
  asker(ctx: Ctx): Promise<Asker>;
}

const district = (ctx: Ctx) => ctx.deps.content.get().settings.district.id;
const who = (ctx: Ctx) => `${ctx.user.channel}:${ctx.user.id}`;

function refuse(ctx: Ctx, what: string): string {
  ctx.log.warn({ user: who(ctx), role: ctx.role, what }, 'refused: /gaps action by a non-organiser');
  return ctx.t('error-not-allowed');
}

export function gapsCard(ctx: Ctx, gaps: readonly Gap[]): Card {
  if (!gaps.length) return { text: [ctx.t('faq-gaps-empty')] };
  const pack = ctx.deps.content.get();
  const text: Span[] = [bold(ctx.t('faq-gaps-title'))];
  const buttons: Button[][] = [];
  gaps.forEach((g, i) => {
    const n = String(i + 1);
    text.push(
      '\n',
      `${n}. `,
      ctx.t('faq-gaps-line', { count: String(g.count), question: ellipsis(g.text, 80) }),
    );
    const entry = g.down && g.entry ? pack.faq.find((e) => e.id === g.entry) : undefined;
    if (entry)
      text.push(
        ctx.t('faq-gaps-down', {
          down: String(g.down),
          title: ellipsis(localEntry(entry, ctx.locale).title, 30),
        }),
      );
    buttons.push([
      { label: ctx.t('faq-gaps-btn-entry', { n }), data: `gap:e:${g.id}` },
      { label: ctx.t('faq-gaps-btn-write', { n }), data: `gap:w:${g.id}` },
    ]);
  });
  text.push('\n\n', italic(ctx.t('faq-gaps-hint')));
  return { text, buttons };
}

export function createGaps(deps: GapsDeps) {
  async function command(ctx: MessageCtx, args: string): Promise<void> {
    if (args.trim().toLowerCase() === 'export') return exportDrafts(ctx);
    await ctx.reply(gapsCard(ctx, await ctx.deps.store.faq.topGaps(SHOWN)));
  }

  async function press(ctx: ButtonCtx, payload: string): Promise<void> {
    if (!ctx.isOrganiser) return ctx.answer(refuse(ctx, `gap:${payload}`), true);
    const [action = '', a = '', b = ''] = payload.split(':');
    const store = ctx.deps.store.faq;
    switch (action) {
      case 'e': {
        const gap = await store.gap(a);
        if (!gap) return ctx.answer(ctx.t('faq-gaps-gone'), true);
        await ctx.answer();
        const hits = (await deps.asker(ctx)).retrieve(gap.text, CLOSEST);
        const buttons: Button[][] = [];
        for (const h of hits) {
          const d = data('gap', `l:${gap.id}:${h.entry.id}`);
          if (d) buttons.push([{ label: ellipsis(localEntry(h.entry, ctx.locale).title, 40), data: d }]);
        }
        buttons.push([{ label: ctx.t('faq-gaps-btn-write-new'), data: `gap:w:${gap.id}` }]);
        await ctx.reply({
          text: [ctx.t(hits.length ? 'faq-gaps-which' : 'faq-gaps-none-close', { question: gap.text })],
          buttons,
        });
        return;
      }
      case 'l': {
        const entry = ctx.deps.content.get().faq.find((e) => e.id === b);
        if (!entry) return ctx.answer(ctx.t('error-button-expired'), true);
        const r = await store.learn(district(ctx), a, entry.id, who(ctx), ctx.deps.now().getTime());
        if (!r) return ctx.answer(ctx.t('faq-gaps-gone'), true);
        ctx.log.info({ entry: entry.id, version: r.version }, 'faq example learned');
        await ctx.answer();
        await ctx.reply({
          text: [ctx.t('faq-gaps-learned', { question: r.text, title: localEntry(entry, ctx.locale).title })],
        });
        return;
      }
      case 'w': {
        const gap = await store.gap(a);
        if (!gap) return ctx.answer(ctx.t('faq-gaps-gone'), true);
        await ctx.answer();
        await ctx.setDialog('faq', 'draft-title', { gap: gap.id, question: gap.text });
        await ctx.reply({
          text: [ctx.t('faq-draft-title-prompt', { question: gap.text }), '\n', ctx.t('faq-reply-hint')],
          forceReply: true,
        });
        return;
      }
      case 'ok': {
        const draft = await store.confirmDraft(district(ctx), a, b || undefined);
        if (!draft) return ctx.answer(ctx.t('faq-draft-gone'), true);
        await ctx.answer();
        if (ctx.in.message)
          await ctx.deps.outbox
            .edit(ctx.in.message, { text: [ctx.t('faq-draft-saved', { id: draft.id })] })
            .catch(() => ctx.reply({ text: [ctx.t('faq-draft-saved', { id: draft.id })] }));
        return;
      }
      case 'no': {
        await store.dropDraft(a);
        await ctx.answer(ctx.t('faq-draft-dropped'));
        if (ctx.in.message)
          await ctx.deps.outbox
            .edit(ctx.in.message, { text: [ctx.t('faq-draft-dropped')] })
            .catch(() => undefined);
        return;
      }
      default:
        return ctx.answer(ctx.t('error-button-expired'), true);
    }
  }

  /** The organiser's title, then answer, for a new entry. */
  async function dialog(ctx: MessageCtx, d: Dialog): Promise<void> {
    if (!ctx.isOrganiser) {
      await ctx.clearDialog();
      return void (await ctx.reply({ text: [refuse(ctx, d.step)] }));
    }
    const text = ctx.in.text.trim();
    if (!hasWords(text))
      return void (await ctx.reply({ text: [ctx.t('faq-reply-need-text')], forceReply: true }));
    const gap = String(d.data.gap ?? '');
    const question = String(d.data.question ?? '');
    if (d.step === 'draft-title') {
      await ctx.setDialog('faq', 'draft-answer', { gap, question, title: ellipsis(text, TITLE_MAX) });
      await ctx.reply({
        text: [ctx.t('faq-draft-answer-prompt'), '\n', ctx.t('faq-reply-hint')],
        forceReply: true,
      });
      return;
    }
    await ctx.clearDialog();
    const draft = await ctx.deps.store.faq.saveDraft({
      title: String(d.data.title ?? ''),
      answer: ellipsis(text, ANSWER_MAX),
      question,
      ...(gap ? { gap } : {}),
      by: who(ctx),
      at: ctx.deps.now().getTime(),
    });
    const ok = data('gap', `ok:${draft.id}:${gap}`) ?? `gap:ok:${draft.id}`;
    await ctx.reply({
      text: [
        ctx.t('faq-draft-preview'),
        '\n\n',
        bold(draft.title),
        '\n',
        draft.answer,
        '\n',
        italic(ctx.t('faq-draft-question', { question })),
      ],
      buttons: [
        [
          { label: ctx.t('faq-draft-btn-confirm'), data: ok },
          { label: ctx.t('faq-draft-btn-drop'), data: `gap:no:${draft.id}` },
        ],
      ],
    });
  }

  async function exportDrafts(ctx: MessageCtx): Promise<void> {
    const store = ctx.deps.store.faq;
    const [drafts, learned] = await Promise.all([store.drafts(district(ctx)), store.learned(district(ctx))]);
    if (!drafts.length && !learned.examples.length)
      return void (await ctx.reply({ text: [ctx.t('faq-export-empty')] }));
    const yaml = draftsYaml(ctx.deps.content.get(), drafts, learned.examples, {
      header: ctx.t('faq-export-header'),
      learnedHeader: ctx.t('faq-export-learned'),
      source: ctx.t('faq-export-source'),
      today: localDay(ctx.deps.now(), ctx.deps.timezone).date,
    });
    await ctx.reply({ text: [ctx.t('faq-export-title', { n: String(drafts.length) }), '\n', code(yaml)] });
  }

  return { command, press, dialog };
}

/**
 * Confirmed drafts as a faq/*.yaml file (its `entries:`), and learned examples as comments per entry —
 * ready to paste; the author checks the source and renames the draft ids.
 */
export function draftsYaml(
  pack: ContentPack,
  drafts: readonly DraftEntry[],
  learned: readonly LearnedExample[],
  words: { header: string; learnedHeader: string; source: string; today: string },
): string {
  const lines = [`# ${words.header}`];
  if (drafts.length)
    lines.push(
      stringify({
        entries: drafts.map((d) => ({
          id: d.id,
          title: d.title,
          questions: [d.question].filter(Boolean),
          answer: d.answer.endsWith('\n') ? d.answer : `${d.answer}\n`,
          source: words.source,
          updated: words.today,
        })),
      }).trimEnd(),
    );
  const known = learned.filter((l) => pack.faq.some((e) => e.id === l.entry));
  if (known.length) {
    lines.push(`# ${words.learnedHeader}`);
    for (const l of known) lines.push(`#   ${l.entry}: ${l.text.replace(/\s+/g, ' ')}`);
  }
  return lines.join('\n');
}
