/**
 * A Telegram Bot API stand-in that ENFORCES the flood limits: at most `global.count` message requests in
 * any sliding `global.windowMs`, `perChat.count` per group in `perChat.windowMs` and `perPrivateChat.count`
 * per private chat (a positive id) in its window (Telegram: 30 a second, 20 a minute into a group, about
 * one a second into a private chat with short bursts). A request over a limit is answered like the real server:
 * 429 `Too Many Requests: retry after N` with `parameters.retry_after`. It records every request with
 * its arrival time, so a benchmark or a test can count rejections, duplicates and misses, and check the
 * windows of what was accepted.
 *
 *   const api = await startLimitedBotApi({ limits: TELEGRAM_LIMITS });
 *   const bot = new Api(api.token, { apiRoot: api.apiRoot });   // real grammY, no network
 *   … api.accepted('sendMessage').length, api.rejected429, api.deliveries()
 *
 * Scripted trouble for tests: `forbid(chat)` (the bot was kicked: 403), `failNext(chat, n)` (500s),
 * `storm(ms)` (every message request answered 429 for a while), `latencyMs` (slow answers).
 * Standalone (no test framework), so the benchmark and child processes can use it too.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Rate {
  count: number;
  windowMs: number;
}

export const TELEGRAM_LIMITS = {
  global: { count: 30, windowMs: 1000 },
  perChat: { count: 20, windowMs: 60_000 },
  perPrivateChat: { count: 3, windowMs: 3000 },
} as const;

/** Requests that put a message in a chat, or change one: these count against the flood limits. */
export const MESSAGE_METHODS = new Set([
  'sendMessage',
  'sendPhoto',
  'sendVenue',
  'sendDocument',
  'sendLocation',
  'copyMessage',
  'forwardMessage',
  'editMessageText',
  'editMessageReplyMarkup',
  'pinChatMessage',
]);

export interface RecordedRequest {
  method: string;
  chat: string;
  /** Arrival, ms on a monotonic clock (performance.now()). */
  at: number;
  status: number;
  text?: string;
  messageId?: number;
  /** Bytes of the file uploaded with the request (multipart), when there was one. */
  fileBytes?: number;
}

export interface LimitedBotApiOptions {
  limits?: { global?: Rate; perChat?: Rate; perPrivateChat?: Rate };
  /** Delay before each answer (the request is judged and recorded on arrival). */
  latencyMs?: number;
  token?: string;
}

export interface LimitedBotApi {
  apiRoot: string;
  token: string;
  requests: RecordedRequest[];
  /** 429 answers given so far. */
  readonly rejected429: number;
  /** Accepted requests of a method (default sendMessage). */
  accepted(method?: string): RecordedRequest[];
  /** chat → accepted sendMessage count. */
  deliveries(): Map<string, number>;
  /** The most requests accepted in any window of `rate`, overall or (perChat) in one chat. */
  maxInWindow(
    rate: Rate,
    options?: { perChat?: boolean; methods?: Set<string>; chats?: (chat: string) => boolean },
  ): number;
  forbid(chat: string): void;
  failNext(chat: string, times: number, error?: { code: number; description: string }): void;
  /** Answer every message request with 429 for `ms` (retry_after rounded up to seconds). */
  storm(ms: number): void;
  close(): Promise<void>;
}

