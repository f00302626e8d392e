/**
 * The review: previews exactly as the groups will see them (one per language), one card of settings
 * (send now or at a time, pin, the "got it" button, a warning and a one-tap fix inside a quiet window),
 * and the confirmation that queues the notice in the delivery engine. Nothing reaches a group before it.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import type { Locale } from '../content/schema.js';
import type { ButtonCtx, Ctx } from '../feature.js';
import type { MessageRef } from '../types.js';
import { formatHHMM, formatLocal, leaveQuiet, quietWindowAt } from '../zoned.js';
import { chatKey, personKey, type GroupBinding } from '../ports/groups.js';
import type { NoticeRecord } from '../ports/notices.js';
import { audienceLabel, reach } from './audience.js';
import { exampleSendTime, noticeCard, previewLocales, versionSource } from './compose.js';
import { groupLocale } from '../locales.js';
import { contentOf, data, saveDraft, type Action, type Draft } from './draft.js';
import { NOTICE_BROADCAST, noticeItems, titlesOf } from './release.js';
import { onPlatform } from '../platform-words.js';

const localesOf = (groups: readonly GroupBinding[]): Locale[] => [
  ...new Set(groups.map((g) => groupLocale(g.locale))),
];

/**
 * Lines saying which groups get a version the organiser did not write (QA4 #5): zh-TW groups the converted
 * text, en groups the Chinese as it is — said before sending, not found out afterwards.
 */
function versionLines(ctx: Ctx, draft: Draft, groups: readonly GroupBinding[]): Span[] {
  const out: Span[] = [];
  for (const locale of ['zh-TW', 'en'] as const) {
    const count = groups.filter((g) => groupLocale(g.locale) === locale).length;
    const source = versionSource(draft.variants ?? {}, locale);
    if (count && source !== 'written')
      out.push('\n', ctx.t(`notice-version-${source}-${locale}`, onPlatform(ctx, { count })));
  }
  return out;
}

export function controlsCard(ctx: Ctx, draft: Draft, groups: readonly GroupBinding[]): Card {
  const count = groups.length;
  const tz = ctx.deps.timezone;
  const pack = ctx.deps.content.get();
  const now = ctx.deps.now().getTime();
  const at = draft.sendAt ?? now;
  const yes = ctx.t('notice-yes');
  const no = ctx.t('notice-no');
  const text: Span[] = [
    bold(ctx.t('notice-controls-title')),
    '\n',
    ctx.t(
      'notice-controls',
      onPlatform(ctx, {
        audience: audienceLabel(ctx, draft.audience),
        count,
        when: draft.sendAt ? formatLocal(draft.sendAt, tz, ctx.t) : ctx.t('notice-when-now'),
        pin: draft.pin ? yes : no,
        ack: draft.ack ? yes : no,
      }),
    ),
    ...versionLines(ctx, draft, groups),
  ];
  const quiet = quietWindowAt(at, pack.settings.quietWindows, tz);
  // Only a pinned notice expires: at its "有效期至" it is unpinned (release.ts). Its button comes after confirm, which
  // keeps its place on the card.
  if (draft.pin) {
    const until = draft.expiresAt ? formatLocal(draft.expiresAt, tz, ctx.t) : ctx.t('notice-expiry-none');
    text.push('\n', ctx.t('notice-controls-expiry', { until }));
  }
  const rows: Button[][] = [];
  rows.push([
    { label: ctx.t('notice-btn-time'), data: data('time') },
    ...(draft.sendAt ? [{ label: ctx.t('notice-btn-now'), data: data('now') }] : []),
  ]);
  if (quiet) {
    text.push('\n\n', ctx.t('notice-quiet-warning', { window: quiet.window }));
    rows.push([
      {
        label: ctx.t('notice-btn-quiet', {
          time: formatHHMM(leaveQuiet(at, pack.settings.quietWindows, tz), tz),
        }),
        data: data('quiet'),
      },
    ]);
  }
  rows.push([
    { label: ctx.t('notice-btn-pin', { state: draft.pin ? yes : no }), data: data('pin') },
    { label: ctx.t('notice-btn-ack', { state: draft.ack ? yes : no }), data: data('ack') },
  ]);
  rows.push([{ label: ctx.t('notice-btn-confirm', onPlatform(ctx, { count })), data: data('ok') }]);
  if (draft.pin) rows.push([{ label: ctx.t('notice-btn-expiry'), data: data('expiry') }]);
  rows.push([{ label: ctx.t('notice-btn-discard'), data: data('discard') }]);
  return { text, buttons: rows };
}

/** The previews, then the settings card; the draft remembers both so later presses can edit them. */
export async function showReview(ctx: Ctx, draft: Draft, groups: GroupBinding[]): Promise<void> {
  const previews: { ref: MessageRef; locale: Locale }[] = [];
  for (const locale of previewLocales(draft.variants ?? {}, localesOf(groups))) {
    const source = versionSource(draft.variants ?? {}, locale);
    await ctx.reply({
      text: [
        ctx.t(
          source === 'written' ? 'notice-preview-label' : `notice-preview-label-${source}`,
          onPlatform(ctx, { locale: ctx.t(`notice-locale-${locale}`) }),
        ),
      ],
    });
    const ref = await ctx.reply(
      noticeCard(contentOf(draft), locale, ctx.deps.i18n, {
        preview: true,
        channel: ctx.in.chat.address.channel,
      }),
    );
    previews.push({ ref, locale });
  }
  const controls = await ctx.reply(controlsCard(ctx, draft, groups));
  await saveDraft(ctx, 'review', { ...draft, previews, controls });
}

