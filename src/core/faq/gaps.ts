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
import { bold, code, italic, type Button, type Card, type Span } from '../card.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { ellipsis, hasWords } from '../text.js';
import { joinList } from '../words.js';
import type { Dialog } from '../ports/dialogs.js';
import { personKey } from '../ports/groups.js';
import type { ContentPack, Locale } from '../content/schema.js';
import type { Gap, LearnedExample } from '../ports/faq.js';
import type { Asker } from './ask.js';
import { data, localEntry } from './cards.js';
import {
  closestEntries,
  confirmDraft,
  exportYaml,
  learnFromGap,
  liveDrafts,
  orphanedLearned,
  saveDraft,
  TITLE_MAX,
} from './curate.js';
import { staffPlace, toAsker } from '../visibility.js';
import { gapText } from './setup.js';

const SHOWN = 8;

export interface GapsDeps {
  /** The current pack's asker (with learned examples). */
  asker(ctx: Ctx): Promise<Asker>;
}

function refuse(ctx: Ctx, what: string): string {
  ctx.log.warn(
    { user: personKey(ctx.user.channel, ctx.user.id), role: ctx.role, what },
    'refused: /gaps action by a non-organiser',
  );
  return ctx.t('error-not-allowed');
}

/**
 * What workers did about a gap, each part starting " · ": the 👎 on the answered entry, answers passed
 * over for another entry, and the entry the askers picked most. The chat's /gaps and the board show it.
 */
export function gapEvidence(
  t: (id: string, args?: Record<string, string>) => string,
  pack: ContentPack,
  locale: Locale,
  g: Gap,
): string[] {
  const title = (id: string | undefined) => {
    const e = id ? pack.faq.find((x) => x.id === id) : undefined;
    if (e) return ellipsis(localEntry(e, locale).title, 30);
    // An entry a new pack renamed or removed (a 👎 on its answer, kept a week, QA21 #12); a draft is not the pack's.
    return id && !id.startsWith('draft-') ? t('faq-gaps-entry-removed', { id }) : undefined;
  };
  const out: string[] = [];
  const answered = title(g.entry);
  if (answered && g.down) out.push(t('faq-gaps-down', { down: String(g.down), title: answered }));
  if (answered && g.skipped) out.push(t('faq-gaps-skipped', { count: String(g.skipped), title: answered }));
  const top = g.picks[0];
  const picked = title(top?.entry);
  if (top && picked) out.push(t('faq-gaps-picked', { count: String(top.count), title: picked }));
  return out;
}

export function gapsCard(ctx: Ctx, gaps: readonly Gap[]): Card {
  if (!gaps.length) return { text: [ctx.t('faq-gaps-empty')] };
  const pack = ctx.deps.content.get();
  const text: Span[] = [bold(ctx.t('faq-gaps-title'))];
  const buttons: Button[][] = [];
  gaps.forEach((g, i) => {
    const n = String(i + 1);
    // As the log keeps it now, also for a gap logged before runs of digits were hidden (setup.ts gapText).
    const shown = gapText(g.text);
    text.push(
      '\n',
      `${n}. `,
      ctx.t('faq-gaps-line', { count: String(g.count), question: ellipsis(shown, 80) }),
    );
    text.push(...gapEvidence(ctx.t, pack, ctx.locale, g));
    // Spoken with the question: a screen reader going from button to button never hears the numbered list (QA26 #4).
    const spoken = ellipsis(shown, 60);
    buttons.push([
      { label: ctx.t('faq-gaps-btn-entry', { n }), data: `gap:e:${g.id}`, spoken },
      { label: ctx.t('faq-gaps-btn-write', { n }), data: `gap:w:${g.id}`, spoken },
    ]);
  });
  text.push('\n\n', italic(ctx.t('faq-gaps-hint')));
  return { text, buttons };
}

/** Taught wordings whose entry a new pack renamed or removed: which ids, and the wordings to teach again. */
function orphanedLines(ctx: Ctx, orphaned: readonly LearnedExample[]): Span[] {
  const entries = [...new Set(orphaned.map((x) => x.entry))];
  const lines: Span[] = [
    ctx.t('faq-gaps-orphaned', { n: orphaned.length, entries: joinList(ctx.locale, entries) }),
  ];
  for (const x of orphaned.slice(0, SHOWN)) lines.push('\n', `· ${ellipsis(x.text, 80)} → `, code(x.entry));
  if (orphaned.length > SHOWN) lines.push('\n', '…');
  return lines;
}

