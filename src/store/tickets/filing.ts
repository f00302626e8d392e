/**
 * Filing a ticket from a worker's draft (once per draft, under the reporter's rate limit), and at the end of retention
 * stripping from it what identifies or quotes the reporter.
 */
import { personKey } from '../../core/ports/groups.js';
import type { CreateOptions, CreateResult, NewTicket, TicketRepo } from '../../core/ports/tickets.js';
import type { TicketContext } from './context.js';
import { fitBytes, type Body } from './record.js';

/** A draft is remembered this long after its ticket is made (retries come within minutes). */
const DRAFT_TTL_S = 30 * 86_400;

export function filing({ redis, keys }: TicketContext): Pick<TicketRepo, 'create' | 'byDraft' | 'anonymise'> {
  return {
    /** File a ticket from a draft. Idempotent per (channel, reporter, draft): a retry returns the same id. */
    async create(input: NewTicket, options: CreateOptions): Promise<CreateResult> {
      // Only what is set: an absent field reads as its default (counters 0, flags off).
      const all: Record<string, string> = {
        draft: input.draft,
        channel: input.channel,
        reporter: input.reporter,
        reporterName: fitBytes(input.reporterName ?? ''),
        chat: input.chat,
        locale: input.locale,
        branch: input.branch,
        originBranch: input.originBranch ?? '',
        originChat: input.originChat ?? '',
        follows: input.follows ?? '',
        area: input.area ?? '',
        category: input.category,
        urgency: input.urgency,
        confidence: String(Math.round(input.confidence * 100) / 100),
        categorySkipped: input.categorySkipped ? '1' : '',
        anonymous: input.anonymous ? '1' : '',
        contact: input.contact ? '1' : '',
        summary: fitBytes(input.summary),
        location: input.location
          ? JSON.stringify({ lat: +input.location.lat.toFixed(6), lon: +input.location.lon.toFixed(6) })
          : '',
        similar: input.similar ? String(input.similar) : '',
        respondBy: String(input.respondBy),
        resolveBy: String(input.resolveBy),
        fm: options.day?.slice(0, 7) ?? '',
        fd: options.day ?? '',
      };
      const fields = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== ''));
      const body: Body = { text: input.text, evidence: input.evidence };
      const reply = await redis.ticketCreate(
        keys.ticketDraft(input.channel, input.reporter, input.draft),
        keys.ticketSeq(options.numberPrefix.replace(/-$/, '')),
        keys.ticketsCreated(),
        keys.ticketsDue(),
        keys.workerTickets(input.channel, input.reporter),
        keys.ticketsPending(),
        keys.branchQueue(input.branch),
        '',
        String(options.now),
        personKey(input.channel, input.reporter),
        '',
        'worker',
        keys.ticketPrefix(),
        options.numberPrefix,
        String(options.limit),
        String(options.now - options.windowMs),
        String(DRAFT_TTL_S),
        JSON.stringify(fields),
        JSON.stringify(body),
      );
      const [status, value] = reply as [string, string];
      if (status === 'rate-limited') return { status, count: Number(value) };
      return { status: status as 'created' | 'exists', id: value };
    },

    /** The ticket a draft became, if it was filed. */
    async byDraft(channel: string, reporter: string, draft: string): Promise<string | undefined> {
      return (await redis.get(keys.ticketDraft(channel, reporter, draft))) ?? undefined;
    },

    /** Retention: strip what identifies or quotes the reporter (see lua/ticket-anonymise-4.lua). */
    async anonymise(id: string, now: number): Promise<boolean> {
      const [channel, reporter] = await redis.hmget(keys.ticket(id), 'channel', 'reporter');
      const worker = keys.workerTickets(channel ?? '', reporter ?? '');
      // The script checks the reporter is still the one read here (so the index named is theirs).
      return (
        (await redis.ticketAnonymise(
          keys.ticket(id),
          keys.ticketEvents(id),
          worker,
          keys.ticketBody(id),
          String(now),
          `${channel ?? ''}:${reporter ?? ''}`,
        )) === 1
      );
    },
  };
}
