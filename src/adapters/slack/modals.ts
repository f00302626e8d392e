/**
 * The report form, Slack's way: `/report [what happened]` opens a modal (description, category
 * preselected by the classifier from the words given, photos, anonymous, may-we-contact-you), so nothing
 * is posted in the channel. Submitting files the ticket through the reports job (`fileReport`), whose
 * effects send the receipt to the worker's DM and the card to the branch's triage channel — exactly as
 * when the report is made step by step in a Telegram private chat.
 *
 *   createSlackAdapter({ …, modals: slackModals(app.deps) })
 *
 * The draft id is made when the modal opens and travels in `private_metadata`, so a double submit files
 * one ticket. The channel the command came from, when it is bound, is the report's origin (its branch).
 */
import { randomBytes } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { ContentPack } from '../../core/content/schema.js';
import type { CoreDeps } from '../../core/feature.js';
import { pickLocale } from '../../core/identity.js';
import type { Locale } from '../../core/i18n.js';
import type { Urgency } from '../../core/reports/classify.js';
import { decideCategory, outOfReports } from '../../core/reports/decide.js';
import { createReportsKit, type ReportsKit } from '../../core/reports/kit.js';
import { fileReport } from '../../core/reports/filing.js';
import type { Draft } from '../../core/reports/intake-draft.js';
import { emergencyLine, branchLabel, categoryName } from '../../core/reports/views.js';
import { hasWords } from '../../core/text.js';
import { cutAtWord } from '../../core/words.js';
import { chatKey, personKey } from '../../core/ports/groups.js';
import type { ModalContext, SlackModals, ViewSubmission, ViewValues } from './listeners/index.js';
import { escapeMrkdwn } from './render.js';
import { privateAddress } from './translate.js';

export const REPORT_COMMAND = '/report';
export const REPORT_CALLBACK = 'ws-report';

/** Slack's limits: modal title/buttons 24 characters, select option text 75, plain_text_input 3000. */
const MAX_TITLE = 24;
const MAX_OPTION = 75;
const MAX_DESCRIPTION = 3000;
const MAX_PHOTOS = 5;
/** The classifier gets this long before the modal opens without a preselection (the trigger lives 3 s). */
const CLASSIFY_BUDGET_MS = 1200;

const cut = cutAtWord;
const plain = (text: string, max = MAX_TITLE): types.PlainTextElement => ({
  type: 'plain_text',
  text: cut(text, max),
  emoji: true,
});

/** The classifier's proposal when the form opened (the category preselected). */
interface Guess {
  category: string;
  urgency: Urgency;
  confidence: number;
}

/** What travels in the modal's private_metadata (at most 3000 characters). */
export interface ReportMeta {
  draft: string;
  locale: Locale;
  /** The bound channel `/report` came from: the report's branch. */
  origin?: { chat: string; branch: string };
  guess?: Guess;
}

/** The one-letter form of ReportMeta that forms opened before the rename still carry. */
interface OldReportMeta {
  d: string;
  l: Locale;
  o?: { chat: string; branch: string };
  g?: { c: string; u: Urgency; f: number };
}

export interface ReportModalInput {
  t: (id: string, args?: Record<string, string | number>) => string;
  pack: ContentPack;
  locale: Locale;
  meta: ReportMeta;
  text: string;
}

