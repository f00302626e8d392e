/**
 * Organisers' notices: the record of each notice (what, to whom, when, with which options), the list
 * for /notices, "got it" acknowledgements per chat, and the guard that makes a confirmation count once.
 * Delivery state (sent / failed / pending) lives with the delivery engine, under the broadcast id.
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { NoticeRecord, NoticeRepo } from '../core/ports/notices.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    noticeAck(
      oldAcks: string,
      acked: string,
      counts: string,
      revCounts: string,
      ackers: string,
      user: string,
      chat: string,
      keepMs: number,
      rev: number,
      name: string,
      now: number,
    ): Result<[number, number], Context>;
    hashUpdate(key: string, ...fieldsAndValues: string[]): Result<number, Context>;
    noticeChange(notice: string, op: string, arg: string, record?: string): Result<[string, number], Context>;
    noticeStatus(
      notice: string,
      scheduled: string,
      id: string,
      to: string,
      sentTo: string,
    ): Result<string, Context>;
  }
}

/** A notice from its hash: the record, the chats it was finally sent to, its status; undefined if unreadable. */
function noticeOf(h: Record<string, string>): NoticeRecord | undefined {
  if (!h.json) return undefined;
  try {
    const sentTo = h['sent-to']
      ? (JSON.parse(h['sent-to']) as Pick<NoticeRecord, 'chats' | 'titles'>)
      : undefined;
    // The latest correction's wording stands in for the first.
    const revision = h.revision
      ? (JSON.parse(h.revision) as Pick<NoticeRecord, 'text' | 'variants' | 'corrected'>)
      : undefined;
    return {
      ...(JSON.parse(h.json) as NoticeRecord),
      ...(sentTo ? { chats: sentTo.chats, titles: sentTo.titles } : {}),
      ...(revision
        ? {
            text: revision.text,
            variants: revision.variants,
            rev: Number(h.rev ?? 1),
            ...(revision.corrected ? { corrected: true } : {}),
          }
        : {}),
      ...(h.withdrawnAt ? { withdrawnAt: Number(h.withdrawnAt) } : {}),
      ...(h.expired ? { expired: true } : {}),
      status: (h.status as NoticeRecord['status']) ?? 'queued',
    };
  } catch {
    return undefined;
  }
}

/**
 * Who pressed "got it" is remembered this long after their press, the counts for good — as long as a finished
 * broadcast's record (delivery retentionMs); a press after that counts again.
 */
export const ACKER_KEPT_MS = 90 * 86_400_000;

