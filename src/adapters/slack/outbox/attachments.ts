/**
 * What a card carries beside its text, uploaded before it into the same chat and thread: a lesson's picture from
 * disk, a file the bot made (a chart, a CSV).
 */
import type { CardFile } from '../../../core/card.js';
import { DeliveryError } from '../../../core/outbox.js';
import type { Address } from '../../../core/types.js';
import { uploadPicture } from './upload.js';
import type { OutboxContext } from './context.js';

/** A lesson's picture: a passing failure is the send's when the caller will try again (`required`), else the text goes alone. */
export async function uploadPhoto(
  { client, logger, call }: OutboxContext,
  to: Address,
  channel: string,
  path: string,
  alt: string,
  required = false,
): Promise<void> {
  // Not the SDK's filesUploadV2: it sends the alt text under a name Slack's reference does not list (upload.ts).
  await call('files.uploadV2', channel, () =>
    uploadPicture(client, { path, alt, channel, ...(to.threadId ? { threadTs: to.threadId } : {}) }),
  ).catch((err: unknown) => {
    if (required && err instanceof DeliveryError && err.reason === 'transient') throw err;
    logger.warn(
      { err: (err as Error).message, chat: to.chatId },
      'slack photo upload failed; sending the text alone (the picture is left out)',
    );
  });
}

/** A file the bot made: uploaded with files.uploadV2; a failure is the send's (the text alone is incomplete). */
export async function uploadFile(
  { client, call }: OutboxContext,
  to: Address,
  channel: string,
  f: CardFile,
): Promise<void> {
  const file = { file: f.data, filename: f.name };
  await call('files.uploadV2', channel, () =>
    to.threadId
      ? client.filesUploadV2({ ...file, channel_id: channel, thread_ts: to.threadId })
      : client.filesUploadV2({ ...file, channel_id: channel }),
  );
}