/** The modal's view (pure: tested on its own). */
export function reportModal({ t, pack, locale, meta, text }: ReportModalInput): types.ModalView {
  const options = pack.categories.categories
    .slice(0, 100)
    .map((c) => ({ text: plain(categoryName(pack, c.id, locale), MAX_OPTION), value: c.id }));
  const initial = meta.guess ? options.find((o) => o.value === meta.guess!.category) : undefined;
  const intro = [
    t('slack-report-intro'),
    ...(meta.origin?.branch
      ? [t('slack-report-origin', { branch: branchLabel(pack, meta.origin.branch, locale) })]
      : []),
  ];
  const blocks: types.KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(intro.join('\n')), verbatim: true }] },
  ];
  if (meta.guess?.urgency === 'emergency') {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${escapeMrkdwn(t('slack-report-emergency', { numbers: emergencyLine(pack, [], { locale, t }) }))}*`,
        verbatim: true,
      },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: 'desc',
      label: plain(t('slack-report-desc'), 2000),
      // What to write stays under the box once typing starts (the placeholder goes), QA26 #7.
      hint: plain(t('slack-report-desc-hint'), 2000),
      element: {
        type: 'plain_text_input',
        action_id: 'text',
        multiline: true,
        max_length: MAX_DESCRIPTION,
        placeholder: plain(t('slack-report-desc-placeholder'), 150),
        ...(text ? { initial_value: text.slice(0, MAX_DESCRIPTION) } : {}),
      },
    },
    {
      type: 'input',
      block_id: 'category',
      optional: true,
      label: plain(t('slack-report-category'), 2000),
      ...(initial ? { hint: plain(t('slack-report-category-hint'), 2000) } : {}),
      element: {
        type: 'static_select',
        action_id: 'choice',
        placeholder: plain(t('slack-report-category-placeholder'), 150),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
    {
      type: 'input',
      block_id: 'photos',
      optional: true,
      label: plain(t('slack-report-photos'), 2000),
      hint: plain(t('slack-report-photos-hint', { max: MAX_PHOTOS }), 2000),
      element: {
        type: 'file_input',
        action_id: 'files',
        filetypes: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic'],
        max_files: MAX_PHOTOS,
      },
    },
    {
      type: 'input',
      block_id: 'options',
      optional: true,
      label: plain(t('slack-report-options'), 2000),
      element: {
        type: 'checkboxes',
        action_id: 'flags',
        options: [
          { text: plain(t('slack-report-anonymous'), MAX_OPTION), value: 'anonymous' },
          { text: plain(t('slack-report-contact'), MAX_OPTION), value: 'contact' },
        ],
      },
    },
  );
  return {
    type: 'modal',
    callback_id: REPORT_CALLBACK,
    title: plain(t('slack-report-title')),
    submit: plain(t('slack-report-submit')),
    close: plain(t('slack-report-close')),
    private_metadata: JSON.stringify(meta),
    blocks,
  };
}

export interface ReportAnswers {
  text: string;
  category?: string;
  photos: { id: string; mimetype?: string }[];
  anonymous: boolean;
  contact: boolean;
}

/** The modal's state → the worker's answers (pure). */
export function readReport(values: ViewValues): ReportAnswers {
  const flags = (values.options?.flags?.selected_options ?? []).map((o) => o.value);
  const files =
    (values.photos?.files as { files?: { id: string; mimetype?: string }[] } | undefined)?.files ?? [];
  return {
    text: (values.desc?.text?.value ?? '').trim(),
    ...(values.category?.choice?.selected_option?.value
      ? { category: values.category.choice.selected_option.value }
      : {}),
    photos: files.filter((f) => typeof f.id === 'string').slice(0, MAX_PHOTOS),
    anonymous: flags.includes('anonymous'),
    // An anonymous report cannot be followed up by name.
    contact: flags.includes('contact') && !flags.includes('anonymous'),
  };
}

function parseMeta(raw: string): ReportMeta | undefined {
  try {
    const m = JSON.parse(raw) as Partial<ReportMeta & OldReportMeta>;
    if (typeof m.draft === 'string' && typeof m.locale === 'string') return m as ReportMeta;
    if (typeof m.d !== 'string' || typeof m.l !== 'string') return undefined;
    return {
      draft: m.d,
      locale: m.l,
      ...(m.o ? { origin: m.o } : {}),
      ...(m.g ? { guess: { category: m.g.c, urgency: m.g.u, confidence: m.g.f } } : {}),
    };
  } catch {
    return undefined;
  }
}

async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The modal flows over the core's deps (`kit` shares the reports job's classifier and effects when given). */
export function slackModals(
  deps: CoreDeps,
  options: { kit?: ReportsKit } = {},
): (ctx: ModalContext) => SlackModals {
  const kit = options.kit ?? createReportsKit();
  return (ctx) => {
    const log = ctx.logger.child({ part: 'slack-report' });
    const t = (locale: Locale) => (id: string, args?: Record<string, string | number>) =>
      deps.i18n.t(locale, id, args);
    const send = (userId: string, text: string) => deps.outbox.send(privateAddress(userId), { text: [text] });

    async function localeOf(userId: string, groupLocale?: string): Promise<Locale> {
      const profile = await ctx.profiles.get(userId);
      return pickLocale(profile.locale, groupLocale);
    }

    /** The words kept for this person's report, when told where the form is opened (taken: they start one form). */
    async function keptWords(userId: string, chat: string | undefined): Promise<string> {
      const kept = await deps.store.reportLinks.takeWords(personKey('slack', userId));
      return kept && kept.chat === chat ? kept.text : '';
    }

    return {
      callbackIds: [REPORT_CALLBACK],
      forCommand: (command, text) => (command === REPORT_COMMAND ? { text } : undefined),
      // The reports job's help buttons (`rs:new` in private, `rs:link` in a group) start the same form.
      forButton: (data) => /^rs(:|$)/.test(data),

      async open({ triggerId, userId, channelId, text }) {
        const pack = deps.content.get();
        const isPrivate = /^D/.test(channelId);
        const chat = isPrivate ? undefined : chatKey('slack', channelId);
        const binding = chat ? await deps.store.groups.get(chat) : undefined;
        const locale = await localeOf(userId, binding?.locale);
        // A button press brings no words: those the worker told before (an emergency in the channel, a story
        // too long for the FAQ) were kept for the report, and start the form.
        const words = text.trim() || (await keptWords(userId, chat));
        const guess = hasWords(words)
          ? await within(CLASSIFY_BUDGET_MS, kit.classify(pack, words)).catch(() => undefined)
          : undefined;
        // The same hourly limit as every channel's intake (the core decides; filing checks it again): words
        // telling of danger have an emergency's room.
        if (await outOfReports(deps, { channel: 'slack', id: userId }, guess?.urgency)) {
          const limit = pack.settings.reportsPerHour;
          await send(
            userId,
            t(locale)('slack-report-rate-limited', {
              limit,
              numbers: emergencyLine(pack, [], { locale, t: t(locale) }),
            }),
          );
          return;
        }
        const meta: ReportMeta = {
          draft: randomBytes(6).toString('base64url').replace(/[-_]/g, 'x'),
          locale,
          ...(chat && binding ? { origin: { chat, branch: binding.branch } } : {}),
          ...(guess
            ? {
                guess: {
                  category: guess.category,
                  urgency: guess.urgency,
                  confidence: Math.round(guess.confidence * 100) / 100,
                },
              }
            : {}),
        };
        await ctx.client.views.open({
          trigger_id: triggerId,
          view: reportModal({ t: t(locale), pack, locale, meta, text: words }),
        });
        log.info({ user: userId, preselected: guess?.category }, 'slack report form opened');
      },

      async submit(s: ViewSubmission) {
        const meta = parseMeta(s.privateMetadata);
        if (s.callbackId !== REPORT_CALLBACK || !meta) return {};
        const answers = readReport(s.values);
        const tr = t(meta.locale);
        if (!hasWords(answers.text)) return { errors: { desc: tr('slack-report-error-empty') } };
        return {
          after: async () => {
            const pack = deps.content.get();
            // The same decision as the step-by-step intake: the words decide when nothing is chosen;
            // a chosen category keeps its urgency unless the words raise it.
            const decided = await decideCategory(
              kit,
              pack,
              answers.text,
              answers.category ? { category: answers.category, proposal: meta.guess } : undefined,
            );
            const draft: Draft = {
              id: meta.draft,
              text: answers.text,
              files: answers.photos.map((f) => ({
                kind: (f.mimetype ?? 'image/').startsWith('image/') ? 'photo' : 'document',
                fileId: f.id,
              })),
              category: decided.category,
              urgency: decided.urgency,
              confidence: decided.confidence,
              ...(decided.summary ? { summary: decided.summary } : {}),
              anonymous: answers.anonymous,
              contact: answers.contact,
              ...(meta.origin ? { origin: meta.origin } : {}),
            };
            // The display name, as messages carry (profiles.ts); `body.user.name` is the legacy handle ("u0wk01", QA17).
            const name = (await ctx.profiles.get(s.userId)).name ?? s.userName;
            try {
              const result = await fileReport(deps, kit, {
                reporter: { channel: 'slack', id: s.userId, ...(name ? { name } : {}) },
                chat: privateAddress(s.userId).chatId,
                locale: meta.locale,
                draft,
                log,
              });
              if (result.status === 'rate-limited')
                await send(
                  s.userId,
                  tr('slack-report-rate-limited', {
                    limit: pack.settings.reportsPerHour,
                    numbers: emergencyLine(pack, [], { locale: meta.locale, t: tr }),
                  }),
                );
              log.info(
                { user: s.userId, status: result.status, ticket: result.id },
                'slack report submitted',
              );
            } catch (err) {
              log.error({ err, user: s.userId }, 'slack report not filed');
              // The worker must not lose what they wrote.
              await send(s.userId, `${tr('slack-report-failed')}\n${answers.text}`).catch(() => undefined);
            }
          },
        };
      },
    };
  };
}
