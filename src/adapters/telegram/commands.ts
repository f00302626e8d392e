/**
 * The "/" menus Telegram shows, built from the core's commands: what a worker sees in private chats
 * and in groups (commands without roles), in each language, plus, in the private chats of organisers
 * and secretaries and in the triage and escalation chats, the commands of their role.
 *
 * Menus are a convenience: a failure is logged and never stops the bot.
 */
import { createHash } from 'node:crypto';
import { GrammyError, type Api } from 'grammy';
import type { BotCommand, BotCommandScope, LanguageCode } from 'grammy/types';
import type { ContentPack } from '../../core/content/schema.js';
import type { CommandSpec } from '../../core/feature.js';
import type { I18n, Locale } from '../../core/i18n.js';
import { identify } from '../../core/identity.js';
import type { Logger } from '../../core/logger.js';
import type { MenuState } from '../../core/menus.js';
import type { Role } from '../../core/types.js';
import { visibleCommands, type Place } from '../../core/visibility.js';

/** Telegram picks a menu by the client's two-letter language; no code = everyone else. */
export const MENU_LANGUAGES: readonly { code?: LanguageCode; locale: Locale }[] = [
  { locale: 'zh-CN' },
  { code: 'zh', locale: 'zh-CN' },
  { code: 'en', locale: 'en' },
];

export interface Menu {
  scope: BotCommandScope;
  language_code?: LanguageCode;
  commands: BotCommand[];
}

type Where = Place;

function commandsFor(
  specs: readonly CommandSpec[],
  i18n: I18n,
  locale: Locale,
  where: Where,
  role: Role,
): BotCommand[] {
  // The same rule as the dispatcher and /help.
  return visibleCommands(specs, role, where)
    .filter((s) => /^[a-z0-9_]{1,32}$/.test(s.name))
    .slice(0, 100)
    .map((s) => ({
      command: s.name,
      description: [...i18n.t(locale, s.description)].slice(0, 256).join('') || s.name,
    }));
}

interface Target {
  scope: BotCommandScope;
  where: Where;
  role: Role;
}

/** Who gets a role menu, from the content pack's Telegram ids. */
function roleTargets(pack: ContentPack): Target[] {
  const targets: Target[] = [];
  const organisers = new Set(pack.organisers.organisers.telegram);
  const chat = (id: string) => (/^-?\d+$/.test(id) ? Number(id) : id);
  const people = new Map<string, Role>();
  for (const b of pack.branches) for (const id of b.secretaries.telegram) people.set(id, 'secretary');
  for (const id of organisers) people.set(id, 'organiser');
  for (const [id, role] of people)
    targets.push({ scope: { type: 'chat', chat_id: chat(id) }, where: 'private', role });
  for (const b of pack.branches) {
    const triage = b.triage.telegram?.chat;
    if (triage)
      targets.push({ scope: { type: 'chat', chat_id: chat(triage) }, where: 'group', role: 'secretary' });
  }
  const escalation = pack.organisers.escalation.telegram?.chat;
  if (escalation)
    targets.push({ scope: { type: 'chat', chat_id: chat(escalation) }, where: 'group', role: 'organiser' });
  return targets;
}

/** Every menu to publish, in order: the general ones first, then the per-chat role menus. */
export function buildMenus(specs: readonly CommandSpec[], i18n: I18n, pack?: ContentPack): Menu[] {
  const targets: Target[] = [
    { scope: { type: 'all_private_chats' }, where: 'private', role: 'worker' },
    { scope: { type: 'all_group_chats' }, where: 'group', role: 'worker' },
    ...(pack ? roleTargets(pack) : []),
  ];
  const menus: Menu[] = [];
  for (const t of targets)
    for (const lang of MENU_LANGUAGES)
      menus.push({
        scope: t.scope,
        ...(lang.code ? { language_code: lang.code } : {}),
        commands: commandsFor(specs, i18n, lang.locale, t.where, t.role),
      });
  return menus;
}

/** A menu's name in the published-menus state: its scope and language. */
export const menuKey = (m: Menu): string => `${JSON.stringify(m.scope)}|${m.language_code ?? ''}`;

const menuHash = (m: Menu): string => createHash('sha1').update(JSON.stringify(m.commands)).digest('hex');

async function setMenu(api: Api, m: Menu): Promise<void> {
  const other = { scope: m.scope, ...(m.language_code ? { language_code: m.language_code } : {}) };
  if (m.commands.length) await api.setMyCommands(m.commands, other);
  else await api.deleteMyCommands(other);
}

/**
 * Telegram sets menus by two-letter language only, so a traditional-Chinese client ("zh-hant", "zh-tw" in
 * its updates) would get the simplified "zh" menu. Such a person gets a menu of their own instead: their
 * private chat's scope, for "zh", in zh-TW, with the commands of their role.
 */
export function traditionalMenu(
  specs: readonly CommandSpec[],
  i18n: I18n,
  pack: ContentPack | undefined,
  userId: number,
): Menu {
  // The same role the dispatcher will check when a command from this menu is run.
  const role: Role = pack ? identify({ channel: 'telegram', id: String(userId) }, pack).role : 'worker';
  return {
    scope: { type: 'chat', chat_id: userId },
    language_code: 'zh',
    commands: commandsFor(specs, i18n, 'zh-TW', 'private', role),
  };
}

/**
 * Publish the menus one after another; log each failure and carry on. Resolves with the failure count.
 * With `state`, a menu whose content is what was last published is skipped, and a menu published before
 * but no longer wanted (a secretary who left) is deleted: a restart with unchanged menus makes no calls.
 * `stopped` ends the loop early when the bot is shutting down.
 */
export async function publishMenus(
  api: Api,
  menus: readonly Menu[],
  logger: Logger,
  stopped: () => boolean = () => false,
  state?: MenuState,
): Promise<number> {
  const published = state ? await state.published('telegram') : new Map<string, string>();
  const wanted = new Set(menus.map(menuKey));
  const gone: Menu[] = [...published.keys()]
    .filter((key) => !wanted.has(key))
    .map((key) => {
      const [scope, language] = [key.slice(0, key.lastIndexOf('|')), key.slice(key.lastIndexOf('|') + 1)];
      return {
        scope: JSON.parse(scope) as BotCommandScope,
        ...(language ? { language_code: language as LanguageCode } : {}),
        commands: [],
      };
    });
  let failed = 0;
  for (const m of [...menus, ...gone]) {
    if (stopped()) break;
    const key = menuKey(m);
    const hash = menuHash(m);
    if (published.get(key) === hash) continue;
    try {
      await honouringRetryAfter(() => setMenu(api, m));
      if (wanted.has(key)) await state?.record('telegram', key, hash);
      else await state?.forget('telegram', key);
    } catch (err) {
      failed++;
      logger.warn(
        { reason: (err as Error).message, scope: m.scope, language: m.language_code ?? 'default' },
        'telegram command menu not set',
      );
    }
  }
  return failed;
}

/** The client has no auto-retry: a 429 on a menu call is waited out (twice at most, 30 s at most). */
async function honouringRetryAfter<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const wait = err instanceof GrammyError ? err.parameters.retry_after : undefined;
      if (err instanceof GrammyError && err.error_code === 429 && wait && wait <= 30 && attempt < 3)
        await new Promise((r) => setTimeout(r, wait * 1000));
      else throw err;
    }
  }
}
