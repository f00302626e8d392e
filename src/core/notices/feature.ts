/**
 * Organisers' notices, composed in a private chat and sent through the delivery engine:
 *
 *   /notice → text (+ optional photo; `[en]` / `[zh-TW]` blocks for other languages)
 *           → audience with buttons (all groups, branches, industries, tags — with the group count)
 *           → preview exactly as the groups will see it, and one card of settings:
 *             send now or at a time (HH:MM or YYYY-MM-DD HH:MM), pin, "got it" button
 *           → confirm. Nothing reaches a group before the confirmation.
 *
 * Quiet windows do not hold a notice back (an organiser's notice may be urgent); when the chosen time
 * falls in one, the settings card says so and offers one tap to move it to the window's end.
 *
 * `/notices` lists recent notices with groups reached, failures and their reasons, acknowledgements per
 * group, and cancels a notice still waiting. The "got it" button counts one press per person per group
 * and shows the count on its label (edits spaced out).
 */
import { randomBytes } from 'node:crypto';
import { bold, type Button, type Card, type Span } from '../card.js';
import { groupAddress, isEveryone, resolveAudience } from '../audience.js';
import { INDUSTRIES, type ContentPack, type Locale } from '../content/schema.js';
import type { EditThrottle } from '../edits.js';
import type { ButtonCtx, Ctx, Feature, MessageCtx } from '../feature.js';
import { branchName } from '../groups/feature.js';
import { groupLocale } from '../lessons/scheduler.js';
import type { MessageRef } from '../types.js';
import { formatHHMM, formatLocal, leaveQuiet, quietWindowAt } from '../zoned.js';
import { joinList } from '../words.js';
import {
  ACK_PREFIX,
  NOTICE_MAX_CHARS,
  NOTICE_MAX_DAYS,
  noticeCard,
  parseNoticeText,
  parseSendTime,
  previewLocales,
} from './compose.js';
import { chatKey, type GroupBinding } from '../ports/groups.js';
import type { NoticeAudience, NoticeRecord } from '../ports/notices.js';

const FEATURE = 'notices';
const PREFIX = 'nt';
export const NOTICE_BROADCAST = 'notice:';
const LIST_LIMIT = 10;

interface Draft {
  draft: string;
  text?: string;
  variants?: Partial<Record<string, string>>;
  photo?: string;
  photoChannel?: string;
  audience: NoticeAudience;
  /** Undefined: send on confirmation. */
  sendAt?: number;
  pin: boolean;
  ack: boolean;
  audienceCard?: MessageRef;
  previews?: { ref: MessageRef; locale: Locale }[];
  controls?: MessageRef;
}

const emptyAudience = (): NoticeAudience => ({ all: false, branches: [], industries: [], tags: [] });
const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
const fits = (data: string) => Buffer.byteLength(data, 'utf8') <= 64;

