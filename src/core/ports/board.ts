/** The web board's one-time sign-in links and sessions. */

export interface BoardUser {
  channel: string;
  id: string;
  name?: string;
  locale?: string;
}

export interface BoardSession {
  user: BoardUser;
  csrf: string;
}

export interface BoardRepo {
  createLink(user: BoardUser, ttlSeconds: number): Promise<string>;
  /** The link's user, once; undefined when forged, expired or already used. */
  consumeLink(s: string): Promise<BoardUser | undefined>;
  createSession(
    user: BoardUser,
    ttlSeconds: number,
  ): Promise<{
    id: string;
    session: BoardSession;
  }>;
  session(id: string): Promise<BoardSession | undefined>;
  endSession(id: string): Promise<void>;
}
