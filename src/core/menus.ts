/**
 * The port through which an adapter remembers which command menus it has published (by a hash of their
 * content), so unchanged menus are not sent again on every start of every process.
 */
export interface MenuState {
  /** Menu key → hash of the commands last published under it. */
  published(channel: string): Promise<Map<string, string>>;
  record(channel: string, key: string, hash: string): Promise<void>;
  forget(channel: string, key: string): Promise<void>;
}
