/**
 * A card sent: its photos first (an album), then a lesson's picture and a bot-made file, then its text —
 * chat.postMessage, with a Slack file's image block above it, or chat.postEphemeral when only one person is to see it.
 */
import type { types } from '@slack/bolt';
import { plainText, type Card } from '../../../core/card.js';
import { DeliveryError } from '../../../core/outbox.js';
import type { Address, MessageRef } from '../../../core/types.js';
import { headline } from '../render.js';
import { sendAlbum } from './album.js';
import { uploadFile, uploadPhoto } from './attachments.js';
import { FILE_ID, type OutboxContext } from './context.js';

export async function send(ctx: OutboxContext, address: Address, card: Card): Promise<MessageRef> {
  const { client, ims, pace, metrics, logger, deps, call, renderSlack, altText } = ctx;
  // A message that belongs under another (a ticket card's prompt, reply, photos) goes in its thread.
  const to = card.under && !address.threadId ? { ...address, threadId: card.under } : address;
  const album = card.album?.length && !card.ephemeralTo ? card.album : undefined;
  const hasText = Boolean(plainText(card).trim());
  if (!hasText && !album) throw new DeliveryError('refusing to send an empty message', 'bad-request');
  // chat.postMessage takes a user id for the app's DM; uploads and pacing want the real channel.
  const channel = await ims.resolve(to.chatId);
  // The photos are the message when there is no text with them.
  const albumTs = album ? await sendAlbum(ctx, to, channel, album) : undefined;
  if (!hasText) {
    metrics.replies.inc({ channel: 'slack' });
    return { address: to, messageId: albumTs ?? '' } satisfies MessageRef;
  }
  const message = renderSlack(card);
  if (card.ephemeralTo) {
    const res = await call('chat.postEphemeral', channel, () =>
      client.chat.postEphemeral({
        channel,
        user: card.ephemeralTo!,
        text: message.text,
        blocks: message.blocks,
        parse: 'none',
        link_names: false,
        ...(to.threadId ? { thread_ts: to.threadId } : {}),
      }),
    ).catch((err: unknown) => {
      // Not in the channel: the slash command listener then says so through the response URL.
      if (err instanceof DeliveryError && (err.reason === 'forbidden' || err.reason === 'not-found'))
        deps.onRefused?.(to.chatId);
      throw err;
    });
    metrics.replies.inc({ channel: 'slack' });
    return { address: to, messageId: String(res.message_ts ?? '') } satisfies MessageRef;
  }
  if (card.photo && 'path' in card.photo) {
    await pace(channel);
    await uploadPhoto(ctx, to, channel, card.photo.path, altText(headline(card.text)), card.photoRequired);
  }
  if (card.file) {
    await pace(channel);
    await uploadFile(ctx, to, channel, card.file);
  }
  const image: types.KnownBlock[] =
    card.photo && 'fileId' in card.photo && FILE_ID.test(card.photo.fileId)
      ? [{ type: 'image', slack_file: { id: card.photo.fileId }, alt_text: altText(headline(card.text)) }]
      : [];
  const post = (blocks: types.KnownBlock[]) =>
    (deps.postClient ?? client).chat.postMessage({
      channel,
      text: message.text,
      blocks,
      parse: 'none',
      link_names: false,
      ...(to.threadId ? { thread_ts: to.threadId } : {}),
      ...(message.unfurl_links === false ? { unfurl_links: false, unfurl_media: false } : {}),
    });
  await pace(channel);
  let res;
  try {
    res = await call('chat.postMessage', channel, () => post([...image, ...message.blocks]));
  } catch (err) {
    if (err instanceof DeliveryError && (err.reason === 'forbidden' || err.reason === 'not-found')) {
      deps.onRefused?.(to.chatId);
    }
    // A file the app cannot show must not swallow the text.
    if (!image.length || !(err instanceof DeliveryError) || err.reason !== 'bad-request') throw err;
    logger.warn({ chat: to.chatId, err: err.message }, 'slack image block refused; sending the text alone');
    res = await call('chat.postMessage', channel, () => post(message.blocks));
  }
  pace.sent(channel);
  if (!res.ts) throw new DeliveryError('slack chat.postMessage: no ts in the answer', 'transient');
  if (res.channel) ims.remember(to.chatId, res.channel);
  metrics.replies.inc({ channel: 'slack' });
  return { address: to, messageId: res.ts } satisfies MessageRef;
}