async function refreshControls(ctx: ButtonCtx, draft: Draft): Promise<void> {
  const groups = await reach(ctx, draft.audience);
  const ref = ctx.in.message ?? draft.controls;
  if (ref) await ctx.deps.outbox.edit(ref, controlsCard(ctx, draft, groups));
}

/** A press on the settings card: change a setting (the card is redrawn), ask for a time, or confirm. */
export async function onReviewPress(ctx: ButtonCtx, action: Action, draft: Draft): Promise<void> {
  const pack = ctx.deps.content.get();
  switch (action) {
    case 'pin':
      draft = { ...draft, pin: !draft.pin };
      break;
    case 'ack':
      draft = { ...draft, ack: !draft.ack };
      // The previews show the button or not, exactly as the groups will.
      for (const p of draft.previews ?? [])
        await ctx.deps.outbox
          .edit(
            p.ref,
            noticeCard(contentOf(draft), p.locale, ctx.deps.i18n, { preview: true, forEdit: true }),
          )
          .catch(() => undefined);
      break;
    case 'now':
      draft = { ...draft, sendAt: undefined };
      break;
    case 'quiet': {
      const at = draft.sendAt ?? ctx.deps.now().getTime();
      draft = { ...draft, sendAt: leaveQuiet(at, pack.settings.quietWindows, ctx.deps.timezone) };
      break;
    }
    case 'time':
      await saveDraft(ctx, 'time', draft);
      await ctx.answer();
      await ctx.reply({
        text: [
          ctx.t('notice-ask-time', {
            tz: ctx.deps.timezone,
            example: exampleSendTime(ctx.deps.now().getTime(), ctx.deps.timezone),
          }),
        ],
        forceReply: true,
      });
      return;
    case 'expiry':
      await saveDraft(ctx, 'expiry', draft);
      await ctx.answer();
      await ctx.reply({
        text: [
          ctx.t(
            'notice-ask-expiry',
            onPlatform(ctx, { example: exampleSendTime(ctx.deps.now().getTime(), ctx.deps.timezone) }),
          ),
        ],
        forceReply: true,
      });
      return;
    case 'ok':
      return confirm(ctx, draft);
    default:
      return ctx.answer(ctx.t('error-button-expired'), true);
  }
  await saveDraft(ctx, 'review', draft);
  await ctx.answer();
  await refreshControls(ctx, draft);
}

/**
 * Confirmed: once per draft, the record saved and — for "now" — one delivery queued. A notice for later is
 * stored as `scheduled`; its groups are chosen when it goes out (release.ts), not now.
 */
async function confirm(ctx: ButtonCtx, draft: Draft): Promise<void> {
  const store = ctx.deps.store.notices;
  if (!draft.text) return ctx.answer(ctx.t('notice-draft-gone'), true);
  if (!(await store.confirmOnce(draft.draft))) return ctx.answer(ctx.t('notice-already-confirmed'), true);
  const groups = await reach(ctx, draft.audience);
  if (!groups.length) {
    await store.unconfirm(draft.draft);
    return ctx.answer(ctx.t('notice-audience-empty', onPlatform(ctx)), true);
  }
  const now = ctx.deps.now().getTime();
  const later = draft.sendAt !== undefined && draft.sendAt > now;
  const id = await store.nextId();
  const record: NoticeRecord = {
    id,
    by: personKey(ctx.user.channel, ctx.user.id),
    byChat: chatKey(ctx.in.chat.address.channel, ctx.in.chat.address.chatId),
    locale: ctx.locale,
    createdAt: now,
    text: draft.text,
    variants: draft.variants ?? {},
    ...(draft.photo ? { photo: draft.photo, photoChannel: draft.photoChannel } : {}),
    audience: draft.audience,
    chats: groups.map((g) => g.chat),
    titles: titlesOf(groups),
    sendAt: later ? draft.sendAt! : now,
    pin: draft.pin,
    ack: draft.ack,
    ...(draft.pin && draft.expiresAt ? { expiresAt: draft.expiresAt } : {}),
    status: later ? 'scheduled' : 'queued',
  };
  try {
    await store.save(record);
    if (!later)
      await ctx.deps.delivery.enqueue({
        id: `${NOTICE_BROADCAST}${id}`,
        kind: 'notice',
        items: noticeItems(ctx.deps, record, groups),
        progress: {
          to: ctx.in.chat.address,
          locale: ctx.locale,
          title: ctx.t('notice-progress-title', { id }),
        },
      });
  } catch (err) {
    ctx.log.error({ err, notice: id }, 'notice could not be queued');
    await store.moveScheduled(id, 'cancelled').catch(() => undefined);
    await store.setStatus(id, 'cancelled').catch(() => undefined);
    await store.unconfirm(draft.draft);
    await ctx.answer(ctx.t('notice-enqueue-failed'), true);
    return;
  }
  ctx.log.info(
    {
      notice: id,
      groups: groups.length,
      sendAt: new Date(record.sendAt).toISOString(),
      pin: draft.pin,
      ack: draft.ack,
      by: ctx.user.id,
    },
    'notice queued',
  );
  await ctx.clearDialog();
  await ctx.answer();
  const done = later
    ? ctx.t(
        'notice-queued-later',
        onPlatform(ctx, {
          id,
          when: formatLocal(record.sendAt, ctx.deps.timezone, ctx.t),
          count: groups.length,
        }),
      )
    : ctx.t('notice-queued-now', onPlatform(ctx, { id, count: groups.length }));
  await ctx.show({ text: [done] });
}
