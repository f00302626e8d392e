/**
 * Binding a group chat to a branch (organisers only): the branch owns the group's reports, lessons and
 * notices. `/bind` without arguments offers the branches as buttons; with arguments:
 * `/bind <branch> [zh-CN|zh-TW|en] [tag …]`. The topic it is sent in becomes the target of pushes.
 * A group bound with no language keeps the one it had, else gets one from its name (title-locale.ts).
 */
import { bold, type Button } from '../card.js';
import { LOCALES, type Branch, type Locale } from '../content/schema.js';
import { DEFAULT_LOCALE, groupLocale as groupLocaleOf } from '../locales.js';
import { branchLabel, branchName } from './branch-name.js';
import { titleLocale } from './title-locale.js';
import { storedTitle } from './titles.js';
import { staffChatNote } from './staff-chat.js';
import type { ButtonCtx, Ctx, Feature, MessageCtx } from '../feature.js';
import { chatKey, personKey } from '../ports/groups.js';
import { ellipsis } from '../text.js';
import { staffChatOf } from '../identity.js';
import { escalationNotifier } from '../delivery/organisers.js';
import { onPlatform } from '../platform-words.js';

/** Why the group has the language it was bound with (the confirmation says it). */
type LocaleWhy = 'given' | 'kept' | 'title' | 'default';

/**
 * Why: named in /bind; else a group bound before keeps its language — said so only when its name would give
 * another, so pressing the same branch twice reads the same; else from the name, or the default.
 */
function localeWhy(
  given: Locale | undefined,
  wasBound: boolean,
  bound: Locale,
  fromTitle: Locale | undefined,
): LocaleWhy {
  if (given) return 'given';
  if (wasBound && bound !== (fromTitle ?? DEFAULT_LOCALE)) return 'kept';
  return fromTitle ? 'title' : 'default';
}

async function bindTo(ctx: Ctx, branch: Branch, locale: Locale | undefined, tags: string[]): Promise<string> {
  const address = ctx.in.chat.address;
  const chat = chatKey(address.channel, address.chatId);
  // Not the binder's language (QA11 #2): the pack's default unless the group's name is written otherwise.
  const fromTitle = titleLocale(ctx.in.chat.title, ctx.locale);
  // Locale and tags not given are kept from the previous binding, read in the same atomic step.
  const bound = await ctx.deps.store.groups.bind(
    {
      chat,
      branch: branch.id,
      locale: locale ?? fromTitle ?? DEFAULT_LOCALE,
      tags,
      threadId: address.threadId,
      // A group's name may hold a phone number (王师傅138…群): kept masked, as the board shows it.
      title: ctx.in.chat.title ? storedTitle(ctx.in.chat.title) : undefined,
      boundBy: personKey(ctx.user.channel, ctx.user.id),
      boundAt: ctx.deps.now().getTime(),
      active: true,
    },
    { locale: !locale, tags: !tags.length },
  );
  const groupLocale = groupLocaleOf(bound.locale);
  const why = localeWhy(locale, bound.wasBound, groupLocale, fromTitle);
  ctx.log.info({ group: chat, branch: branch.id, by: ctx.user.id, locale: groupLocale, why }, 'group bound');
  const t = (id: string, args?: Record<string, string>) =>
    ctx.deps.i18n.t(groupLocale, id, onPlatform(ctx, args));
  // How to choose another: the same /bind with the language (tags given none are kept).
  const [first = '', second = ''] = LOCALES.filter((l) => l !== groupLocale).map(
    (l) => `/bind ${branch.id} ${l}`,
  );
  // Moved from another branch: both named, so a wrong-branch slip is seen (QA11 #3).
  const was = bound.previousBranch;
  const from = was && ctx.deps.content.get().branches.find((b) => b.id === was);
  const to = branchName(branch, groupLocale);
  return t('bind-done', {
    head: was
      ? t('bind-head-moved', { from: from ? branchName(from, groupLocale) : was, to })
      : t('bind-head', { branch: to }),
    language: t('bind-language', { name: t(`notice-locale-${groupLocale}`), code: groupLocale, why }),
    change: t('bind-language-change', { first, second }),
    // The tags now stored: kept ones too when none were given (QA4 #7 showed "—" for kept tags).
    tags: bound.tags.length ? bound.tags.join(' ') : '—',
  });
}

