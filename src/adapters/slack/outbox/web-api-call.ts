/**
 * One Web API call with its failure in the core's words (`delivery-errors.ts`). A short 429 is waited out once, the
 * channel held meanwhile; a longer one, or a second, surfaces as 'rate-limited' for the caller to wait out.
 */
import type { Logger } from '../../../core/logger.js';
import { DeliveryError } from '../../../core/outbox.js';
import { toDeliveryError } from './delivery-errors.js';
import type { Pacer } from './pacer.js';

export type WebApiCall = <T>(
  method: string,
  channel: string | undefined,
  run: () => Promise<T>,
) => Promise<T>;

/** `maxWait`: a 429 asking to wait at most this long (seconds) is waited out once. */
export function webApiCall(pace: Pacer, logger: Logger, maxWait: number): WebApiCall {
  /** One Web API call with error mapping; a short 429 is waited out once (with the channel held meanwhile). */
  return async function call<T>(
    method: string,
    channel: string | undefined,
    run: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        const mapped = toDeliveryError(err, method);
        if (mapped instanceof DeliveryError && mapped.reason === 'rate-limited') {
          const wait = mapped.retryAfterSeconds ?? 1;
          if (channel) pace.hold(channel, wait);
          if (attempt === 0 && wait <= maxWait) {
            logger.warn({ method, channel, retryAfter: wait }, 'slack rate limited; retrying once');
            await new Promise((r) => setTimeout(r, wait * 1000));
            if (channel) await pace(channel);
            continue;
          }
        }
        throw mapped;
      }
    }
  };
}
