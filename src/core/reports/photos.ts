/**
 * A ticket's photos shown in a chat: as they are on the reporter's own platform (its file ids), else fetched through
 * the reporter platform's outbox and uploaded as bytes (`Card.file`) — a Telegram file id means nothing to Slack and
 * the other way round, so a card on the other platform said "照片 1" with nothing to see (QA17). A photo that cannot
 * be fetched, is too big or is refused costs one line pointing at the board, which fetches files itself.
 *
 *   await showPhotos('telegram', 'slack', captioned, { outbox, log, send, elsewhere: v.t('ticket-photos-on-board') });
 */
import type { AlbumPhoto, Card, CardFile } from '../card.js';
import type { Logger } from '../logger.js';
import { DeliveryError, type FetchedFile, type Outbox } from '../outbox.js';
import type { Channel, MessageRef } from '../types.js';
import { photoCards } from './views.js';

/** Larger photos are not uploaded to another platform (Telegram takes photos of up to 10 MB). */
export const CROSS_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Larger documents are not forwarded (Telegram's bots fetch files of up to 20 MB): the board has them. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Shown as a picture everywhere; anything else (HEIC, say) goes as a file to open. */
const PICTURES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export interface PhotoShowing {
  outbox: Pick<Outbox, 'fetchFile' | 'sendsAlbums'>;
  log: Logger;
  /** Send one card where the photos go; undefined when it could not go for good (the caller logged it). */
  send: (card: Card) => Promise<MessageRef | undefined>;
  /** The line said instead of photos that could not be shown ("照片请在看板查看（/board）"), in the chat's language. */
  elsewhere: string;
}

/**
 * Show `photos` (file ids of `from`, the reporter's platform) in a chat on `to`: one message where the platform takes
 * several photos with their captions at once (`sendsAlbums`: a Telegram album, one Slack message or upload), else a
 * message each. Photos fetched from another platform go the same way, each caption with its photo (QA17: a photo,
 * then its caption, was two messages each).
 */
export async function showPhotos(
  from: Channel,
  to: Channel,
  photos: AlbumPhoto[],
  s: PhotoShowing,
): Promise<void> {
  if (!photos.length) return;
  const albums = s.outbox.sendsAlbums?.(to) ?? false;
  if (from === to) {
    for (const card of photoCards(photos, albums)) await s.send(card);
    return;
  }
  const fetched: { file: CardFile; caption: string }[] = [];
  for (const [i, p] of photos.entries()) {
    const file = await fetchPhoto(from, p.fileId, s.outbox, s.log);
    if (file) fetched.push({ file: asUpload(file, i), caption: p.caption });
  }
  let missing = photos.length - fetched.length;
  if (albums && fetched.length) {
    if (!(await s.send({ text: [], album: fetched, silent: true }))) missing = photos.length;
  } else
    for (const p of fetched)
      if (!(await s.send({ text: [p.caption], file: p.file, silent: true }))) missing++;
  if (missing) await s.send({ text: [s.elsewhere], silent: true });
}

/**
 * Show documents a worker sent (a PDF, a screenshot sent as a file) in a chat, each with its caption: fetched through
 * the reporter platform's outbox and uploaded as a file, on any platform — a card carries a file's bytes, not another
 * message's file id. One that cannot be fetched or is too big costs one line pointing at the board (`elsewhere`).
 */
export async function showDocuments(from: Channel, docs: AlbumPhoto[], s: PhotoShowing): Promise<void> {
  let missing = 0;
  for (const [i, d] of docs.entries()) {
    const got = await fetchPhoto(from, d.fileId, s.outbox, s.log, DOCUMENT_MAX_BYTES);
    const file: CardFile | undefined = got && {
      kind: 'document',
      name: got.name ?? `file-${i + 1}`,
      mime: got.mime ?? 'application/octet-stream',
      data: got.data,
    };
    if (!file || !(await s.send({ text: [d.caption], file, silent: true }))) missing++;
  }
  if (missing) await s.send({ text: [s.elsewhere], silent: true });
}

/** The bytes of a photo (or file), or undefined (gone, too big, or the fetch failed: logged without the file's URL). */
async function fetchPhoto(
  from: Channel,
  fileId: string,
  outbox: PhotoShowing['outbox'],
  log: Logger,
  max = CROSS_PHOTO_MAX_BYTES,
): Promise<FetchedFile | undefined> {
  try {
    const file = await outbox.fetchFile?.(from, fileId);
    if (file && file.data.length <= max) return file;
    log.info(
      { from, size: file?.data.length },
      'evidence photo not shown on the other platform: gone or too big',
    );
  } catch (err) {
    // The outboxes' errors never hold a download URL (Telegram's holds the bot token); say only what failed.
    const why = err instanceof DeliveryError ? err.message : (err as Error).name;
    log.warn({ from, err: why }, 'evidence photo not fetched for the other platform');
  }
  return undefined;
}

function asUpload(file: FetchedFile, i: number): CardFile {
  const mime = file.mime ?? 'image/jpeg';
  const name = file.name ?? `photo-${i + 1}.${mime.split('/')[1] ?? 'jpg'}`;
  return { kind: PICTURES.has(mime) ? 'photo' : 'document', name, mime, data: file.data };
}
