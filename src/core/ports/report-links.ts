/** Report links: a short token per group for the private /report deep link, and the group it stands for. */

export interface ReportLinkRepo {
  /** The token of a group (`channel:chatId`), made on first use. */
  tokenFor(chat: string): Promise<string>;
  /** The group a token stands for. */
  chatOf(token: string): Promise<string | undefined>;
  /**
   * Words a worker told where they could not be reported (a group's "/report 站点扣了我500块", an emergency told
   * there, a story too long for the FAQ), kept for their private report: one per person (`channel:user`), the
   * newest, for `ttlSeconds`.
   */
  keepWords(person: string, words: KeptWords, ttlSeconds: number): Promise<void>;
  /** The kept words, taken (read and deleted at once, so they start one report only). */
  takeWords(person: string): Promise<KeptWords | undefined>;
}

export interface KeptWords {
  text: string;
  /** The group they were told in (`channel:chatId`), when in one. */
  chat?: string;
  /** Characters of the message that did not arrive (cut on arrival): the report asks for them. */
  missing?: number;
}
