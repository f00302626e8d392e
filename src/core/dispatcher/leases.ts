/** The updates this process holds (claimed, not done), whose leases are renewed while they are held. */
import type { Logger } from '../logger.js';
import type { UpdateRepo } from '../ports/updates.js';

export interface Leases {
  /** This process holds the update (one more hold): its lease is renewed until it is released. */
  hold(id: string): void;
  /** One hold less; the renewal stops once nothing is held. */
  release(id: string): void;
  /**
   * Whether this process holds the update now. Its lease may have lapsed meanwhile (a renewal late on a starved
   * CPU): it is still being handled here, so neither a redelivery nor this process's recovery may handle it again.
   */
  holds(id: string): boolean;
}

export function createLeases(updates: UpdateRepo, leaseMs: number, logger: Logger): Leases {
  /** Updates this process holds (claimed, not done) → how many holds; their leases are renewed. */
  const held = new Map<string, number>();
  let renewer: NodeJS.Timeout | undefined;

  function hold(id: string): void {
    held.set(id, (held.get(id) ?? 0) + 1);
    renewer ??= setInterval(
      () => {
        updates
          .renew([...held.keys()], leaseMs)
          .catch((err: unknown) => logger.warn({ err: (err as Error).message }, 'update leases not renewed'));
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    renewer.unref();
  }
  function release(id: string): void {
    const n = (held.get(id) ?? 1) - 1;
    if (n > 0) held.set(id, n);
    else held.delete(id);
    if (!held.size && renewer) {
      clearInterval(renewer);
      renewer = undefined;
    }
  }
  return { hold, release, holds: (id) => held.has(id) };
}
