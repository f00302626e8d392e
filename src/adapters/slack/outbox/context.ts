/**
 * What the outbox's parts share, built once from its dependencies: the Web API client, the DM directory and the
 * pacer; one Web API call with its failure mapped (`web-api-call.ts`); a card rendered with the adapter's command
 * names; the adapter's own words (an alert's close button, a picture's alt text).
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../core/logger.js';
import type { Metrics } from '../../../core/metrics.js';
import type { SlackOutboxDeps } from '../outbox.js';
import { renderSlack as renderCard } from '../render.js';
import type { ImDirectory } from './im-directory.js';
import type { Pacer } from './pacer.js';
import { webApiCall, type WebApiCall } from './web-api-call.js';

export type WebClient = webApi.WebClient;

/** A file Slack holds (one a person sent): shown in an image block, fetched for the board. */
export const FILE_ID = /^F[A-Z0-9]+$/;

/** The adapter's own words when no `say` is given (tests of the outbox alone). */
const ZH_WORDS: Record<string, string> = { 'slack-alert-close': '知道了', 'slack-photo-alt': '照片' };

export interface OutboxContext {
  deps: SlackOutboxDeps;
  client: WebClient;
  ims: ImDirectory;
  pace: Pacer;
  metrics: Metrics;
  logger: Logger;
  call: WebApiCall;
  renderSlack: (card: Parameters<typeof renderCard>[0]) => ReturnType<typeof renderCard>;
  say: NonNullable<SlackOutboxDeps['say']>;
  altText: (about: string) => string;
}

export function outboxContext(deps: SlackOutboxDeps): OutboxContext {
  const { client, ims, pace, metrics, logger } = deps;
  const maxWait = deps.maxRateLimitWaitSeconds ?? 5;
  const renderSlack = (card: Parameters<typeof renderCard>[0]) =>
    renderCard(card, deps.command ? { command: deps.command } : {});
  const call = webApiCall(pace, logger, maxWait);

  const say = deps.say ?? ((_lang: string | undefined, id: string) => ZH_WORDS[id] ?? '');
  /** A picture's alt text (what a screen reader says of it): its caption or the card's first line, else "照片". */
  const altText = (about: string) =>
    [...(about.trim() || say(undefined, 'slack-photo-alt'))].slice(0, 1900).join('');

  return { deps, client, ims, pace, metrics, logger, call, renderSlack, say, altText };
}
