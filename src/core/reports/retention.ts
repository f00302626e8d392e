/**
 * Retention (daily, see schedule.ts): a ticket that was resolved or closed more than the pack's
 * `retentionDays` ago is anonymised with the store's `ticket-anonymise` script — its text, summary,
 * resolution, evidence, location, the reporter's identity and private chat and every quoted text in its
 * history are removed; category, branch, urgency, state, times, rating and "solved" stay, so /stats and
 * the export count it as before. Open tickets are never touched, however old.
 *
 *   await runRetention(deps, new Date(at))
 *
 * Age is counted from the end of the handling (closedAt, else resolvedAt), not from the report. A mark in
 * Redis remembers the creation time before which every ticket is done, so a daily run reads only the
 * tickets it has not settled yet (an old ticket still open holds the mark back, nothing worse).
 */
import type { CoreDeps } from '../feature.js';
import { DAY } from './figures.js';

const PAGE = 500;

export interface RetentionReport {
  at: number;
  /** Tickets older than the cut-off that were read in this run. */
  scanned: number;
  anonymised: string[];
  /** The mark after the run (ms): every ticket created before it is anonymised or gone. */
  mark: number;
}

export async function runRetention(deps: CoreDeps, at: Date): Promise<RetentionReport> {
  const now = at.getTime();
  const cutoff = now - deps.content.get().settings.retentionDays * DAY;
  const stats = deps.store.ticketStats;
  const start = await stats.retentionMark();
  const report: RetentionReport = { at: now, scanned: 0, anonymised: [], mark: start };
  // A ticket resolved before the cut-off was created before it too.
  let settledPrefix = true;
  for (let offset = 0; ; offset += PAGE) {
    const page = await stats.created(start, cutoff, offset, PAGE);
    const tickets = new Map((await deps.store.tickets.getMany(page.map((p) => p.id))).map((t) => [t.id, t]));
    for (const { id, at: createdAt } of page) {
      report.scanned++;
      const t = tickets.get(id);
      let settled = !t || t.anonymisedAt !== undefined;
      const ended = t ? (t.closedAt ?? t.resolvedAt) : undefined;
      if (
        t &&
        !settled &&
        (t.status === 'closed' || t.status === 'resolved') &&
        ended !== undefined &&
        ended <= cutoff
      ) {
        if (await deps.store.tickets.anonymise(id, now)) report.anonymised.push(id);
        settled = true;
      }
      if (!settled) {
        // Tickets created in the same millisecond: the mark must not pass this one.
        settledPrefix = false;
        report.mark = Math.min(report.mark, createdAt);
      } else if (settledPrefix) report.mark = createdAt + 1;
    }
    if (page.length < PAGE) break;
  }
  if (report.mark > start) await stats.advanceRetentionMark(report.mark);
  if (report.anonymised.length)
    deps.logger
      .child({ job: 'retention' })
      .info({ anonymised: report.anonymised.length }, 'resolved tickets anonymised');
  return report;
}
