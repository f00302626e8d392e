/**
 * Delivery state: the bulk-sending queue per channel, send slots in sliding windows (one budget per
 * token), pauses after a 429, and each broadcast's record and progress message.
 */

/** A channel's limits as the scripts take them: slots per sliding window, for the channel and for one chat. */
export interface WindowLimits {
  channelCount: number;
  channelWindowMs: number;
  chatCount: number;
  chatWindowMs: number;
  /** Slots of the channel window bulk work leaves to interactive traffic while it is active. */
  reserve?: number;
}

/** Who asks for a slot: interactive traffic goes first, bulk work takes what it leaves. */
export type SlotPriority = { kind: 'bulk' } | { kind: 'interactive'; waiter: string; hotMs: number };

export type Claim =
  | {
      type: 'job';
      job: string;
      broadcast: string;
      chat: string;
      payload: string;
      /** The lease token: retry and fail act only for the lease's holder. */
      token: string;
      attempts: number;
      depth: number;
      /** The send slots taken, to settle when the platform answers. */
      slots: string;
    }
  | { type: 'wait'; ms: number; depth: number }
  | { type: 'empty'; depth: number };

export interface BroadcastRecord {
  meta: Record<string, string>;
  refs: Record<string, string>;
  failed: Record<string, string>;
  /** The chats whose job ended `unsure` (every try had no answer: it may be there); read only when some try had none. */
  unsure: string[];
}

export interface DeliveryRepo {
  /** Queue jobs of one broadcast on one channel; returns how many were new. */
  enqueue(b: {
    id: string;
    kind: string;
    channel: string;
    delayMs: number;
    /** Queue ahead of everything else (a reply that could not be sent at once). */
    first?: boolean;
    progress?: string;
    jobs: {
      chat: string;
      payload: string;
    }[];
  }): Promise<number>;
  /** `holdMs`: how long a slot counts as in flight if nobody settles it (the send timeout). */
  claim(
    channel: string,
    limits: WindowLimits,
    options: {
      leaseMs: number;
      scan: number;
      holdMs: number;
    },
  ): Promise<Claim>;
  /** Take send slots for a request outside a job (a pin, a progress edit): `slots` when taken, else the wait. */
  acquire(
    channel: string,
    chat: string,
    limits: WindowLimits,
    o: {
      cost?: number;
      holdMs: number;
      priority?: SlotPriority;
    },
  ): Promise<
    | {
        taken: true;
        slots: string;
      }
    | {
        taken: false;
        waitMs: number;
        scope: 'channel' | 'chat';
      }
  >;
  /** The platform answered the requests of these slots: they count from now for one window. */
  settle(channel: string, chat: string, limits: WindowLimits, slots: string): Promise<void>;
  complete(
    id: string,
    channel: string,
    chat: string,
    ref: string,
    keepMs: number,
  ): Promise<{
    first: boolean;
    finished: boolean;
  }>;
  retry(
    id: string,
    channel: string,
    chat: string,
    token: string,
    o: {
      delayMs: number;
      countAttempt: boolean;
      pauseMs: number;
      keepMs: number;
      /** This try had no answer and may have reached the chat: the chat is noted (`maybeSent`). */
      maybeSent?: boolean;
    },
  ): Promise<{
    requeued: boolean;
    attempts: number;
    finished: boolean;
  }>;
  fail(
    id: string,
    channel: string,
    chat: string,
    token: string,
    failure: string,
    keepMs: number,
    /** This try had no answer and may have reached the chat. */
    maybeSent?: boolean,
  ): Promise<{
    recorded: boolean;
    finished: boolean;
    /** It ended `unsure`, not failed: this try or an earlier one may have reached the chat. */
    unsure: boolean;
  }>;
  /** Whether a try of the broadcast may have reached the chat with no answer. */
  maybeSent(id: string, chat: string): Promise<boolean>;
  /** New payloads for jobs not sent yet (`jobs`: chat and payload); returns how many of them were not being sent right now. */
  revise(id: string, jobs: { chat: string; payload: string }[]): Promise<number>;
  /** `reason` ('expired') is kept with the broadcast for its progress message; `chats`: those whose jobs were cancelled. */
  cancel(
    id: string,
    channel: string,
    keepMs: number,
    reason?: string,
  ): Promise<{
    known: boolean;
    cancelled: number;
    finished: boolean;
    chats: string[];
  }>;
  /** How long the channel still honours a retry_after (ms; 0 when it may send). */
  pausedFor(channel: string): Promise<number>;
  /** Pause a channel (a 429 outside a job); an existing longer pause is kept. */
  pause(channel: string, ms: number): Promise<void>;
  /** A broadcast's hash, states, refs and failures (`refs: false` skips the refs, the biggest part). */
  read(
    id: string,
    options?: {
      refs?: boolean;
    },
  ): Promise<BroadcastRecord | undefined>;
  /** Just the broadcast's hash (counters, progress target and message). */
  meta(id: string): Promise<Record<string, string> | undefined>;
  /** Jobs queued or being sent on a channel. */
  depth(channel: string): Promise<number>;
  /** True for the one caller that gets to send a broadcast's progress message. */
  claimProgressMessage(id: string): Promise<boolean>;
  setProgressRef(id: string, ref: string): Promise<void>;
  /** True when no progress edit happened within `ms` (and marks one now). */
  progressDue(id: string, ms: number): Promise<boolean>;
  /** A short lock around reading the counts and editing the progress message, so edits land in order. */
  lockProgress(id: string, ms: number): Promise<string | undefined>;
  unlockProgress(id: string, token: string): Promise<void>;
}
