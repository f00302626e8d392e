/**
 * A picture shared in a channel with its alt text (what a screen reader says of it), by files.uploadV2's three steps —
 * ask for an upload URL, send the bytes there, complete the upload into the channel — done here instead of by the
 * SDK's `filesUploadV2`, because the two disagree on the alt text's name (QA26 #6):
 *
 * - @slack/web-api 8.2 (`WebClient.fetchAllUploadURLExternal`) sends it to files.getUploadURLExternal as `alt_text`;
 * - Slack's reference for that method (docs.slack.dev/reference/methods/files.getUploadURLExternal) names the argument
 *   `alt_txt` ("Description of image for screen-reader"), as other clients of the method do.
 *
 * So through the SDK a lesson picture could reach Slack undescribed. Both names are sent: the one Slack documents,
 * and the SDK's, which Slack would take if it also reads it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { webApi } from '@slack/bolt';
import { DeliveryError } from '../../core/outbox.js';

/** How long sending a picture's bytes to its upload URL may take. */
const UPLOAD_TIMEOUT_MS = 30_000;

export interface PictureUpload {
  /** The picture on disk (a lesson image). */
  path: string;
  /** What a screen reader says of it. */
  alt: string;
  /** The channel (or DM) id it is shared in, and the thread, if any. */
  channel: string;
  threadTs?: string;
}

export async function uploadPicture(client: webApi.WebClient, p: PictureUpload): Promise<void> {
  const data = await readFile(p.path);
  const filename = basename(p.path);
  const asked: webApi.FilesGetUploadURLExternalArguments & { alt_txt: string } = {
    filename,
    length: data.length,
    alt_txt: p.alt,
    alt_text: p.alt,
  };
  const { upload_url: url, file_id: id } = await client.files.getUploadURLExternal(asked);
  if (!url || !id) throw new DeliveryError('slack files.getUploadURLExternal: no upload URL', 'transient');
  // The upload URL carries its own authorisation: the bot token is not sent there (as the SDK does not).
  const sent = await fetch(url, {
    method: 'POST',
    body: data,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  }).catch((err: unknown) => {
    throw new DeliveryError(`slack file upload: unreachable: ${(err as Error).message}`, 'transient');
  });
  if (sent.status !== 200)
    throw new DeliveryError(
      `slack file upload: HTTP ${sent.status}`,
      sent.status >= 500 ? 'transient' : 'bad-request',
    );
  await client.files.completeUploadExternal({
    files: [{ id, title: filename }],
    channel_id: p.channel,
    ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
  });
}
