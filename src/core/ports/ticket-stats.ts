/**
 * Reads over the ticket indexes for the sweeps, /stats, the CSV export and retention (nothing here
 * changes a ticket), and the retention job's high-water mark.
 */

export interface Scored {
  id: string;
  /** The index's score: the next deadline (due index) or the creation time (created index), ms. */
  at: number;
}

export interface TicketStatsRepo {
  /** Open tickets whose next deadline is in [from, to), soonest first, one page. */
  due(from: number, to: number, offset: number, limit: number): Promise<Scored[]>;
  /** Tickets created in [from, to), oldest first, one page, with their creation times. */
  created(from: number, to: number, offset: number, limit: number): Promise<Scored[]>;
  /** A few fields of many tickets (a light read before loading whole records); missing → ''. */
  fields<F extends string>(
    ids: readonly string[],
    names: readonly F[],
  ): Promise<
    ({
      id: string;
    } & Record<F, string>)[]
  >;
  /** Retention's mark: every ticket created before it is anonymised (or gone); 0 at first. */
  retentionMark(): Promise<number>;
  /** Move the mark forward (never back: two runs at once cannot undo each other's progress). */
  advanceRetentionMark(to: number): Promise<boolean>;
}
