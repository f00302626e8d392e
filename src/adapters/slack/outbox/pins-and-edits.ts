/** A message sent, changed: edited (chat.update), unpinned, deleted, pinned. */
import { plainText, type Card } from '../../../core/card.js';
import { DeliveryError } from '../../../core/outbox.js';
import type { MessageRef } from '../../../core/types.js';
import type { OutboxContext } from './context.js';

export async function edit(
  { client, ims, metrics, call, renderSlack }: OutboxContext,
  ref: MessageRef,
  card: Card,
): Promise<void> {
  if (!plainText(card).trim()) throw new DeliveryError('refusing to edit to an empty message', 'bad-request');
  const { text, blocks } = renderSlack(card);
  const channel = await ims.resolve(ref.address.chatId);
  await call('chat.update', undefined, () =>
    client.chat.update({ channel, ts: ref.messageId, text, blocks, parse: 'none', link_names: false }),
  );
  metrics.replies.inc({ channel: 'slack' });
}

export async function unpin({ client, ims, call }: OutboxContext, ref: MessageRef): Promise<void> {
  const channel = await ims.resolve(ref.address.chatId);
  try {
    await call('pins.remove', undefined, () => client.pins.remove({ channel, timestamp: ref.messageId }));
  } catch (err) {
    if (err instanceof DeliveryError && /no_pin/.test(err.message)) return;
    throw err;
  }
}

/** chat.delete: a bot token deletes the bot's own messages, at any age. */
export async function deleteMessage({ client, ims, call }: OutboxContext, ref: MessageRef): Promise<void> {
  const channel = await ims.resolve(ref.address.chatId);
  await call('chat.delete', undefined, () => client.chat.delete({ channel, ts: ref.messageId }));
}

export async function pin({ client, ims, call }: OutboxContext, ref: MessageRef): Promise<void> {
  const channel = await ims.resolve(ref.address.chatId);
  try {
    await call('pins.add', undefined, () => client.pins.add({ channel, timestamp: ref.messageId }));
  } catch (err) {
    if (err instanceof DeliveryError && /already_pinned/.test(err.message)) return;
    throw err;
  }
}
