/**
 * Where a ticket is shown: its triage card, the copies of it that follow the ticket (staff views, reminders, the
 * escalation chat's cards), the copy owed to the branch's other platform, and the photos already shown in a chat.
 */
import type { CardCopy, CopyAdded, TicketRef, TicketRepo } from '../../core/ports/tickets.js';
import { decodeRef, encodeRef } from '../../core/ports/tickets.js';
import type { TicketContext } from './context.js';

/** Which ticket a card message shows is remembered this long (a year: longer than any ticket stays open). */
const CARD_INDEX_TTL_S = 365 * 86_400;
/** Copies of a card are followed this long after the last one is shown (a stale one is refused anyway). */
const COPIES_TTL_S = 30 * 86_400;
/** At most this many copies per ticket are followed; the oldest goes first. */
const MAX_COPIES = 20;

export function copies({
  redis,
  keys,
}: TicketContext): Pick<
  TicketRepo,
  | 'setCard'
  | 'addCopy'
  | 'copies'
  | 'setCopy'
  | 'dropCopy'
  | 'photosShown'
  | 'markPhotosShown'
  | 'oweMirror'
  | 'takeOwedMirror'
  | 'owedMirrors'
  | 'ticketOfCard'
> {
  return {
    /** Remember the triage card of a ticket in `branch`; false when the ticket has moved on meanwhile. */
    async setCard(id: string, branch: string, ref: TicketRef): Promise<boolean> {
      const packed = encodeRef(ref);
      const stored = await redis.ticketCard(
        keys.ticket(id),
        keys.ticketCard(ref.address.channel, ref.address.chatId, ref.messageId),
        branch,
        packed,
        id,
        String(CARD_INDEX_TTL_S),
      );
      return stored === 1;
    },

    async addCopy(id: string, ref: TicketRef, copy: CardCopy): Promise<CopyAdded | undefined> {
      const [seq, ...rest] = await redis.ticketCopy(
        keys.ticket(id),
        keys.ticketCopies(id),
        keys.ticketCard(ref.address.channel, ref.address.chatId, ref.messageId),
        encodeRef(ref),
        JSON.stringify(copy),
        id,
        String(COPIES_TTL_S),
        String(CARD_INDEX_TTL_S),
        String(MAX_COPIES),
        copy.kind === 'view' ? '1' : '',
      );
      if (Number(seq) < 0) return undefined;
      const retired: CopyAdded['retired'] = [];
      for (let i = 0; i + 1 < rest.length; i += 2) {
        const was = decodeRef(String(rest[i]));
        try {
          if (was) retired.push({ ref: was, copy: JSON.parse(String(rest[i + 1])) as CardCopy });
        } catch {
          // A copy stored unreadable: nothing to say on it.
        }
      }
      return { seq: Number(seq), retired };
    },

    async copies(id: string): Promise<{ ref: TicketRef; copy: CardCopy }[]> {
      const h = await redis.hgetall(keys.ticketCopies(id));
      return Object.entries(h).flatMap(([packed, json]) => {
        const ref = decodeRef(packed);
        try {
          return ref ? [{ ref, copy: JSON.parse(json) as CardCopy }] : [];
        } catch {
          return [];
        }
      });
    },

    async setCopy(id: string, ref: TicketRef, copy: CardCopy): Promise<void> {
      // Only a copy still followed: one dropped meanwhile (by another flush) stays dropped.
      await redis.hashReplace(keys.ticketCopies(id), encodeRef(ref), JSON.stringify(copy));
    },

    async dropCopy(id: string, ref: TicketRef): Promise<void> {
      await redis.hdel(keys.ticketCopies(id), encodeRef(ref));
    },

    async photosShown(id: string, where: string): Promise<boolean> {
      return (await redis.exists(keys.ticketPhotosShown(id, where))) === 1;
    },

    async markPhotosShown(id: string, where: string, ttlMs: number): Promise<void> {
      await redis.set(keys.ticketPhotosShown(id, where), '1', 'PX', Math.max(1, ttlMs));
    },

    async oweMirror(id: string, channel: string, since: number): Promise<void> {
      await redis.hsetnx(keys.ticketsMirrorsOwed(), `${id}|${channel}`, String(since));
    },

    async takeOwedMirror(id: string, channel: string): Promise<number | undefined> {
      // HGET then HDEL in one transaction: only the process whose HDEL removed it posts the copy.
      const field = `${id}|${channel}`;
      const res = await redis
        .multi()
        .hget(keys.ticketsMirrorsOwed(), field)
        .hdel(keys.ticketsMirrorsOwed(), field)
        .exec();
      const [[, since], [, removed]] = (res ?? [
        [null, null],
        [null, 0],
      ]) as [[unknown, string | null], [unknown, number]];
      return removed === 1 && since ? Number(since) : undefined;
    },

    async owedMirrors(): Promise<{ id: string; channel: string; since: number }[]> {
      const h = await redis.hgetall(keys.ticketsMirrorsOwed());
      return Object.entries(h).flatMap(([field, since]) => {
        const cut = field.lastIndexOf('|');
        return cut > 0
          ? [{ id: field.slice(0, cut), channel: field.slice(cut + 1), since: Number(since) }]
          : [];
      });
    },

    async ticketOfCard(ref: TicketRef): Promise<string | undefined> {
      const key = keys.ticketCard(ref.address.channel, ref.address.chatId, ref.messageId);
      return (await redis.get(key)) ?? undefined;
    },
  };
}
