/**
 * Updates handled at least once: claimed with a lease on arrival, marked done after their handling;
 * the replies an update sent are remembered so a replay does not send them twice.
 */

export type UpdateClaim = 'claimed' | 'reclaimed' | 'done' | 'busy';

export const updateKey = (channel: string, updateId: string) => `${channel}:${updateId}`;

export interface UpdateRepo {
  claim(channel: string, updateId: string, json: string, leaseMs: number): Promise<UpdateClaim>;
  done(channel: string, updateId: string): Promise<void>;
  /**
   * Forget a claim without marking the update done: it is kept elsewhere (the spool) or was given up, and
   * must not be recovered. Only deletes, so it works on a full Redis.
   */
  letGo(channel: string, updateId: string): Promise<void>;
  isDone(channel: string, updateId: string): Promise<boolean>;
  /** Updates whose lease ran out, now leased to the caller: id and JSON. */
  recover(
    leaseMs: number,
    max?: number,
  ): Promise<
    {
      id: string;
      json: string;
    }[]
  >;
  renew(ids: readonly string[], leaseMs: number): Promise<void>;
  /**
   * End the leases of updates claimed here and not begun (this replica stepped aside for a newer release): any
   * process's recovery takes them at once. An update finished meanwhile is not brought back.
   */
  handBack(ids: readonly string[]): Promise<void>;
  /** Updates claimed and not yet done (tests and metrics). */
  pending(): Promise<number>;
  /** The n-th reply an update sent (JSON MessageRef), if it got that far before. */
  reply(channel: string, updateId: string, n: number): Promise<string | undefined>;
  rememberReply(channel: string, updateId: string, n: number, ref: string): Promise<void>;
}