function chatOf(body: Record<string, unknown>): string {
  const c = body.chat_id;
  return c === undefined ? '' : String(c);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  const raw = bytes.toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!raw) return {};
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes('multipart/form-data')) {
    // Enough of multipart for our needs: the plain fields (chat_id, caption…), and the file's size.
    const out: Record<string, unknown> = {};
    for (const m of raw.matchAll(/name="([^"]+)"\r\n\r\n([^\r]*)\r\n/g)) out[m[1]!] = m[2];
    const boundary = /boundary=(.+)$/.exec(type)?.[1];
    const fileHead = bytes.indexOf('filename=');
    if (boundary && fileHead >= 0) {
      const start = bytes.indexOf('\r\n\r\n', fileHead) + 4;
      const end = bytes.indexOf(`\r\n--${boundary}`, start);
      out.__fileBytes = end - start;
    }
    return out;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

export async function startLimitedBotApi(options: LimitedBotApiOptions = {}): Promise<LimitedBotApi> {
  const token = options.token ?? '123456789:AAFakeLimitedTokenForBench_abcdefghij';
  const { global, perChat, perPrivateChat } = options.limits ?? {};
  const chatRate = (chat: string) => (Number(chat) > 0 && perPrivateChat ? perPrivateChat : perChat);
  const requests: RecordedRequest[] = [];
  const acceptedAll: number[] = [];
  const acceptedByChat = new Map<string, number[]>();
  const forbidden = new Set<string>();
  const failures = new Map<string, { times: number; code: number; description: string }>();
  const messageIds = new Map<string, number>();
  let stormUntil = 0;
  let rejected429 = 0;

  /** Wait (ms) until one more request fits in the window, 0 when it fits now; old entries are dropped. */
  function over(times: number[], rate: Rate | undefined, now: number): number {
    if (!rate) return 0;
    while (times.length && times[0]! <= now - rate.windowMs) times.shift();
    return times.length >= rate.count ? times[times.length - rate.count]! + rate.windowMs - now : 0;
  }

  function answer(res: ServerResponse, status: number, body: unknown): void {
    const send = () =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (options.latencyMs) setTimeout(send, options.latencyMs);
    else send();
  }

  function fail(
    res: ServerResponse,
    code: number,
    description: string,
    parameters?: Record<string, unknown>,
  ): void {
    answer(res, code, { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    if (!m || m[1] !== token) return fail(res, 404, 'Not Found');
    const method = m[2]!;
    const body = await readBody(req);
    const chat = chatOf(body);
    const text = typeof body.text === 'string' ? body.text : undefined;
    const record = (status: number, messageId?: number) =>
      requests.push({
        method,
        chat,
        at,
        status,
        ...(text !== undefined ? { text } : {}),
        ...(messageId ? { messageId } : {}),
        ...(typeof body.__fileBytes === 'number' ? { fileBytes: body.__fileBytes } : {}),
      });

    if (method === 'getMe')
      return answer(res, 200, {
        ok: true,
        result: { id: 123456789, is_bot: true, first_name: 'Bench', username: 'bench_bot' },
      });
    if (!MESSAGE_METHODS.has(method)) {
      record(200);
      return answer(res, 200, { ok: true, result: true });
    }

    if (at < stormUntil) {
      rejected429++;
      record(429);
      const s = Math.max(1, Math.ceil((stormUntil - at) / 1000));
      return fail(res, 429, `Too Many Requests: retry after ${s}`, { retry_after: s });
    }
    const chatTimes = acceptedByChat.get(chat) ?? [];
    acceptedByChat.set(chat, chatTimes);
    const wait = Math.max(over(acceptedAll, global, at), over(chatTimes, chatRate(chat), at));
    if (wait > 0) {
      rejected429++;
      record(429);
      const s = Math.max(1, Math.ceil(wait / 1000));
      return fail(res, 429, `Too Many Requests: retry after ${s}`, { retry_after: s });
    }
    if (forbidden.has(chat)) {
      record(403);
      return fail(res, 403, 'Forbidden: bot was kicked from the supergroup chat');
    }
    const failure = failures.get(chat);
    if (failure && failure.times > 0) {
      failure.times--;
      record(failure.code);
      return fail(res, failure.code, failure.description);
    }
    acceptedAll.push(at);
    chatTimes.push(at);
    if (method.startsWith('send') || method === 'copyMessage' || method === 'forwardMessage') {
      const id = (messageIds.get(chat) ?? 0) + 1;
      messageIds.set(chat, id);
      record(200, id);
      const n = Number(chat);
      const chatObj =
        n > 0
          ? { id: n, type: 'private', first_name: `User ${n}` }
          : { id: n, type: 'supergroup', title: `Group ${n}` };
      return answer(res, 200, {
        ok: true,
        result: {
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: chatObj,
          ...(text !== undefined ? { text } : {}),
        },
      });
    }
    record(200);
    return answer(res, 200, {
      ok: true,
      result:
        method === 'editMessageText'
          ? {
              message_id: Number(body.message_id),
              date: 0,
              chat: { id: Number(chat), type: 'private' },
              text,
            }
          : true,
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) =>
      fail(res, 500, `Internal Server Error: ${(err as Error).message}`),
    );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    requests,
    get rejected429() {
      return rejected429;
    },
    accepted: (method = 'sendMessage') => requests.filter((r) => r.method === method && r.status === 200),
    deliveries() {
      const out = new Map<string, number>();
      for (const r of requests)
        if (r.method === 'sendMessage' && r.status === 200) out.set(r.chat, (out.get(r.chat) ?? 0) + 1);
      return out;
    },
    maxInWindow(rate, o = {}) {
      const methods = o.methods ?? MESSAGE_METHODS;
      const groups = new Map<string, number[]>();
      for (const r of requests) {
        if (r.status !== 200 || !methods.has(r.method) || (o.chats && !o.chats(r.chat))) continue;
        const key = o.perChat ? r.chat : '';
        const times = groups.get(key) ?? [];
        times.push(r.at);
        groups.set(key, times);
      }
      let max = 0;
      for (const times of groups.values()) {
        times.sort((a, b) => a - b);
        let start = 0;
        for (let end = 0; end < times.length; end++) {
          while (times[start]! <= times[end]! - rate.windowMs) start++;
          max = Math.max(max, end - start + 1);
        }
      }
      return max;
    },
    forbid: (chat) => void forbidden.add(chat),
    failNext: (chat, times, error = { code: 500, description: 'Internal Server Error' }) =>
      void failures.set(chat, { times, code: error.code, description: error.description }),
    storm(ms) {
      stormUntil = performance.now() + ms;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
