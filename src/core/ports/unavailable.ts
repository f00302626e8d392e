/**
 * Is this error "Redis cannot be reached right now" (as opposed to a bug or a bad command)? The core
 * keeps such updates in its spool and replays them when Redis is back (see core/spool.ts).
 *
 *   isStoreUnavailable(new Error('Connection is closed.'))  // true
 */
const TRANSIENT =
  /Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Stream isn't writeable|^LOADING|^MASTERDOWN|^TRYAGAIN|^CLUSTERDOWN|^READONLY/;

export function isStoreUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'MaxRetriesPerRequestError') return true;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH)$/.test(code))
    return true;
  return TRANSIENT.test(err.message);
}

/**
 * Is this error "Redis is full" (`maxmemory` reached with `noeviction`: every write refused, reads and deletes
 * still work)? The core keeps such an update in its spool, as in an outage, and replays it once a write succeeds.
 */
export function isStoreFull(err: unknown): boolean {
  return err instanceof Error && /\bOOM command not allowed/.test(err.message);
}
