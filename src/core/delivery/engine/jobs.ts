/**
 * A job as Redis keeps it: one (broadcast, chat), its card stored so it reads back as sent, and how many
 * requests its send makes (what it takes from the rate windows).
 */
import type { Card } from '../../card.js';
import { chatKey } from '../../ports/groups.js';
import type { BroadcastRequest, DeliveryItem } from '../engine.js';

export type ProgressTarget = NonNullable<BroadcastRequest['progress']>;

/** The item as sent (its card's file as base64), with its broadcast's id and kind. */
export interface JobPayload extends DeliveryItem {
  broadcast: string;
  kind: string;
  /** `channel:chatId`, the key the per-chat limit is counted under. */
  chat: string;
  /** Requests the send makes (a photo or a venue is a message of its own). */
  cost: number;
  /** The broadcast keeps a progress message. */
  hasProgress?: true;
}

/**
 * A card as a job stores it: a file's bytes (a chart, a CSV, a photo fetched from another platform) as base64 —
 * JSON writes a Buffer as an array of numbers, which reads back as a plain object no platform can upload.
 */
function storedCard(card: Card): Card {
  if (!card.file) return card;
  return { ...card, file: { ...card.file, data: card.file.data.toString('base64') as unknown as Buffer } };
}

/** The card a stored job holds, its file's bytes a Buffer again (base64, or the number array of older jobs). */
function cardOf(card: Card): Card {
  const data = card.file?.data as unknown;
  if (!card.file || Buffer.isBuffer(data)) return card;
  const bytes =
    typeof data === 'string'
      ? Buffer.from(data, 'base64')
      : Buffer.from((data as { data?: number[] } | undefined)?.data ?? []);
  return { ...card, file: { ...card.file, data: bytes } };
}

/** A job as stored; jobs queued before the keys were spelt out used one-letter names. */
export function readPayload(raw: string): JobPayload {
  const p = JSON.parse(raw) as JobPayload & { b?: string; k?: string; c?: string; g?: true };
  const { b, k, c, g, ...rest } = p;
  return {
    ...rest,
    card: cardOf(p.card),
    broadcast: p.broadcast ?? b!,
    kind: p.kind ?? k!,
    chat: p.chat ?? c!,
    ...(p.hasProgress || g ? { hasProgress: true as const } : {}),
  };
}

export interface Claimed {
  job: string;
  token: string;
  attempts: number;
  slots: string;
  payload: JobPayload;
}

const costOf = (item: DeliveryItem) => {
  if (item.edits || item.unpins) return 1;
  // A delete that is refused is followed by an edit and an unpin.
  if (item.deletes) return 3;
  const card = item.card;
  return 1 + (card.photo ? 1 : 0) + (card.album?.length ?? 0) + (card.venue ? 1 : 0) + (card.pin ? 1 : 0);
};

/** A job's payload as stored, from the item and its broadcast. */
export function payloadOf(
  req: Pick<BroadcastRequest, 'id' | 'kind'> & { hasProgress: boolean },
  item: DeliveryItem,
): JobPayload {
  return {
    broadcast: req.id,
    kind: req.kind,
    chat: chatKey(item.to.channel, item.to.chatId),
    to: item.to,
    card: storedCard(item.card),
    cost: costOf(item),
    ...(item.pin ? { pin: true } : {}),
    ...(item.edits ? { edits: item.edits } : {}),
    ...(item.deletes ? { deletes: item.deletes } : {}),
    ...(item.unpins ? { unpins: item.unpins } : {}),
    ...(req.hasProgress ? { hasProgress: true as const } : {}),
  };
}