export function noticesFeature(options: { edits: EditThrottle }): Feature {
  const { edits } = options;

  // ---------- dialog state

  const ownerOf = (ctx: Ctx) => ({
    channel: ctx.in.chat.address.channel,
    chatId: ctx.in.chat.address.chatId,
    userId: ctx.user.id,
  });
  async function loadDraft(ctx: Ctx): Promise<{ step: string; draft: Draft } | undefined> {
    const d = await ctx.deps.store.dialogs.get(ownerOf(ctx));
    if (!d || d.feature !== FEATURE) return undefined;
    return { step: d.step, draft: d.data as unknown as Draft };
  }
  const saveDraft = (ctx: Ctx, step: string, draft: Draft) =>
    ctx.setDialog(FEATURE, step, draft as unknown as Record<string, unknown>);

  // ---------- audience

  async function activeGroups(ctx: Ctx): Promise<GroupBinding[]> {
    return (await ctx.deps.store.groups.list()).filter((g) => g.active);
  }
  const selectionEmpty = (a: NoticeAudience) =>
    !a.all && !a.branches.length && !a.industries.length && !a.tags.length;
  /** Chats the selection reaches; nothing selected yet reaches nobody (an explicit choice is required). */
  async function reach(ctx: Ctx, a: NoticeAudience): Promise<GroupBinding[]> {
    if (selectionEmpty(a)) return [];
    return resolveAudience(ctx.deps.store, ctx.deps.content.get(), a);
  }
  const industryOf = (pack: ContentPack, g: GroupBinding) =>
    pack.branches.find((b) => b.id === g.branch)?.industry;

  function audienceLabel(ctx: Ctx, a: NoticeAudience): string {
    const pack = ctx.deps.content.get();
    if (a.all || isEveryone(a)) return ctx.t('notice-audience-label-all');
    const parts = [
      ...a.branches.map((id) => {
        const b = pack.branches.find((x) => x.id === id);
        return b ? branchName(b, ctx.locale) : id;
      }),
      ...a.industries.map((i) => ctx.t(`notice-industry-${i}`)),
      ...a.tags.map((t) => `#${t}`),
    ];
    return joinList(ctx.locale, parts);
  }

  async function audienceCard(ctx: Ctx, draft: Draft, view: string): Promise<Card> {
    const pack = ctx.deps.content.get();
    const groups = await activeGroups(ctx);
    const a = draft.audience;
    const count = (await reach(ctx, a)).length;
    const mark = (on: boolean) => (on ? '✅ ' : '');
    const rows: Button[][] = [];
    if (view === 'b') {
      pack.branches.forEach((b, i) => {
        const n = groups.filter((g) => g.branch === b.id).length;
        const data = fits(`${PREFIX}:b:${b.id}`) ? `${PREFIX}:b:${b.id}` : `${PREFIX}:b:#${i}`;
        rows.push([{ label: `${mark(a.branches.includes(b.id))}${branchName(b, ctx.locale)} (${n})`, data }]);
      });
    } else if (view === 'i') {
      for (const ind of INDUSTRIES) {
        const n = groups.filter((g) => industryOf(pack, g) === ind).length;
        if (!n && !pack.branches.some((b) => b.industry === ind)) continue;
        rows.push([
          {
            label: `${mark(a.industries.includes(ind))}${ctx.t(`notice-industry-${ind}`)} (${n})`,
            data: `${PREFIX}:i:${ind}`,
          },
        ]);
      }
    } else if (view === 't') {
      const tags = [...new Set(groups.flatMap((g) => g.tags))].sort();
      tags.forEach((tag, i) => {
        const n = groups.filter((g) => g.tags.includes(tag)).length;
        const data =
          fits(`${PREFIX}:t:${tag}`) && !tag.startsWith('#') ? `${PREFIX}:t:${tag}` : `${PREFIX}:t:#${i}`;
        rows.push([{ label: `${mark(a.tags.includes(tag))}#${tag} (${n})`, data }]);
      });
    } else {
      rows.push([
        {
          label: `${mark(a.all)}${ctx.t('notice-audience-all', { count: groups.length })}`,
          data: `${PREFIX}:all`,
        },
      ]);
      rows.push([
        { label: ctx.t('notice-audience-branches'), data: `${PREFIX}:v:b` },
        { label: ctx.t('notice-audience-industries'), data: `${PREFIX}:v:i` },
        { label: ctx.t('notice-audience-tags'), data: `${PREFIX}:v:t` },
      ]);
    }
    if (view !== 'main') rows.push([{ label: ctx.t('notice-audience-back'), data: `${PREFIX}:v:main` }]);
    rows.push([{ label: ctx.t('notice-audience-done', { count }), data: `${PREFIX}:go` }]);
    rows.push([{ label: ctx.t('notice-btn-discard'), data: `${PREFIX}:x` }]);
    const text: Span[] = [bold(ctx.t('notice-audience-title', { count }))];
    if (!selectionEmpty(a)) text.push('\n', audienceLabel(ctx, a));
    if (view === 't' && rows.length <= 3) text.push('\n', ctx.t('notice-audience-no-tags'));
    return { text, buttons: rows };
  }

  // ---------- review: previews and the settings card

  function controlsCard(ctx: Ctx, draft: Draft, count: number): Card {
    const tz = ctx.deps.timezone;
    const pack = ctx.deps.content.get();
    const now = ctx.deps.now().getTime();
    const at = draft.sendAt ?? now;
    const yes = ctx.t('notice-yes');
    const no = ctx.t('notice-no');
    const text: Span[] = [
      bold(ctx.t('notice-controls-title')),
      '\n',
      ctx.t('notice-controls', {
        audience: audienceLabel(ctx, draft.audience),
        count,
        when: draft.sendAt ? formatLocal(draft.sendAt, tz, ctx.locale) : ctx.t('notice-when-now'),
        pin: draft.pin ? yes : no,
        ack: draft.ack ? yes : no,
      }),
    ];
    const quiet = quietWindowAt(at, pack.settings.quietWindows, tz);
    const rows: Button[][] = [];
    rows.push([
      { label: ctx.t('notice-btn-time'), data: `${PREFIX}:time` },
      ...(draft.sendAt ? [{ label: ctx.t('notice-btn-now'), data: `${PREFIX}:now` }] : []),
    ]);
    if (quiet) {
      text.push('\n\n', ctx.t('notice-quiet-warning', { window: quiet.window }));
      rows.push([
        {
          label: ctx.t('notice-btn-quiet', {
            time: formatHHMM(leaveQuiet(at, pack.settings.quietWindows, tz), tz),
          }),
          data: `${PREFIX}:quiet`,
        },
      ]);
    }
    rows.push([
      { label: ctx.t('notice-btn-pin', { state: draft.pin ? yes : no }), data: `${PREFIX}:pin` },
      { label: ctx.t('notice-btn-ack', { state: draft.ack ? yes : no }), data: `${PREFIX}:ack` },
    ]);
    rows.push([{ label: ctx.t('notice-btn-confirm', { count }), data: `${PREFIX}:ok` }]);
    rows.push([{ label: ctx.t('notice-btn-discard'), data: `${PREFIX}:x` }]);
    return { text, buttons: rows };
  }

  const contentOf = (d: Draft) => ({
    text: d.text ?? '',
    variants: d.variants ?? {},
    ...(d.photo ? { photo: d.photo, photoChannel: d.photoChannel } : {}),
    ack: d.ack,
  });

  async function showReview(ctx: Ctx, draft: Draft, count: number): Promise<void> {
    const previews: { ref: MessageRef; locale: Locale }[] = [];
    const locales = previewLocales(draft.variants ?? {});
    for (const locale of locales) {
      await ctx.reply({
        text: [ctx.t('notice-preview-label', { locale: ctx.t(`notice-locale-${locale}`) })],
      });
      const ref = await ctx.reply(
        noticeCard(contentOf(draft), locale, ctx.deps.i18n, {
          preview: true,
          channel: ctx.in.chat.address.channel,
        }),
      );
      previews.push({ ref, locale });
    }
    const controls = await ctx.reply(controlsCard(ctx, draft, count));
    await saveDraft(ctx, 'review', { ...draft, previews, controls });
  }

  async function refreshControls(ctx: ButtonCtx, draft: Draft): Promise<void> {
    const count = (await reach(ctx, draft.audience)).length;
    const ref = ctx.in.message ?? draft.controls;
    if (ref) await ctx.deps.outbox.edit(ref, controlsCard(ctx, draft, count));
  }

  // ---------- steps

  async function start(ctx: Ctx): Promise<void> {
    const draft: Draft = {
      draft: randomBytes(6).toString('hex'),
      audience: emptyAudience(),
      pin: false,
      ack: true,
    };
    await saveDraft(ctx, 'text', draft);
    await ctx.reply({
      text: [ctx.t('notice-ask-text', { max: String(NOTICE_MAX_CHARS) })],
      forceReply: true,
    });
  }

  async function onDialog(
    ctx: MessageCtx,
    dialog: { step: string; data: Record<string, unknown> },
  ): Promise<void> {
    const draft = dialog.data as unknown as Draft;
    if (!ctx.isOrganiser) {
      await ctx.clearDialog();
      return void (await ctx.reply({ text: [ctx.t('error-not-allowed')] }));
    }
    if (dialog.step === 'text') {
      const photo = ctx.in.attachments?.find((a) => a.kind === 'photo');
      const parsed = parseNoticeText(ctx.in.text);
      if (!parsed.ok) {
        const id =
          parsed.error === 'too-long'
            ? 'notice-too-long'
            : parsed.error === 'variant-empty'
              ? 'notice-variant-empty'
              : 'notice-empty-text';
        return void (await ctx.reply({
          text: [
            ctx.t(id, {
              length: String(parsed.length ?? 0),
              max: String(NOTICE_MAX_CHARS),
              locale: parsed.locale ?? '',
            }),
          ],
          forceReply: true,
        }));
      }
      const next: Draft = {
        ...draft,
        text: parsed.main,
        variants: parsed.variants,
        ...(photo ? { photo: photo.fileId, photoChannel: ctx.in.chat.address.channel } : {}),
      };
      const card = await audienceCard(ctx, next, 'main');
      const ref = await ctx.reply(card);
      await saveDraft(ctx, 'audience', { ...next, audienceCard: ref });
      return;
    }
    if (dialog.step === 'time') {
      const res = parseSendTime(ctx.in.text, ctx.deps.now().getTime(), ctx.deps.timezone);
      if (!res.ok) {
        const id = {
          past: 'notice-past-time',
          far: 'notice-far-time',
          'no-hour': 'notice-time-no-hour',
          bad: 'notice-bad-time',
        }[res.error];
        return void (await ctx.reply({ text: [ctx.t(id, { days: NOTICE_MAX_DAYS })], forceReply: true }));
      }
      const next = { ...draft, sendAt: res.at };
      // The old settings card must not keep live buttons that would act on the replaced time.
      if (draft.controls)
        await ctx.deps.outbox
          .edit(draft.controls, { text: [ctx.t('notice-controls-replaced')] })
          .catch(() => undefined);
      await ctx.reply({
        text: [ctx.t('notice-time-confirmed', { when: formatLocal(res.at, ctx.deps.timezone, ctx.locale) })],
      });
      const count = (await reach(ctx, next.audience)).length;
      const controls = await ctx.reply(controlsCard(ctx, next, count));
      await saveDraft(ctx, 'review', { ...next, controls });
      return;
    }
    // audience / review: the next step is taken with the buttons above.
    await ctx.reply({ text: [ctx.t('notice-use-buttons')] });
  }

  async function onButton(ctx: ButtonCtx, payload: string): Promise<void> {
    if (!ctx.isOrganiser || ctx.in.chat.kind !== 'private') {
      ctx.log.warn({ user: ctx.user.id, payload }, 'refused: notice button');
      return ctx.answer(ctx.t('error-not-allowed'), true);
    }
    const [action = '', ...rest] = payload.split(':');
    const arg = rest.join(':');
    if (action === 'show') return showNotice(ctx, arg);
    if (action === 'cancel') return cancelNotice(ctx, arg);
    if (action === 'new') {
      await ctx.answer();
      return start(ctx);
    }
    const loaded = await loadDraft(ctx);
    if (!loaded) return ctx.answer(ctx.t('notice-draft-gone'), true);
    const { step } = loaded;
    let draft = loaded.draft;
    const pack = ctx.deps.content.get();

    if (action === 'x') {
      await ctx.clearDialog();
      await ctx.answer();
      if (ctx.in.message)
        await ctx.deps.outbox
          .edit(ctx.in.message, { text: [ctx.t('notice-discarded')] })
          .catch(() => undefined);
      else await ctx.reply({ text: [ctx.t('notice-discarded')] });
      return;
    }

    if (step === 'audience') {
      let view = 'main';
      if (action === 'v') view = arg;
      else if (action === 'all')
        draft = { ...draft, audience: { ...emptyAudience(), all: !draft.audience.all } };
      else if (action === 'b' || action === 'i' || action === 't') {
        let value = arg;
        if (arg.startsWith('#')) {
          const i = Number(arg.slice(1));
          value =
            action === 'b'
              ? (pack.branches[i]?.id ?? '')
              : ([...new Set((await activeGroups(ctx)).flatMap((g) => g.tags))].sort()[i] ?? '');
        }
        if (!value) return ctx.answer(ctx.t('error-button-expired'), true);
        const a = { ...draft.audience, all: false };
        if (action === 'b') a.branches = toggle(a.branches, value);
        if (action === 'i') a.industries = toggle(a.industries, value);
        if (action === 't') a.tags = toggle(a.tags, value);
        draft = { ...draft, audience: a };
        view = action;
      } else if (action === 'go') {
        const groups = await reach(ctx, draft.audience);
        if (!groups.length) return ctx.answer(ctx.t('notice-audience-empty'), true);
        await ctx.answer();
        if (ctx.in.message)
          await ctx.deps.outbox.edit(ctx.in.message, {
            text: [
              bold(ctx.t('notice-audience-chosen', { count: groups.length })),
              '\n',
              audienceLabel(ctx, draft.audience),
            ],
          });
        return showReview(ctx, draft, groups.length);
      } else return ctx.answer(ctx.t('error-button-expired'), true);
      await saveDraft(ctx, 'audience', draft);
      await ctx.answer();
      if (ctx.in.message) await ctx.deps.outbox.edit(ctx.in.message, await audienceCard(ctx, draft, view));
      return;
    }

    if (step !== 'review' && step !== 'time') return ctx.answer(ctx.t('notice-draft-gone'), true);
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
        await ctx.reply({ text: [ctx.t('notice-ask-time', { tz: ctx.deps.timezone })], forceReply: true });
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

  async function confirm(ctx: ButtonCtx, draft: Draft): Promise<void> {
    const store = ctx.deps.store.notices;
    if (!draft.text) return ctx.answer(ctx.t('notice-draft-gone'), true);
    if (!(await store.confirmOnce(draft.draft))) return ctx.answer(ctx.t('notice-already-confirmed'), true);
    const groups = await reach(ctx, draft.audience);
    if (!groups.length) {
      await store.unconfirm(draft.draft);
      return ctx.answer(ctx.t('notice-audience-empty'), true);
    }
    const now = ctx.deps.now().getTime();
    const later = draft.sendAt !== undefined && draft.sendAt > now;
    const id = await store.nextId();
    const record: NoticeRecord = {
      id,
      by: `${ctx.user.channel}:${ctx.user.id}`,
      byChat: chatKey(ctx.in.chat.address.channel, ctx.in.chat.address.chatId),
      createdAt: now,
      text: draft.text,
      variants: draft.variants ?? {},
      ...(draft.photo ? { photo: draft.photo, photoChannel: draft.photoChannel } : {}),
      audience: draft.audience,
      chats: groups.map((g) => g.chat),
      sendAt: later ? draft.sendAt! : now,
      pin: draft.pin,
      ack: draft.ack,
      status: 'queued',
    };
    const items = groups.map((g) => {
      const to = groupAddress(g);
      return {
        to,
        card: noticeCard(record, groupLocale(g.locale), ctx.deps.i18n, { channel: to.channel }),
        ...(draft.pin ? { pin: true } : {}),
      };
    });
    try {
      await store.save(record);
      await ctx.deps.delivery.enqueue({
        id: `${NOTICE_BROADCAST}${id}`,
        kind: 'notice',
        items,
        ...(later ? { notBefore: record.sendAt } : {}),
        progress: {
          to: ctx.in.chat.address,
          locale: ctx.locale,
          title: ctx.t('notice-progress-title', { id }),
        },
      });
    } catch (err) {
      ctx.log.error({ err, notice: id }, 'notice could not be queued');
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
      ? ctx.t('notice-queued-later', {
          id,
          when: formatLocal(record.sendAt, ctx.deps.timezone, ctx.locale),
          count: groups.length,
        })
      : ctx.t('notice-queued-now', { id, count: groups.length });
    if (ctx.in.message) await ctx.deps.outbox.edit(ctx.in.message, { text: [done] }).catch(() => undefined);
    else await ctx.reply({ text: [done] });
  }

  // ---------- /notices

  const failureText = (ctx: Ctx, reason: string) => {
    const known = ['forbidden', 'not-found', 'bad-request', 'rate-limited', 'transient', 'cancelled'];
    return known.includes(reason) ? ctx.t(`notice-fail-${reason}`) : reason;
  };
  const groupName = (g: GroupBinding | undefined, chat: string) => g?.title ?? chat;

  async function list(ctx: MessageCtx): Promise<void> {
    const notices = await ctx.deps.store.notices.recent(LIST_LIMIT);
    if (!notices.length) return void (await ctx.reply({ text: [ctx.t('notices-none')] }));
    const lines: Span[] = [bold(ctx.t('notices-title'))];
    const rows: Button[][] = [];
    for (const n of notices) {
      const status = await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${n.id}`);
      const acks = Object.values(await ctx.deps.store.notices.ackCounts(n.id)).reduce((a, b) => a + b, 0);
      const total = status?.total ?? n.chats.length;
      const sent = status?.sent ?? 0;
      const failed = status?.failed.length ?? 0;
      const pending = status?.pending ?? 0;
      lines.push(
        '\n\n',
        bold(`#${n.id}`),
        ` · ${formatLocal(n.sendAt, ctx.deps.timezone, ctx.locale)} · ${audienceLabel(ctx, n.audience)}`,
        '\n',
        `“${[...n.text.replace(/\s+/g, ' ')].slice(0, 40).join('')}${[...n.text].length > 40 ? '…' : ''}”`,
        '\n',
        n.status === 'cancelled'
          ? ctx.t('notices-status-cancelled', { sent, total })
          : ctx.t('notices-status', { sent, total, failed, pending, acks }),
      );
      const row: Button[] = [
        { label: ctx.t('notices-btn-show', { id: n.id }), data: `${PREFIX}:show:${n.id}` },
      ];
      if (n.status !== 'cancelled' && pending > 0)
        row.push({ label: ctx.t('notices-btn-cancel', { id: n.id }), data: `${PREFIX}:cancel:${n.id}` });
      rows.push(row);
    }
    await ctx.reply({ text: lines, buttons: rows });
  }

  async function showNotice(ctx: ButtonCtx, id: string): Promise<void> {
    const n = await ctx.deps.store.notices.get(id);
    if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
    await ctx.answer();
    const status = await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${id}`);
    const acks = await ctx.deps.store.notices.ackCounts(id);
    const bindings = new Map((await ctx.deps.store.groups.list()).map((g) => [g.chat, g]));
    const failed = new Map((status?.failed ?? []).map((f) => [f.chat, f.reason]));
    const lines: Span[] = [
      bold(ctx.t('notice-detail-title', { id })),
      '\n',
      ctx.t('notice-detail-when', {
        when: formatLocal(n.sendAt, ctx.deps.timezone, ctx.locale),
        audience: audienceLabel(ctx, n.audience),
      }),
    ];
    for (const chat of n.chats) {
      const name = groupName(bindings.get(chat), chat);
      let line: string;
      if (status?.refs[chat]) line = ctx.t('notice-detail-sent', { group: name, acks: acks[chat] ?? 0 });
      else if (failed.has(chat))
        line = ctx.t('notice-detail-failed', { group: name, reason: failureText(ctx, failed.get(chat)!) });
      else if (n.status === 'cancelled') line = ctx.t('notice-detail-cancelled', { group: name });
      else line = ctx.t('notice-detail-pending', { group: name });
      lines.push('\n', line);
    }
    await ctx.reply({ text: lines });
  }

  async function cancelNotice(ctx: ButtonCtx, id: string): Promise<void> {
    const n = await ctx.deps.store.notices.get(id);
    if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
    const cancelled = await ctx.deps.delivery.cancel(`${NOTICE_BROADCAST}${id}`);
    if (cancelled > 0) await ctx.deps.store.notices.setStatus(id, 'cancelled');
    ctx.log.info({ notice: id, cancelled, by: ctx.user.id }, 'notice cancel');
    await ctx.answer(
      cancelled > 0
        ? ctx.t('notice-cancelled', { id, count: cancelled })
        : ctx.t('notice-cancel-nothing', { id }),
      true,
    );
  }

  // ---------- the "got it" button in the groups

  async function onAck(ctx: ButtonCtx, id: string): Promise<void> {
    if (id === 'preview') return ctx.answer(ctx.t('notice-ack-preview'));
    const n = await ctx.deps.store.notices.get(id);
    const address = ctx.in.chat.address;
    const chat = chatKey(address.channel, address.chatId);
    if (!n || !n.chats.includes(chat)) return ctx.answer(ctx.t('notice-ack-gone'), true);
    const res = await ctx.deps.store.notices.ack(id, chat, ctx.user.id);
    if (res.first) ctx.deps.metrics.noticeAcks.inc();
    await ctx.answer(ctx.t(res.first ? 'notice-ack-thanks' : 'notice-ack-again'));
    if (!res.first || !ctx.in.message) return;
    const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
    await edits.request(ctx.in.message, async () =>
      noticeCard(n, locale, ctx.deps.i18n, {
        ackCount: await ctx.deps.store.notices.ackCount(id, chat),
        forEdit: true,
      }),
    );
  }

  return {
    name: FEATURE,
    commands: [
      { name: 'notice', description: 'cmd-notice', scope: 'private', roles: ['organiser'], run: start },
      { name: 'notices', description: 'cmd-notices', scope: 'private', roles: ['organiser'], run: list },
    ],
    buttons: [
      { prefix: PREFIX, run: onButton },
      { prefix: ACK_PREFIX, run: onAck },
    ],
    onDialog,
    helpButtons: (ctx) =>
      ctx.isOrganiser && ctx.in.chat.kind === 'private'
        ? [{ label: ctx.t('notice-help-button'), data: `${PREFIX}:new` }]
        : [],
  };
}
