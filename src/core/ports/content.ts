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
}