export function createGaps(deps: GapsDeps) {
  async function command(ctx: MessageCtx, args: string): Promise<void> {
    // Workers' questions (masked, but theirs) are for the organisers: not shown where workers read.
    if (!staffPlace(ctx))
      return void (await ctx.reply(
        toAsker(ctx, { text: [ctx.t('error-private-only', { command: 'gaps' })] }),
      ));
    if (args.trim().toLowerCase() === 'export') return exportDrafts(ctx);
    const [gaps, live, orphaned] = await Promise.all([
      ctx.deps.store.faq.topGaps(SHOWN),
      liveDrafts(ctx.deps),
      orphanedLearned(ctx.deps),
    ]);
    const card = gapsCard(ctx, gaps);
    // Answers written here are in use before they are in the pack: say how many wait for export.
    if (live.length) card.text.push('\n\n', italic(ctx.t('faq-gaps-live', { n: String(live.length) })));
    if (orphaned.length) card.text.push('\n\n', ...orphanedLines(ctx, orphaned));
    await ctx.reply(card);
  }

  async function press(ctx: ButtonCtx, payload: string): Promise<void> {
    if (!ctx.isOrganiser) return ctx.answer(refuse(ctx, `gap:${payload}`), true);
    const [action = '', a = '', b = ''] = payload.split(':');
    const store = ctx.deps.store.faq;
    switch (action) {
      case 'e': {
        const found = await closestEntries(ctx.deps, await deps.asker(ctx), a);
        if (!found) return ctx.answer(ctx.t('faq-gaps-gone'), true);
        const { gap, entries } = found;
        await ctx.answer();
        const buttons: Button[][] = [];
        const picked = new Set(gap.picks.map((p) => p.entry));
        for (const e of entries) {
          const d = data('gap', `l:${gap.id}:${e.id}`);
          const title = ellipsis(localEntry(e, ctx.locale).title, 40);
          if (d) buttons.push([{ label: picked.has(e.id) ? `👆 ${title}` : title, data: d }]);
        }
        buttons.push([{ label: ctx.t('faq-gaps-btn-write-new'), data: `gap:w:${gap.id}` }]);
        await ctx.reply({
          text: [
            ctx.t(entries.length ? 'faq-gaps-which' : 'faq-gaps-none-close', { question: gapText(gap.text) }),
          ],
          buttons,
        });
        return;
      }
      case 'l': {
        const r = await learnFromGap(ctx.deps, a, b, personKey(ctx.user.channel, ctx.user.id));
        if (!r.ok)
          return ctx.answer(ctx.t(r.why === 'entry' ? 'error-button-expired' : 'faq-gaps-gone'), true);
        ctx.log.info({ entry: r.entry.id, version: r.version }, 'faq example learned');
        await ctx.answer();
        await ctx.reply({
          text: [
            ctx.t('faq-gaps-learned', { question: r.text, title: localEntry(r.entry, ctx.locale).title }),
          ],
        });
        return;
      }
      case 'w': {
        const gap = await store.gap(a);
        if (!gap) return ctx.answer(ctx.t('faq-gaps-gone'), true);
        await ctx.answer();
        const question = gapText(gap.text);
        await ctx.setDialog('faq', 'draft-title', { gap: gap.id, question });
        await ctx.reply({
          text: [ctx.t('faq-draft-title-prompt', { question }), '\n', ctx.t('faq-reply-hint')],
          forceReply: true,
        });
        return;
      }
      case 'ok': {
        const draft = await confirmDraft(ctx.deps, a, b);
        if (!draft) return ctx.answer(ctx.t('faq-draft-gone'), true);
        await ctx.answer();
        await ctx.show({ text: [ctx.t('faq-draft-saved', { id: draft.id })] });
        return;
      }
      case 'no': {
        await store.dropDraft(a);
        await ctx.answer(ctx.t('faq-draft-dropped'));
        await ctx.record({ text: [ctx.t('faq-draft-dropped')] });
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
    const draft = await saveDraft(ctx.deps, {
      title: String(d.data.title ?? ''),
      answer: text,
      question,
      gap,
      by: personKey(ctx.user.channel, ctx.user.id),
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
    const out = await exportYaml(ctx.deps, ctx.t);
    if (!out) return void (await ctx.reply({ text: [ctx.t('faq-export-empty')] }));
    await ctx.reply({ text: [ctx.t('faq-export-title', { n: String(out.drafts) }), '\n', code(out.yaml)] });
  }

  return { command, press, dialog };
}
