/**
 * Modal submissions (the report form). The modal flow validates and answers in the modal: field errors
 * keep it open with messages under the fields; success closes it and the result comes by DM.
 */
import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ListenerDeps, ViewValues } from '../deps.js';

type ViewArgs = Pick<SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs, 'ack' | 'body' | 'view'>;

export const viewSubmission =
  (deps: ListenerDeps) =>
  async ({ ack, body, view }: ViewArgs): Promise<void> => {
    const modals = deps.modals;
    if (!modals) return void (await ack());
    // Field errors must go back in the acknowledgement itself, so this one checks first (quickly: Slack
    // allows 3 s) and does the slow part after acknowledging.
    const result = await modals.submit({
      callbackId: view.callback_id,
      userId: body.user.id,
      userName: body.user.name,
      privateMetadata: view.private_metadata ?? '',
      values: view.state.values as unknown as ViewValues,
      viewId: view.id,
      submissionId: (body as { trigger_id?: string }).trigger_id ?? `${view.id}:${view.hash}`,
    });
    if (result.errors && Object.keys(result.errors).length)
      return void (await ack({ response_action: 'errors', errors: result.errors }));
    await ack();
    if (result.after) await deps.track(result.after());
  };

export function register(app: App, deps: ListenerDeps): void {
  for (const id of deps.modals?.callbackIds ?? [])
    app.view({ callback_id: id, type: 'view_submission' }, viewSubmission(deps));
}
