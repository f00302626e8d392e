/**
 * How fast the delivery engine may send, per channel, and how it retries. Every figure can be
 * overridden when the engine is created (tests and the benchmark shrink or stretch them).
 *
 *   resolveLimits({ channels: { slack: { perChat: { count: 1, windowMs: 1000 } } }, maxAttempts: 3 })
 */
import type { Channel } from '../types.js';

/** At most `count` requests in any `windowMs` (a sliding window). */
export interface Rate {
  count: number;
  windowMs: number;
}

export interface ChannelLimits {
  /** All requests of the bot on the channel (sends, pins, progress edits). */
  global: Rate;
  /** Requests into one group or channel. */
  perChat: Rate;
  /** Requests into one private chat (default: perChat). */
  perPrivateChat?: Rate;
  /**
   * Slots of the overall window bulk work leaves free while interactive traffic (replies, edits) is
   * active, so a worker's answer rarely waits; and while an answer does wait, bulk work yields.
   */
  interactiveReserve: number;
}

export interface Limits {
  channels: Record<Channel, ChannelLimits>;
  /**
   * Added to every window, for platforms whose own windows are fuzzier than they say. Not needed for
   * jitter: a slot counts from the platform's answer, never earlier than the platform saw the request.
   */
  marginMs: number;
  /** Sends in flight per channel per process. */
  concurrency: number;
  /** A claimed job is someone's for this long; after it a crashed process's job is sent again. */
  leaseMs: number;
  /**
   * A send that has not answered by then counts as a transient failure (and its slot as used for this
   * long, since the request may still arrive). Keep it well under `leaseMs`.
   */
  sendTimeoutMs: number;
  /** Tries per job before a transient error becomes a failure. */
  maxAttempts: number;
  /** Back-off after the n-th transient failure: base · 2^(n-1), at most max, ±25 % jitter. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Least time between two edits of a progress message (the last edit always happens). */
  progressEveryMs: number;
  /** How often an idle process looks for work queued by other processes. */
  pollMs: number;
  /** How long a finished broadcast's status is kept. */
  retentionMs: number;
  /** Interactive traffic counts as active (bulk leaves the reserve) for this long after its last request. */
  interactiveHotMs: number;
  /**
   * How long an interactive request may wait for a slot or a retry_after before it gives up here (a
   * reply is then queued for a durable retry through the delivery queue).
   */
  interactiveWaitMs: number;
}

export type LimitsInput = Partial<Omit<Limits, 'channels'>> & {
  channels?: Partial<Record<Channel, Partial<ChannelLimits>>>;
};

export const DEFAULT_LIMITS: Limits = {
  channels: {
    // Telegram: about 30 messages a second in all, 20 a minute into one group.
    // A private chat: about one a second, short bursts allowed (3 in any 3 s).
    telegram: {
      global: { count: 30, windowMs: 1000 },
      perChat: { count: 20, windowMs: 60_000 },
      perPrivateChat: { count: 3, windowMs: 3000 },
      interactiveReserve: 2,
    },
    // Slack: chat.postMessage allows about one message a second per channel, with short bursts.
    slack: {
      global: { count: 20, windowMs: 1000 },
      perChat: { count: 1, windowMs: 1000 },
      interactiveReserve: 2,
    },
    console: {
      global: { count: 1000, windowMs: 1000 },
      perChat: { count: 1000, windowMs: 1000 },
      interactiveReserve: 0,
    },
  },
  marginMs: 0,
  concurrency: 10,
  leaseMs: 60_000,
  sendTimeoutMs: 30_000,
  maxAttempts: 5,
  backoffBaseMs: 2_000,
  backoffMaxMs: 120_000,
  progressEveryMs: 2_000,
  pollMs: 1_000,
  retentionMs: 90 * 86_400_000,
  interactiveHotMs: 5_000,
  interactiveWaitMs: 20_000,
};

export function resolveLimits(input: LimitsInput = {}): Limits {
  const { channels, ...rest } = input;
  const merged: Limits = { ...DEFAULT_LIMITS, ...rest, channels: { ...DEFAULT_LIMITS.channels } };
  for (const [channel, c] of Object.entries(channels ?? {}) as [Channel, Partial<ChannelLimits>][]) {
    merged.channels[channel] = { ...DEFAULT_LIMITS.channels[channel], ...c };
  }
  for (const [channel, c] of Object.entries(merged.channels)) {
    for (const rate of [c.global, c.perChat, c.perPrivateChat ?? c.perChat]) {
      if (!(rate.count >= 1 && rate.windowMs >= 1))
        throw new Error(`delivery limits for ${channel}: count and windowMs must be positive`);
    }
  }
  if (merged.sendTimeoutMs >= merged.leaseMs)
    throw new Error('delivery limits: sendTimeoutMs must be shorter than leaseMs');
  return merged;
}

/** A person's private chat with the bot (Telegram: a positive id; Slack: a user or DM id). */
export function isPrivateChat(channel: Channel, chatId: string): boolean {
  if (channel === 'telegram') return /^\d+$/.test(chatId);
  if (channel === 'slack') return /^[UWD][A-Z0-9]+$/.test(chatId);
  return false;
}

/** The windows as the store's scripts take them, widened by the margin; `chatId` picks the private-chat rate. */
export function windowsOf(limits: Limits, channel: Channel, chatId?: string) {
  const c = limits.channels[channel];
  const chat =
    chatId !== undefined && isPrivateChat(channel, chatId) ? (c.perPrivateChat ?? c.perChat) : c.perChat;
  return {
    channelCount: c.global.count,
    channelWindowMs: c.global.windowMs + limits.marginMs,
    chatCount: chat.count,
    chatWindowMs: chat.windowMs + limits.marginMs,
    reserve: c.interactiveReserve,
  };
}

/** Delay before try n+1 after n transient failures. */
export function backoffMs(limits: Limits, failures: number, random: () => number): number {
  const base = Math.min(limits.backoffMaxMs, limits.backoffBaseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}
