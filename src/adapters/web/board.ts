/**
 * The web board (docs/board.md): server-rendered pages for secretaries and organisers, mounted under
 * /board on the bot's HTTP server. Hono: a small, kept router with cookies and typed context that runs
 * on node:http through @hono/node-server, so the existing /healthz and webhook server stays as it is.
 *
 * Every request is authorised from the content pack at that moment (identify), never from the session:
 * the session only says who signed in. Actions go through `staffAction`, the function the chat buttons
 * use, so the triage card in the chat is edited by the same effects.
 *
 * One module per page: auth.ts (errors, headers, assets, sign-in, the session check), queue.ts, ticket.ts,
 * figures.ts, stations.ts, notices.ts, gaps.ts; shell.ts holds what they share (layout, helpers).
 */
import { Hono } from 'hono';
import { mountFront, mountSession } from './auth.js';
import { mountFigures } from './figures.js';
import { mountGaps } from './gaps.js';
import { mountNotices } from './notices.js';
import { mountQueue } from './queue.js';
import { createShell, type Board, type BoardOptions, type Env } from './shell.js';
import { mountStations } from './stations.js';
import { mountTicket } from './ticket.js';

export { SESSION_COOKIE } from './auth.js';
export { CATEGORY_COLOURS, categoryColour } from './figures.js';
export { BOARD_PAGE_SIZE } from './queue.js';
export type { BoardOptions } from './shell.js';
export { DEFAULT_TILE_ATTRIBUTION, tileSource } from './stations.js';

export function createBoard(o: BoardOptions): Board {
  const s = createShell(o);
  const board: Board = new Hono<Env>().basePath('/board');
  // Order matters: what answers without a session first, then the session check, then the pages.
  mountFront(board, s);
  mountSession(board, s);
  mountQueue(board, s);
  mountTicket(board, s);
  mountFigures(board, s);
  mountStations(board, s);
  mountNotices(board, s);
  mountGaps(board, s);
  return board;
}
