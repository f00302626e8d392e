/**
 * What the organisers were last told of the content pack's live reloads, shared by every process on the
 * Redis: `bad:<hash of the problems>` after an invalid edit was told, `ok` once a valid one was. Every
 * replica watches the same files and loads the same edit; the one whose telling changes this value tells.
 */
export interface ContentStatusRepo {
  /**
   * Record `state` and return the state recorded before (undefined: none), in one atomic step (SET … GET):
   * of processes recording the same state at once, exactly one sees a different one before it.
   */
  told(state: string): Promise<string | undefined>;
  /**
   * Mark a version of the pack (its digest) as checked for what it leaves behind (core/content/left-behind.ts):
   * true for the one process that marks it first (SET NX), so the organisers hear of it once, not per replica.
   */
  firstCheckOf(digest: string): Promise<boolean>;
  /**
   * Record the names this pack gives its branches or categories (id → name, JSON of each locale's) and return
   * every name recorded so far, this pack's and earlier ones', in one step: an id a new pack dropped keeps the
   * name it last had, for the cards of tickets and groups that still name it.
   */
  names(kind: 'branch' | 'category', current: Record<string, string>): Promise<Record<string, string>>;
}
