/**
 * Ports for running several bot processes on one Redis (implemented in store/replicas.ts):
 *
 * - a **lease** names the one process that holds a role (the Telegram long poller), renewed while held;
 * - a chat's **turn** lets only one process at a time handle an update of a chat, oldest update first;
 * - the **release level** kept is the highest any replica started with, so an older one steps aside (core/release.ts).
 *
 * Tokens are fencing values: a holder releases or renews only with its own token, so a process that was
 * paused past its lease can never release what another now holds.
 */
export interface LeasePort {
  /** Take the lease or renew it if `token` holds it; false when another holder has it. */
  take(name: string, token: string, ms: number): Promise<boolean>;
  /** Give it back now (only if `token` still holds it). */
  release(name: string, token: string): Promise<void>;
}

export interface ReleasePort {
  /** Keep `level` unless a higher one is kept (one atomic step); returns the level kept now. */
  record(level: number): Promise<number>;
}

export interface TurnPort {
  /** Queue for (or refresh a place in) the chat's line; true when it is this update's turn (lock taken). */
  take(chat: ChatRef, token: string, seq: number, lockMs: number, waitMs: number): Promise<boolean>;
  /** Keep the turn while the update is still being handled; false when it was lost (expired). */
  renew(chat: ChatRef, token: string, ms: number): Promise<boolean>;
  /** Finish the turn (the lock is freed for the next update of the chat). */
  release(chat: ChatRef, token: string): Promise<void>;
  /** Leave the line without taking a turn. */
  leave(chat: ChatRef, token: string): Promise<void>;
}

export interface ChatRef {
  channel: string;
  chatId: string;
}
