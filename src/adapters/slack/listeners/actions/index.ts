/**
 * Block actions: a press of one of the core's buttons (`action_id` `ws:<row>:<col>`, `value` = the
 * core's callback data) becomes an IncomingButton; a click on a link button is only acknowledged.
 */
import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_PREFIX, LINK_ACTION_PREFIX } from '../../render.js';
import { translateAction, type SlackBlockAction } from '../../translate.js';
import type { ListenerDeps } from '../deps.js';

type ActionArgs = Pick<SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs, 'ack' | 'body' | 'action'>;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const buttonPress =
  (deps: ListenerDeps) =>
  async ({ ack, body, action }: ActionArgs): Promise<void> => {
    await ack();
    const payload = body as unknown as SlackBlockAction;
    const channelId = payload.container?.channel_id ?? payload.channel?.id;
    if (channelId) deps.ims.remember(payload.user.id, channelId);
    const incoming = translateAction(payload, action as SlackBlockAction['actions'][number]);
    // A button that starts a form (the report help button) opens the modal, with this press's trigger.
    if (incoming && channelId && deps.modals?.forButton(incoming.data)) {
      await deps.modals.open({ triggerId: payload.trigger_id, userId: payload.user.id, channelId, text: '' });
      return;
    }
    if (!incoming) {
      deps.metrics.updates.inc({ channel: 'slack', outcome: 'ignored' });
      return;
    }
    await deps.dispatch(incoming);
  };

/** Slack reports clicks on URL buttons too; there is nothing to do but acknowledge. */
export const linkClick = async ({ ack }: Pick<ActionArgs, 'ack'>): Promise<void> => {
  await ack();
};

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { type: 'block_actions', action_id: new RegExp(`^${escapeRe(ACTION_PREFIX)}`) },
    buttonPress(deps),
  );
  app.action<BlockAction>(
    { type: 'block_actions', action_id: new RegExp(`^${escapeRe(LINK_ACTION_PREFIX)}`) },
    linkClick,
  );
}
