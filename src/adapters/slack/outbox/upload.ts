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
 * and the SDK's, which Slack would take if it also reads it. An album's pictures (`uploadPictures`) the same way: the
 * SDK's `file_uploads` took no alt text at all (stop 38).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { webApi } from '@slack/bolt';
import { DeliveryError } from '../../../core/outbox.js';

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
  const id = await uploadBytes(client, { data, filename, alt: p.alt });
  await client.files.completeUploadExternal({
    files: [{ id, title: filename }],
    channel_id: p.channel,
    ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
  });
}

/** One picture of an album, as bytes (a photo fetched from another platform). */
export interface AlbumPicture {
  data: Buffer;
  filename: string;
  /** Shown under it in Slack. */
  title: string;
  /** What a screen reader says of it. */
  alt: string;
}

/**
 * Pictures shared together as one message, `comment` its text — what the SDK's `filesUploadV2({ file_uploads })`
 * does, with each picture's alt text sent as `uploadPicture` sends it. Slack's answer to the completion (its
 * `files`, with their shares when Slack says them at once).
 */
export async function uploadPictures(
  client: webApi.WebClient,
  p: { pictures: readonly AlbumPicture[]; channel: string; threadTs?: string; comment: string },
): Promise<webApi.FilesCompleteUploadExternalResponse> {
  const files: { id: string; title: string }[] = [];
  for (const picture of p.pictures)
    files.push({ id: await uploadBytes(client, picture), title: picture.title });
  return client.files.completeUploadExternal({
    files: files as [{ id: string; title: string }, ...{ id: string; title: string }[]],
    channel_id: p.channel,
    initial_comment: p.comment,
    ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
  });
}

/** Ask for an upload URL (with the alt text under both names) and send the bytes there; the file's id. */
async function uploadBytes(
  client: webApi.WebClient,
  p: { data: Buffer; filename: string; alt: string },
): Promise<string> {
  const asked: webApi.FilesGetUploadURLExternalArguments & { alt_txt: string } = {
    filename: p.filename,
    length: p.data.length,
    alt_txt: p.alt,
    alt_text: p.alt,
  };
  const { upload_url: url, file_id: id } = await client.files.getUploadURLExternal(asked);
  if (!url || !id) throw new DeliveryError('slack files.getUploadURLExternal: no upload URL', 'transient');
  // The upload URL carries its own authorisation: the bot token is not sent there (as the SDK does not).
  const sent = await fetch(url, {
    method: 'POST',
    body: p.data,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  }).catch((err: unknown) => {
    throw new DeliveryError(`slack file upload: unreachable: ${(err as Error).message}`, 'transient');
  });
  if (sent.status !== 200)
    throw new DeliveryError(
      `slack file upload: HTTP ${sent.status}`,
      sent.status >= 500 ? 'transient' : 'bad-request',
    );
  return id;
}
