/**
 * Slash commands. `/waystation [command] [args]` is the entry to every core command (bare: the welcome
 * and help); `/bind` and `/report` have their own slash commands because people use them most. A
 * command that opens a modal (`/report`) is answered by the modal; the others go to the core.
 */
import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { BINDING_COMMANDS, isGroupDm, translateCommand } from '../../translate.js';
import type { ListenerDeps } from '../deps.js';

type CommandArgs = Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'ack' | 'command' | 'respond'>;

export const slashCommand =
  (deps: ListenerDeps) =>
  async ({ ack, command, respond }: CommandArgs): Promise<void> => {
    // Slack waits 3 seconds for this; the answer itself comes as a message (or a modal).
    await ack();
    const text = command.text ? await deps.nameMentions(command.text, command.user_id) : command.text;
    const incoming = translateCommand({ ...command, text }, deps.umbrellaCommand);
    // `/report …` and `/waystation report …` open the report form: nothing is said in the channel.
    const modal =
      incoming?.command && deps.modals?.forCommand(`/${incoming.command.name}`, incoming.command.args);
    if (modal) {
      await deps.modals!.open({
        triggerId: command.trigger_id,
        userId: command.user_id,
        channelId: command.channel_id,
        text: modal.text,
      });
      return;
    }
    if (!incoming) {
      deps.metrics.updates.inc({ channel: 'slack', outcome: 'ignored' });
      return;
    }
    if (command.command === deps.umbrellaCommand) deps.typedCommand(incoming.command!.name);
    // A group DM is not a channel: binding it would send lessons and notices to a private conversation.
    if (isGroupDm(command) && BINDING_COMMANDS.has(incoming.command!.name)) {
      await respond({
        response_type: 'ephemeral',
        text: await deps.say(command.user_id, 'slack-bind-group-dm'),
      });
      return;
    }
    const started = Date.now();
    await deps.dispatch(incoming);
    // A command works in any channel, but the app can answer only where it is a member: say so, privately
    // (the response URL reaches the person even there).
    if (incoming.chat.kind !== 'private' && deps.refusedSince(incoming.chat.address.chatId, started)) {
      await respond({
        response_type: 'ephemeral',
        text: await deps.say(command.user_id, 'slack-not-in-channel'),
      });
    }
  };

export function register(app: App, deps: ListenerDeps): void {
  app.command(/^\/[\w-]+$/, slashCommand(deps));
}