export function groupsFeature(): Feature {
  async function bind(ctx: MessageCtx, args: string): Promise<void> {
    const staff = staffChatNote(ctx);
    if (staff)
      return void (await ctx.reply({ text: [staff, '\n', ctx.t('bind-staff-chat', onPlatform(ctx))] }));
    const pack = ctx.deps.content.get();
    const words = args.split(/\s+/).filter(Boolean);
    if (!words.length) {
      const buttons: Button[][] = pack.branches.map((b) => [
        { label: branchName(b, ctx.locale), data: `bind:${b.id}` },
      ]);
      await ctx.reply({ text: [ctx.t('bind-choose', onPlatform(ctx))], buttons });
      return;
    }
    const [branchId, ...rest] = words as [string, ...string[]];
    const branch = pack.branches.find((b) => b.id === branchId.toLowerCase());
    if (!branch) {
      await ctx.reply({
        text: [
          ctx.t('bind-unknown-branch', { branch: ellipsis(branchId, 40) }),
          '\n',
          pack.branches.map((b) => b.id).join(', '),
        ],
      });
      return;
    }
    const locale = LOCALES.find((l) => rest[0]?.toLowerCase() === l.toLowerCase());
    // Organisers list tags the Chinese way too (夜班、五角场，北区): each tag once.
    const tags = [
      ...new Set(
        (locale ? rest.slice(1) : rest)
          .flatMap((w) => w.split(/[、，,；;]/))
          .map((t) => t.replace(/^#/, '').slice(0, 32))
          .filter(Boolean),
      ),
    ].slice(0, 10);
    await ctx.reply({ text: [await bindTo(ctx, branch, locale, tags)] });
  }

  async function bindButton(ctx: ButtonCtx, branchId: string): Promise<void> {
    // The press is checked again: a button shown to an organiser can be pressed by anyone in the group.
    if (!ctx.isOrganiser) {
      ctx.log.warn({ user: ctx.user.id }, 'refused: bind press by non-organiser');
      await ctx.answer(ctx.t('bind-organisers-only', onPlatform(ctx)), true);
      return;
    }
    if (ctx.in.chat.kind === 'private')
      return ctx.answer(ctx.t('error-group-only', onPlatform(ctx, { command: 'bind' })), true);
    if (staffChatNote(ctx)) return ctx.answer(ctx.t('bind-staff-chat', onPlatform(ctx)), true);
    const branch = ctx.deps.content.get().branches.find((b) => b.id === branchId);
    if (!branch) return ctx.answer(ctx.t('error-button-expired'), true);
    const text = await bindTo(ctx, branch, undefined, []);
    await ctx.answer();
    await ctx.show({ text: [text] });
  }

  /** The answer to /unbind's question, checked again: anyone in the group can press the button. */
  async function unbindButton(ctx: ButtonCtx, payload: string): Promise<void> {
    if (!ctx.isOrganiser) {
      ctx.log.warn({ user: ctx.user.id }, 'refused: unbind press by non-organiser');
      await ctx.answer(ctx.t('bind-organisers-only', onPlatform(ctx)), true);
      return;
    }
    await ctx.answer();
    if (payload !== 'yes') return void (await ctx.record({ text: [ctx.t('unbind-kept', onPlatform(ctx))] }));
    const a = ctx.in.chat.address;
    const done = await ctx.deps.store.groups.unbind(chatKey(a.channel, a.chatId));
    ctx.log.info({ group: chatKey(a.channel, a.chatId), by: ctx.user.id }, 'group unbound');
    await ctx.record({ text: [ctx.t(done ? 'unbind-done' : 'unbind-not-bound', onPlatform(ctx))] });
  }

  return {
    name: 'groups',
    commands: [
      {
        name: 'bind',
        description: 'cmd-bind',
        usage: 'cmd-bind-usage',
        scope: 'group',
        roles: ['organiser'],
        refused: 'bind-organisers-only',
        run: bind,
      },
      {
        name: 'unbind',
        description: 'cmd-unbind',
        scope: 'group',
        roles: ['organiser'],
        refused: 'bind-organisers-only',
        // Asked first: unbinding takes the group's reports, lessons and notices away from its branch.
        run: async (ctx) => {
          if (!ctx.group)
            return void (await ctx.reply({ text: [ctx.t('unbind-not-bound', onPlatform(ctx))] }));
          await ctx.reply({
            text: [
              ctx.t(
                'unbind-confirm',
                onPlatform(ctx, {
                  branch: branchLabel(ctx.deps.content.get(), ctx.group.branch, ctx.locale, ctx.isOrganiser),
                }),
              ),
            ],
            buttons: [
              [
                { label: ctx.t('unbind-btn-yes'), data: `unbind:yes` },
                { label: ctx.t('report-btn-cancel'), data: `unbind:no` },
              ],
            ],
          });
        },
      },
      {
        name: 'group',
        description: 'cmd-group',
        scope: 'group',
        run: async (ctx) => {
          if (!ctx.group)
            return void (await ctx.reply({
              text: [staffChatNote(ctx) ?? ctx.t('help-group-unbound', onPlatform(ctx))],
            }));
          await ctx.reply({
            text: [
              bold(ctx.t('group-info-title', onPlatform(ctx))),
              '\n',
              ctx.t('group-info', {
                branch: branchLabel(ctx.deps.content.get(), ctx.group.branch, ctx.locale, ctx.isOrganiser),
                locale: ctx.group.locale,
                tags: ctx.group.tags.join(' ') || '—',
                topic: ctx.group.threadId ?? '—',
              }),
            ],
          });
        },
      },
    ],
    buttons: [
      { prefix: 'bind', run: bindButton },
      { prefix: 'unbind', run: unbindButton },
    ],
    async onMembership(ctx) {
      const a = ctx.in.chat.address;
      if (ctx.in.chat.kind === 'private') return;
      const chat = chatKey(a.channel, a.chatId);
      if (!ctx.in.joined) {
        // Removed from the group: stop pushing to it, keep the binding so a re-add resumes where it was.
        await ctx.deps.store.groups.update(chat, { active: false });
        ctx.log.info({ group: chat, by: ctx.user.id }, 'bot removed from group');
        // The organisers hear of it as of a refused push (QA19: marked inactive here, no push was ever refused,
        // so nobody was told). The same broadcast id as the engine's: told once per binding either way.
        if (ctx.group?.active)
          await escalationNotifier({
            pack: () => ctx.deps.content.get(),
            i18n: ctx.deps.i18n,
            logger: ctx.log,
            enqueue: (req) => ctx.deps.delivery.enqueue(req),
          })({ chat, group: ctx.group, broadcastId: 'membership', kind: 'system', reason: 'forbidden' });
        return;
      }
      // Added back after a removal: a new spell, so a later removal is told again (QA19: the warning's id was the
      // binding's, kept 90 days, and a second removal said nothing).
      if (ctx.group && !ctx.group.active)
        await ctx.deps.store.groups.update(chat, { active: true, activeSince: ctx.deps.now().getTime() });
      else if (ctx.group) await ctx.deps.store.groups.update(chat, { active: true });
      const staff = staffChatOf(ctx.deps.content.get(), a.channel, a.chatId);
      // Staff chats get a short note; a workers' group gets the welcome and, if unbound, the next step.
      const lines = [ctx.t(staff ? 'group-joined-staff' : 'group-joined', onPlatform(ctx))];
      if (!ctx.group && !staff)
        lines.push(
          '\n\n',
          ctx.t(ctx.isOrganiser ? 'group-joined-bind' : 'help-group-unbound', onPlatform(ctx)),
        );
      await ctx.reply({ text: lines });
    },
  };
}
