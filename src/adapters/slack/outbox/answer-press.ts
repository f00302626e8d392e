/**
 * A button press answered. Slack has no toast: a short text becomes an ephemeral message only the presser sees, an
 * alert a small modal opened with the press's trigger id (ephemeral again if the trigger expired).
 */
import type { IncomingButton } from '../../../core/types.js';
import { escapeMrkdwn, rewriteCommands } from '../render.js';
import type { OutboxContext } from './context.js';
import { platformCode } from './delivery-errors.js';

/** Slack's ephemeral texts and modal sections: keep toasts short, as on Telegram. */
const MAX_TOAST = 300;

export async function answerPress(
  { client, ims, logger, deps, say }: OutboxContext,
  press: IncomingButton,
  text?: string,
  alert?: boolean,
) {
  if (!text) return;
  const short = rewriteCommands([[...text].slice(0, MAX_TOAST).join('')], deps.command).join('');
  if (alert) {
    try {
      await client.views.open({
        trigger_id: press.pressId,
        view: {
          type: 'modal',
          title: { type: 'plain_text', text: [...(deps.appName ?? 'Waystation')].slice(0, 24).join('') },
          close: { type: 'plain_text', text: say(press.from.languageCode, 'slack-alert-close') },
          // Plain text: an alert quotes names and numbers, which must show as they are.
          blocks: [{ type: 'section', text: { type: 'plain_text', text: short, emoji: true } }],
        },
      });
      return;
    } catch (err) {
      // A trigger lives 3 seconds: a slow handler falls back to the ephemeral message.
      logger.debug(
        { err: platformCode(err) ?? (err as Error).message },
        'slack alert modal not opened; sending it ephemeral',
      );
    }
  }
  try {
    const channel = await ims.resolve(press.chat.address.chatId);
    await client.chat.postEphemeral({
      channel,
      user: press.from.id,
      text: escapeMrkdwn(short),
      parse: 'none',
      ...(press.chat.address.threadId ? { thread_ts: press.chat.address.threadId } : {}),
    });
  } catch (err) {
    // A toast is a courtesy: the press itself has been handled.
    logger.warn(
      { err: platformCode(err) ?? (err as Error).message, chat: press.chat.address.chatId },
      'slack ephemeral answer failed',
    );
  }
}
