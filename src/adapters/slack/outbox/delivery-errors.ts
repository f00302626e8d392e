/**
 * A Web API failure in the core's words: a DeliveryError with a platform-neutral reason (not-found, forbidden,
 * transient, rate-limited, bad-request), so the core can tell "the app was removed from the channel" from "try again".
 */
import { DeliveryError } from '../../../core/outbox.js';

const NOT_FOUND = new Set([
  'channel_not_found',
  'message_not_found',
  'thread_not_found',
  'user_not_found',
  'users_not_found',
  'file_not_found',
  'no_such_message',
]);
const FORBIDDEN = new Set([
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'cannot_dm_bot',
  'user_disabled',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'invalid_auth',
  'not_authed',
  'missing_scope',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'cant_update_message',
  'edit_window_closed',
  'ekm_access_denied',
  'team_access_not_granted',
  'not_allowed_token_type',
]);
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

/** Error-like objects from @slack/web-api, recognised by their `code` (the package's own classes are CJS internals). */
interface SlackApiError extends Error {
  code?: string;
  data?: { error?: string; response_metadata?: { messages?: string[] } };
  retryAfter?: number;
  statusCode?: number;
  /** A request error's cause (axios): its `code` says whether a connection was made. */
  original?: { code?: string; cause?: { code?: string } };
}

/** Failures before any byte of the request left: Slack never saw it (refused, no route, no such host). */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether a request error came before the connection was made, so the request cannot have been taken. */
function neverConnected(e: SlackApiError): boolean {
  const code = e.original?.code ?? e.original?.cause?.code;
  return code !== undefined && NOT_CONNECTED.has(code);
}

/** Map a Web API failure to the core's vocabulary; anything else is returned unchanged. */
export function toDeliveryError(err: unknown, method = 'slack'): unknown {
  if (err instanceof DeliveryError) return err;
  const e = err as SlackApiError;
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return new DeliveryError(`slack ${method}: rate limited`, 'rate-limited', e.retryAfter);
    case 'slack_webapi_request_error':
      // The request may have been taken before the connection failed, unless it was never made.
      return new DeliveryError(
        `slack ${method}: unreachable: ${e.message}`,
        'transient',
        undefined,
        undefined,
        !neverConnected(e),
      );
    case 'slack_webapi_http_error':
      return new DeliveryError(
        `slack ${method}: HTTP ${e.statusCode}`,
        (e.statusCode ?? 500) >= 500 ? 'transient' : 'bad-request',
      );
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_error';
      const what = `slack ${method}: ${code}`;
      if (code === 'ratelimited' || code === 'rate_limited')
        return new DeliveryError(what, 'rate-limited', 1);
      if (NOT_FOUND.has(code)) return new DeliveryError(what, 'not-found');
      if (FORBIDDEN.has(code)) return new DeliveryError(what, 'forbidden');
      if (TRANSIENT.has(code)) return new DeliveryError(what, 'transient');
      return new DeliveryError(what, 'bad-request');
    }
    default:
      return err;
  }
}

/** The Web API's own error code, for a log line. */
export const platformCode = (err: unknown): string | undefined => (err as SlackApiError)?.data?.error;
