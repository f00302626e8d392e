/** Report links: a short token per group for the private /report deep link, and the group it stands for. */

export interface ReportLinkRepo {
  /** The token of a group (`channel:chatId`), made on first use. */
  tokenFor(chat: string): Promise<string>;
  /** The group a token stands for. */
  chatOf(token: string): Promise<string | undefined>;
}
