/**
 * Figures counters per branch and local month of creation (docs/board.md "Figures counters"), kept by the
 * store's ticket transitions, so figures read O(branches × months) records whatever the number of tickets.
 */

/** Counter name → value (absent counters are 0); see `figuresFromCounts` in core/reports/figures.ts. */
export type FigureCounts = Record<string, number>;

export interface FiguresRepo {
  /** Each cell's counters, with the deadline counts as `z:unresp`, `z:unres`, `z:await`, `z:awaitDone`, `z:awaitOnDone`. */
  counts(
    cells: readonly { branch: string; month: string }[],
    now: number,
    windowMs: number,
  ): Promise<FigureCounts[]>;
  /** Tickets created on each local day, as `branch|category|area` → count. */
  days(dates: readonly string[]): Promise<Record<string, number>[]>;
  /** Whether every ticket is in the counters (the one-off backfill has run, or the store began with them). */
  counted(): Promise<boolean>;
  /** Count tickets created before the counters existed (each once, whoever runs it); how many were counted. */
  backfill(tickets: readonly { id: string; day: string }[]): Promise<number>;
  markCounted(): Promise<void>;
}
