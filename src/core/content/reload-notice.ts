/**
 * Telling the organisers what a live edit of the content pack did (QA11 #1: a tab in branches.yaml went to the
 * log only, and the bot silently stayed on the old pack). In the district's escalation chat — the organisers'
 * staff chat — of each channel this process serves, in that chat's language (groups/chat-locale.ts):
 *
 *   ⚠️ 内容包有 2 处错误，仍在用上一版：
 *   branches.yaml:97: YAML error: …
 *   …
 *
 * and, once a later edit loads, that the new version is in use. Once per bad version of the pack (its
 * problems, hashed), not per watcher event nor per replica: every process loads the same edit, and the one
 * whose `store.content.told` swap changes the recorded state tells (SET … GET in Redis). Sent as a `system`
 * broadcast of the delivery engine, like the warning about a removed group, so it survives a crash.
 *
 *   watchContent({ …, onInvalid: (p) => notice.invalid(p), onValid: () => notice.valid() })
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CoreDeps } from '../feature.js';
import { chatLocale } from '../groups/chat-locale.js';
import { staffChatAddress } from '../identity.js';
import { maskText } from '../mask.js';
import { ellipsis } from '../text.js';
import type { Locale } from '../locales.js';
import type { Address, Channel } from '../types.js';
import { formatProblems, type ContentProblem } from './loader.js';

/** Problems shown in the chat; `npm run content:check` lists them all. */
export const SHOWN_PROBLEMS = 5;
/** A problem's line is cut here (a chat message, not a report). */
const LINE_MAX = 200;

export interface ReloadNotice {
  /** An edit did not load: the pack's problems (paths under the pack's folder). */
  invalid(problems: readonly ContentProblem[]): Promise<void>;
  /**
   * An edit loaded and is in use. `more`: what it leaves behind (left-behind.ts), told with the notice that the
   * fix is in use, or alone when there is no such notice.
   */
  valid(more?: (locale: Locale) => string): Promise<void>;
  /** At start-up: what the pack leaves behind, in one message. */
  leftBehind(text: (locale: Locale) => string): Promise<void>;
}

export function reloadNotice(
  deps: CoreDeps,
  options: {
    /** The pack's folder, as content:check is given it. */
    dir: string;
    /** The channels this process has an adapter for (a message for another would wait for nobody). */
    channels: () => readonly Channel[];
  },
): ReloadNotice {
  const log = deps.logger.child({ job: 'content-reload' });

  /** The escalation chats this process can post in. */
  function chats(): Address[] {
    const escalation = deps.content.get().organisers.escalation;
    return options.channels().flatMap((c) => staffChatAddress(c, escalation[c]) ?? []);
  }

  async function tell(to: Address[], kind: string, text: (to: Address) => Promise<string>): Promise<void> {
    const items = await Promise.all(to.map(async (a) => ({ to: a, card: { text: [await text(a)] } })));
    await deps.delivery.enqueue({ id: `content-${kind}:${deps.now().getTime()}`, kind: 'system', items });
  }

  return {
    async invalid(problems) {
      const to = chats();
      if (!to.length) {
        log.warn('no escalation chat on the channels served here: organisers not told of the invalid pack');
        return;
      }
      // Paths under the pack's folder, as organisers know them: the same on every replica, whatever its mount.
      const lines = problems.map((p) =>
        formatProblems([{ ...p, file: path.relative(options.dir, p.file) || p.file }]),
      );
      const hash = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
      const state = `bad:${hash}`;
      if ((await deps.store.content.told(state)) === state) return;
      const shown = lines.slice(0, SHOWN_PROBLEMS).map((l) => ellipsis(maskText(l), LINE_MAX));
      const more = lines.length - shown.length;
      await tell(to, `bad-${hash}`, async (a) => {
        const locale = await chatLocale(deps, a);
        return deps.i18n.t(locale, 'content-invalid', {
          count: lines.length,
          lines: [...shown, ...(more ? [deps.i18n.t(locale, 'content-invalid-more', { more })] : [])].join(
            '\n',
          ),
          check: `npm run content:check -- ${options.dir}`,
        });
      });
      log.info({ problems: lines.length, chats: to.length }, 'organisers told of the invalid content pack');
    },

    async valid(more) {
      const to = chats();
      if (!to.length) return;
      // Said only after a bad version was told: a good edit after a good one is nothing to report.
      const fixed = (await deps.store.content.told('ok'))?.startsWith('bad:') ?? false;
      if (!fixed && !more) return;
      await tell(to, fixed ? 'ok' : 'left-behind', async (a) => {
        const locale = await chatLocale(deps, a);
        return [
          ...(fixed ? [deps.i18n.t(locale, 'content-valid')] : []),
          ...(more ? [more(locale)] : []),
        ].join('\n\n');
      });
      log.info(
        { chats: to.length, fixed, leftBehind: Boolean(more) },
        'organisers told the content pack in use',
      );
    },

    async leftBehind(text) {
      const to = chats();
      if (!to.length) {
        log.warn(
          'no escalation chat on the channels served here: organisers not told what the pack left behind',
        );
        return;
      }
      await tell(to, 'left-behind', async (a) => text(await chatLocale(deps, a)));
      log.info({ chats: to.length }, 'organisers told what the content pack leaves behind');
    },
  };
}
