/**
 * Where the FAQ hands things to people: a question the bot could not answer, passed to a branch, and a
 * one-tap station problem ("closed", "no hot water", "full"), passed to the branch that runs the station.
 *
 * This is the seam for the report queue: today both are stored (questions in Redis) and announced in the
 * branch's triage chat; when tickets exist, a Handoff that opens a ticket replaces `createHandoff`
 * (pass it to `faqFeature({ handoff })`) and nothing else in the FAQ changes.
 */
import { bold, type Card } from '../card.js';
import type { Branch, Station } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Locale } from '../content/schema.js';
import { maskText } from '../mask.js';
import type { Channel } from '../types.js';
import type { ForwardedQuestion, StationProblem } from '../../store/faq.js';

export interface QuestionHandoff {
  branch: Branch;
  question: ForwardedQuestion;
  channel: Channel;
}

export interface StationProblemHandoff {
  station: Station;
  branch: Branch;
  problem: StationProblem;
  /** Reports of this problem today, this one included. */
  count: number;
  channel: Channel;
}

export interface Handoff {
  question(h: QuestionHandoff): Promise<void>;
  stationProblem(h: StationProblemHandoff): Promise<void>;
}

/** The triage chat of a branch on a channel, falling back to the district's. */
export function triageAddress(deps: CoreDeps, branch: Branch, channel: Channel) {
  const pack = deps.content.get();
  const district = pack.branches.find((b) => b.kind === 'district');
  const ref = branch.triage[channel] ?? district?.triage[channel];
  return ref ? { channel, chatId: ref.chat, ...(ref.thread ? { threadId: ref.thread } : {}) } : undefined;
}

/** Store and announce; the triage chat reads the bot's default language. */
export function createHandoff(deps: CoreDeps, locale: Locale = 'zh-CN'): Handoff {
  const t = (id: string, args?: Record<string, string>) => deps.i18n.t(locale, id, args);
  async function announce(branch: Branch, channel: Channel, card: Card): Promise<void> {
    const to = triageAddress(deps, branch, channel);
    if (!to) {
      deps.logger.warn({ branch: branch.id, channel }, 'no triage chat to announce to');
      return;
    }
    try {
      await deps.outbox.send(to, card);
    } catch (err) {
      // The record is stored; a failed announcement must not lose it or fail the worker's press.
      deps.logger.warn({ err, branch: branch.id }, 'triage announcement failed');
    }
  }
  return {
    async question({ branch, question, channel }) {
      await deps.store.faq.forward(branch.id, question);
      const where = question.chatTitle ?? t('faq-forwarded-private');
      await announce(branch, channel, {
        text: [
          bold(t('faq-forwarded-title')),
          '\n',
          maskText(question.question),
          '\n',
          t('faq-forwarded-from', { where }),
        ],
      });
    },
    async stationProblem({ station, branch, problem, count, channel }) {
      // One announcement per problem per day; later reports only raise the count shown to askers.
      if (count !== 1) return;
      await announce(branch, channel, {
        text: [
          bold(
            t('faq-report-triage', {
              station: station.name,
              what: t(`faq-report-${problem}`),
              count: String(count),
            }),
          ),
          '\n',
          t('faq-report-triage-where', { address: station.address }),
        ],
      });
    },
  };
}
