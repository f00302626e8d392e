/** A card's photos as one message (Slack files in image blocks) or one upload (bytes from another platform). */
import type { types } from '@slack/bolt';
import type { AlbumItem, AlbumPhoto, CardFile } from '../../../core/card.js';
import { DeliveryError } from '../../../core/outbox.js';
import type { Address } from '../../../core/types.js';
import { escapeMrkdwn } from '../render.js';
import { uploadPictures } from './upload.js';
import { FILE_ID, type OutboxContext } from './context.js';

/** Photos in one message at most: Slack takes 50 blocks a message and 10 files an upload. */
const ALBUM_MAX = 10;

/** The ts of the message an upload was shared in, when Slack's answer already says it. */
function sharedTs(res: unknown, channel: string): string | undefined {
  const uploads = (
    res as { files?: { files?: { shares?: Record<string, Record<string, { ts?: string }[]>> }[] }[] }
  ).files;
  for (const u of uploads ?? [])
    for (const f of u.files ?? [])
      for (const kind of Object.values(f.shares ?? {})) {
        const ts = kind[channel]?.[0]?.ts;
        if (ts) return ts;
      }
  return undefined;
}

/**
 * Photos with their captions as one message (QA13: a triage channel got one message per evidence photo): Slack
 * files people sent as image blocks, titled with their captions; bytes from another platform as one
 * files.uploadV2 of them all, the captions its comment. The message's ts where Slack says it (an upload's share
 * is not always known at once: then '').
 */
export async function sendAlbum(
  ctx: OutboxContext,
  to: Address,
  channel: string,
  album: AlbumItem[],
): Promise<string> {
  const { client, pace, logger, call, altText } = ctx;
  const poster = ctx.deps.postClient ?? client;
  const captions = (items: AlbumItem[]) => escapeMrkdwn(items.map((p) => p.caption).join('\n'));
  const shared = album.filter((p): p is AlbumPhoto => 'fileId' in p && FILE_ID.test(p.fileId));
  const bytes = album.filter((p): p is Extract<AlbumItem, { file: CardFile }> => 'file' in p);
  const thread = to.threadId ? { thread_ts: to.threadId } : {};
  let ts = '';
  for (let i = 0; i < shared.length; i += ALBUM_MAX) {
    const part = shared.slice(i, i + ALBUM_MAX);
    const images: types.KnownBlock[] = part.map((p) => ({
      type: 'image',
      slack_file: { id: p.fileId },
      alt_text: altText(p.caption),
      title: { type: 'plain_text', text: [...p.caption].slice(0, 1900).join('') || '📷' },
    }));
    const post = (blocks?: types.KnownBlock[]) =>
      poster.chat.postMessage({
        channel,
        text: captions(part),
        ...(blocks ? { blocks } : {}),
        parse: 'none',
        link_names: false,
        ...thread,
      });
    await pace(channel);
    const res = await call('chat.postMessage', channel, () => post(images)).catch((err: unknown) => {
      // Files the app cannot show must not swallow their captions.
      if (!(err instanceof DeliveryError) || err.reason !== 'bad-request') throw err;
      logger.warn(
        { chat: to.chatId, err: err.message },
        'slack image blocks refused; sending the captions alone',
      );
      return call('chat.postMessage', channel, () => post());
    });
    pace.sent(channel);
    ts ||= res.ts ?? '';
  }
  for (let i = 0; i < bytes.length; i += ALBUM_MAX) {
    const part = bytes.slice(i, i + ALBUM_MAX);
    const pictures = part.map((p) => ({
      data: p.file.data,
      filename: p.file.name,
      title: p.caption,
      alt: altText(p.caption),
    }));
    await pace(channel);
    const res = await call('files.uploadV2', channel, () =>
      uploadPictures(client, { pictures, channel, threadTs: to.threadId, comment: captions(part) }),
    );
    pace.sent(channel);
    ts ||= sharedTs({ files: [res] }, channel) ?? '';
  }
  return ts;
}