export function createNoticeRepo(redis: Redis, keys: Keys): NoticeRepo {
  defineScripts(redis, ['notice-ack-5', 'hash-update-1', 'notice-status-2', 'notice-change-1']);

  return {
    async nextId(): Promise<string> {
      return `n${await redis.incr(keys.noticeSeq())}`;
    },
    async save(notice: NoticeRecord): Promise<void> {
      const tx = redis
        .multi()
        .hset(keys.notice(notice.id), { json: JSON.stringify(notice), status: notice.status })
        .zadd(keys.notices(), notice.createdAt, notice.id);
      if (notice.status === 'scheduled') tx.zadd(keys.noticesScheduled(), notice.sendAt, notice.id);
      if (notice.expiresAt) tx.zadd(keys.noticesExpiring(), notice.expiresAt, notice.id);
      await tx.exec();
    },
    async get(id: string): Promise<NoticeRecord | undefined> {
      return noticeOf(await redis.hgetall(keys.notice(id)));
    },
    async setStatus(id: string, status: NoticeRecord['status']): Promise<void> {
      await redis.hashUpdate(keys.notice(id), 'status', status);
    },
    async dueScheduled(at: number): Promise<string[]> {
      return redis.zrangebyscore(keys.noticesScheduled(), '-inf', at);
    },
    async moveScheduled(id, to, sentTo) {
      const before = await redis.noticeStatus(
        keys.notice(id),
        keys.noticesScheduled(),
        id,
        to,
        sentTo ? JSON.stringify(sentTo) : '',
      );
      return (before || undefined) as NoticeRecord['status'] | undefined;
    },
    async revise(id, wording, at) {
      // The record with the new wording, for a notice still scheduled (the script decides, against its status then):
      // its other fields never change after it is saved, so the one read here is the one written back.
      const json = await redis.hget(keys.notice(id), 'json');
      const record = json ? JSON.stringify({ ...(JSON.parse(json) as NoticeRecord), ...wording }) : '';
      const [before, rev] = await redis.noticeChange(
        keys.notice(id),
        'revise',
        JSON.stringify({ ...wording, at }),
        record,
      );
      return { before: before as NoticeRecord['status'] | '', rev: Number(rev) };
    },
    async dueExpiring(at: number): Promise<string[]> {
      return redis.zrangebyscore(keys.noticesExpiring(), '-inf', at);
    },
    async markExpired(id: string): Promise<boolean> {
      const rows =
        (await redis
          .multi()
          .hsetnx(keys.notice(id), 'expired', '1')
          .zrem(keys.noticesExpiring(), id)
          .exec()) ?? [];
      return Number(rows[0]?.[1]) === 1;
    },
    async withdraw(id, at) {
      const [before] = await redis.noticeChange(keys.notice(id), 'withdraw', String(at));
      return before as NoticeRecord['status'] | '';
    },
    /** Newest first; the notices read in one pipeline (QA18: 20 round trips one after another). */
    async recent(limit: number): Promise<NoticeRecord[]> {
      const ids = await redis.zrevrange(keys.notices(), 0, limit - 1);
      if (!ids.length) return [];
      const tx = redis.pipeline();
      for (const id of ids) tx.hgetall(keys.notice(id));
      const hashes = (await tx.exec()) ?? [];
      return hashes
        .map(([err, h]) => (err ? undefined : noticeOf(h as Record<string, string>)))
        .filter((n): n is NoticeRecord => n !== undefined);
    },

    /** First confirmation of a draft wins; a second tap (or a second process) gets false. */
    async confirmOnce(draft: string): Promise<boolean> {
      return (await redis.set(keys.noticeConfirm(draft), '1', 'EX', 7 * 86_400, 'NX')) === 'OK';
    },
    /** Undo confirmOnce when nothing could be queued, so the organiser can try again. */
    async unconfirm(draft: string): Promise<void> {
      await redis.del(keys.noticeConfirm(draft));
    },

    async ack(id, chat, user, press = {}) {
      const [first, count] = await redis.noticeAck(
        keys.noticeAcks(id, chat),
        keys.noticeAcked(id, chat, user),
        keys.noticeAckCounts(id),
        keys.noticeAckRevs(id),
        keys.noticeAckers(id, chat),
        user,
        chat,
        ACKER_KEPT_MS,
        press.rev ?? 0,
        press.name ?? '',
        press.at ?? Date.now(),
      );
      return { first: first === 1, count: Number(count) };
    },
    async ackRevs(id) {
      const out: Record<string, Record<number, number>> = {};
      for (const [field, n] of Object.entries(await redis.hgetall(keys.noticeAckRevs(id)))) {
        const cut = field.lastIndexOf(' ');
        const chat = field.slice(0, cut);
        (out[chat] ??= {})[Number(field.slice(cut + 1))] = Number(n);
      }
      return out;
    },
    async ackers(id, chats, now) {
      // Reads only: a pipeline, not a transaction (each chat's list is read whole in one command).
      const pipe = redis.pipeline();
      for (const chat of chats) pipe.zrangebyscore(keys.noticeAckers(id, chat), now - ACKER_KEPT_MS, '+inf');
      const rows = (await pipe.exec()) ?? [];
      const out: Record<string, { user: string; name: string; rev: number }[]> = {};
      chats.forEach((chat, i) => {
        const [err, members] = rows[i] ?? [];
        if (err || !Array.isArray(members) || !members.length) return;
        out[chat] = (members as string[]).flatMap((m) => {
          try {
            const [user, name, rev] = JSON.parse(m) as [string, string, number];
            return [{ user, name, rev: Number(rev) || 0 }];
          } catch {
            return [];
          }
        });
      });
      return out;
    },
    async ackCounts(id: string): Promise<Record<string, number>> {
      const h = await redis.hgetall(keys.noticeAckCounts(id));
      return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Number(v)]));
    },
    async ackCount(id: string, chat: string): Promise<number> {
      return Number((await redis.hget(keys.noticeAckCounts(id), chat)) ?? 0);
    },
  };
}
