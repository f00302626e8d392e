/**
 * A stand-in for Slack: the platform edge, and the only fake in the Slack tests. Two halves:
 *
 * - the **Web API** the app calls (`POST /api/<method>`, urlencoded or JSON bodies, `Authorization:
 *   Bearer xoxb-…`, `{ ok: true, … }` / `{ ok: false, error }`, 429 with `Retry-After`), so the real
 *   @slack/web-api client inside Bolt runs unchanged against it — point `SLACK_API_URL` at `api.apiUrl`;
 * - **Slack itself** posting to the app: signed Events API, slash command and interaction requests
 *   (`x-slack-signature: v0=HMAC(secret, "v0:ts:body")`), built by `createSlackPayloads`.
 *
 *   const api = await startFakeSlackApi();
 *   api.fail('chat.postMessage', { error: 'not_in_channel' });
 *   const call = await api.waitFor('chat.postMessage', (p) => p.channel === 'C1');
 *
 * It checks what the real API checks where an app can get it wrong: a message with neither text nor
 * blocks, a section over 3000 characters, a rich text element of an unknown kind or style, a button value
 * over 2000, duplicate action ids, an update of a message that does not exist, and it enforces a
 * per-channel posting rate (burst, then 1 per second). `shownText(blocks)` is what a person reads.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inject } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/adapter.js';
import { slackModals } from '../../src/adapters/slack/modals.js';
import { homeCard } from '../../src/core/reports/home.js';
import { createApp, type App } from '../../src/app.js';
import type { SlackConfig } from '../../src/config/index.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { captureLogger, NO_FLOOD_LIMIT, SAMPLE_PACK, sharedPack, testPrefix } from './app.js';
import type { LimitsInput } from '../../src/core/delivery/limits.js';
import type { FloodLimits } from '../../src/core/flood.js';

export const FAKE_SLACK_TOKEN = 'xoxb-1111-2222-FakeSlackTokenForTests';
export const FAKE_SIGNING_SECRET = 'fake-signing-secret-0123456789abcdef';
export const FAKE_APP_TOKEN = 'xapp-1-AWAYAPP01-1234-FakeAppTokenForTests';
export const BOT_USER = 'UWAYBOT01';
export const BOT_ID = 'BWAYBOT01';
export const TEAM = 'TWAYTEAM1';

export interface SlackCall {
  method: string;
  params: Record<string, unknown>;
  /** The error returned, when the call failed (`ratelimited` for a 429). */
  error?: string;
  at: number;
}

export interface SlackFailure {
  /** The `error` of `{ ok: false }`; or a 429 when `retryAfter` is given. */
  error?: string;
  retryAfter?: number;
  times?: number;
  when?: (params: Record<string, unknown>) => boolean;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: Block[];
  user: string;
  bot_id: string;
  /** Shown only to this user (chat.postEphemeral); such messages are not in the channel's history. */
  ephemeralTo?: string;
  /**
   * Files shared with the message (files.uploadV2: the comment is its text), with their titles and the alt text a
   * screen reader gets: `alt_txt` given to files.getUploadURLExternal, the name Slack's reference lists for it.
   */
  files?: { id: string; title?: string; alt?: string }[];
}

export interface OpenedView {
  id: string;
  hash: string;
  trigger_id: string;
  view: Record<string, unknown> & { callback_id?: string; private_metadata?: string; blocks: Block[] };
}

// Block Kit as JSON (loosely typed on purpose: the fake reads what the app sent).
export type Block = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FakeSlackApi {
  /** Give this to the app as `SLACK_API_URL`. */
  apiUrl: string;
  token: string;
  calls: SlackCall[];
  callsOf(method: string): Record<string, unknown>[];
  mark(): number;
  since(mark: number): SlackCall[];
  /** Messages the app posted (and updated), by channel id. */
  messages: Map<string, StoredMessage[]>;
  /** The last message the app posted into a channel (or DM `D…`, or user id → their DM). */
  lastMessage(channel: string): StoredMessage | undefined;
  /** Modals opened, in order. */
  views: OpenedView[];
  /** Whether a message is pinned in a channel now. */
  isPinned(channel: string, ts: string): boolean;
  /** Ephemeral messages (chat.postEphemeral), oldest first. */
  ephemerals: StoredMessage[];
  /** App Home views as last published, by user id (`views.publish`). */
  homes: Map<string, { type: string; blocks: unknown[] }>;
  /** Bodies posted to response URLs. */
  responses: Record<string, unknown>[];
  /** Conversations that are group DMs (conversations.info says `is_mpim`); any other is a channel. */
  mpims: Set<string>;
  /** Profiles users.info answers with (default: name = id, locale zh-CN). */
  users: Map<string, { name?: string; locale?: string; is_bot?: boolean }>;
  /** Per-channel posting limit: `burst` messages at once, then one per `intervalMs`. */
  rate: { burst: number; intervalMs: number };
  /**
   * A file people shared, as files.info describes it and its private URL serves it: only with the bot
   * token in the Authorization header (without it Slack answers with its sign-in page, HTML, 200).
   */
  addFile(id: string, data: Buffer, o: { name: string; mimetype: string }): void;
  /** Private file downloads asked for, in order, with whether they carried the bot token. */
  downloads: { id: string; authorised: boolean }[];
  fail(method: string, failure: SlackFailure): void;
  /**
   * The next call of `method` (matching `when`; `times` calls, default 1) is carried out — a message is in the channel —
   * and then the connection is dropped with no answer, as when the network fails on the way back.
   */
  dropAfter(
    method: string,
    options?: { when?: (params: Record<string, unknown>) => boolean; times?: number },
  ): void;
  waitFor(
    method: string,
    match?: (params: Record<string, unknown>) => boolean,
    options?: { after?: number; timeoutMs?: number },
  ): Promise<SlackCall>;
  /** A fresh response URL (slash commands and interactions carry one). */
  responseUrl(): string;
  /** The DM channel Slack gives the app with a user. */
  imOf(user: string): string;
  /** Socket Mode: the app's WebSocket connections (opened through apps.connections.open). */
  socket: FakeSocketMode;
  close(): Promise<void>;
}

export interface FakeSocketMode {
  /** Connections open now. */
  readonly connections: number;
  /** Resolves when the app has connected (and been sent `hello`). */
  connected(timeoutMs?: number): Promise<void>;
  /**
   * Push an envelope as Slack does (`events_api`, `slash_commands`, `interactive`) and resolve with the
   * app's acknowledgement (its `payload`, if any).
   */
  deliver(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: object,
    o?: { envelopeId?: string; retryAttempt?: number },
  ): Promise<unknown>;
}

class Refusal extends Error {
  constructor(
    readonly error: string,
    readonly status = 200,
    readonly retryAfter?: number,
  ) {
    super(error);
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The Web API takes urlencoded forms whose structured fields are JSON strings, or JSON bodies. */
function parseParams(body: Buffer, type: string): Record<string, unknown> {
  if (!body.length) return {};
  if (type.includes('application/json')) return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body.toString('utf8')))
    params[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  return params;
}

const RICH_STYLES = new Set(['bold', 'italic', 'strike', 'code']);

/** A rich text block as Slack validates it: sections of text and link elements with known styles. */
function checkRichText(b: Block): void {
  const sections = b.elements as Block[] | undefined;
  if (!sections?.length) throw new Refusal('invalid_blocks');
  for (const section of sections) {
    const elements = section.elements as Block[] | undefined;
    if (section.type !== 'rich_text_section' || !elements?.length) throw new Refusal('invalid_blocks');
    for (const e of elements) {
      if (e.type === 'text' && (typeof e.text !== 'string' || !e.text)) throw new Refusal('invalid_blocks');
      else if (e.type === 'link' && !/^https?:\/\//.test(String(e.url))) throw new Refusal('invalid_blocks');
      else if (e.type !== 'text' && e.type !== 'link') throw new Refusal('invalid_blocks');
      for (const k of Object.keys((e.style as object | undefined) ?? {}))
        if (!RICH_STYLES.has(k)) throw new Refusal('invalid_blocks');
    }
  }
}

function checkBlocks(blocks: unknown): Block[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) throw new Refusal('invalid_blocks_format');
  if (blocks.length > 50) throw new Refusal('invalid_blocks');
  const actionIds = new Set<string>();
  for (const b of blocks as Block[]) {
    if (b.type === 'section') {
      const t = b.text as { text?: string } | undefined;
      if (!t?.text || t.text.length > 3000) throw new Refusal('invalid_blocks');
    }
    if (b.type === 'rich_text') checkRichText(b);
    if (b.type === 'image') {
      const title = (b.title as { text?: string } | undefined)?.text;
      if (
        !b.alt_text ||
        (!b.image_url && !b.slack_file) ||
        (title !== undefined && (!title || title.length > 2000))
      )
        throw new Refusal('invalid_blocks');
    }
    if (b.type === 'actions') {
      const elements = b.elements as Block[];
      if (!elements?.length || elements.length > 25) throw new Refusal('invalid_blocks');
      for (const e of elements) {
        const label = (e.text as { text?: string })?.text ?? '';
        if (!label || [...label].length > 75) throw new Refusal('invalid_blocks');
        // What a screen reader reads instead of the label: 1 to 75 characters when given.
        const spoken = e.accessibility_label as unknown;
        if (spoken !== undefined && (typeof spoken !== 'string' || !spoken || [...spoken].length > 75))
          throw new Refusal('invalid_blocks');
        if (e.value !== undefined && String(e.value).length > 2000) throw new Refusal('invalid_blocks');
        if (e.url !== undefined && !/^https?:\/\//.test(String(e.url))) throw new Refusal('invalid_blocks');
        if (actionIds.has(String(e.action_id))) throw new Refusal('invalid_blocks');
        actionIds.add(String(e.action_id));
      }
    }
  }
  return blocks as Block[];
}

/** mrkdwn's paired markers as a Slack client applies them: `*b*`, `_i_`, `~s~`, `` `c` `` between word edges. */
const MRKDWN_PAIR = /(^|[\s\p{P}\u200b])([*_~`])(?=\S)([^\n]*?\S)\2(?=$|[\s\p{P}\u200b])/gu;

/**
 * What a person reads in a message's blocks, as Slack draws it: rich text elements as written (styles are
 * drawn, not spelled); mrkdwn with its paired markers turned into formatting (so the markers vanish) and
 * `&amp;`/`&lt;`/`&gt;` decoded; plain text as written. Formatting is shown as ⟦…⟧ around the text it
 * applies to, so a test can see what was formatted.
 */
export function shownText(blocks: readonly Block[]): string {
  const mrkdwn = (text: string) =>
    text
      .replace(MRKDWN_PAIR, (_all, before: string, _m: string, inner: string) => `${before}⟦${inner}⟧`)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const textObject = (t: { type?: string; text?: string } | undefined) =>
    t?.type === 'mrkdwn' ? mrkdwn(t.text ?? '') : (t?.text ?? '');
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'rich_text') {
      for (const section of b.elements as Block[])
        for (const e of section.elements as Block[]) {
          const text = String(e.text ?? e.url ?? '');
          out.push(Object.keys((e.style as object | undefined) ?? {}).length ? `⟦${text}⟧` : text);
        }
    } else if (b.type === 'section') out.push(textObject(b.text as { type?: string; text?: string }));
    else if (b.type === 'context')
      out.push((b.elements as { type?: string; text?: string }[]).map(textObject).join(' '));
    out.push('\n');
  }
  return out.join('').trim();
}

/**
 * The mentions and links Slack would act on in a message: `<!channel>`, `<@U…>`, `<#C…>`, `<http…>` in its
 * fallback text and mrkdwn text objects, and mention elements in its rich text. Empty when nothing in it
 * can ping anyone or become a link we did not build.
 */
export function pingsIn(message: { text?: unknown; blocks?: unknown }): string[] {
  const out: string[] = [];
  const control = (text: string) => out.push(...(text.match(/<[!@#][^>]*>|<https?:[^>]*>/g) ?? []));
  control(String(message.text ?? ''));
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'mrkdwn') control(String(o.text ?? ''));
    if (['broadcast', 'user', 'usergroup', 'channel'].includes(String(o.type))) out.push(JSON.stringify(o));
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(message.blocks ?? []);
  return out;
}

export async function startFakeSlackApi(options: { token?: string } = {}): Promise<FakeSlackApi> {
  const token = options.token ?? FAKE_SLACK_TOKEN;
  const calls: SlackCall[] = [];
  const failures = new Map<string, SlackFailure[]>();
  const drops = new Map<string, { when?: (params: Record<string, unknown>) => boolean; times: number }[]>();
  const messages = new Map<string, StoredMessage[]>();
  /** `${channel} ${ts}` of each message pinned and not unpinned. */
  const pinned = new Set<string>();
  const views: OpenedView[] = [];
  const homes = new Map<string, { type: string; blocks: unknown[] }>();
  const ephemerals: StoredMessage[] = [];
  /** The alt text each uploaded file was given (files.getUploadURLExternal `alt_txt`), by file id. */
  const altOf = new Map<string, string>();
  const responses: Record<string, unknown>[] = [];
  const users = new Map<string, { name?: string; locale?: string; is_bot?: boolean }>();
  const listeners = new Set<() => void>();
  const buckets = new Map<string, number>();
  /** Channels refused with a 429, until when: Slack refuses again anything posted before Retry-After passes. */
  const holds = new Map<string, number>();
  const files = new Map<string, { data: Buffer; name: string; mimetype: string }>();
  const downloads: { id: string; authorised: boolean }[] = [];
  let tsSeq = 0;
  let seq = 0;
  let base = '';

  const imOf = (user: string) => `D${user.slice(1)}`;
  /** Slack accepts a user id where a channel is expected and posts to the app's DM with them. */
  const channelOf = (params: Record<string, unknown>): string => {
    const c = String(params.channel ?? '');
    if (!c) throw new Refusal('channel_not_found');
    if (/^[UW]/.test(c)) return imOf(c);
    if (!/^[CGD][A-Z0-9]+$/.test(c)) throw new Refusal('channel_not_found');
    return c;
  };
  const nextTs = () =>
    `${1_700_000_000 + Math.floor(Date.now() / 1000 - 1_700_000_000)}.${String(++tsSeq).padStart(6, '0')}`;

  /** The per-channel posting limit (GCRA: `burst` at once, then one per interval). */
  function admit(channel: string): void {
    const now = Date.now();
    const held = holds.get(channel) ?? 0;
    if (held > now) throw new Refusal('ratelimited', 429, Math.max(1, Math.ceil((held - now) / 1000)));
    const { burst, intervalMs } = api.rate;
    const tat = Math.max(buckets.get(channel) ?? now, now);
    if (tat - now > (burst - 1) * intervalMs)
      throw new Refusal(
        'ratelimited',
        429,
        Math.max(1, Math.ceil((tat - now - (burst - 1) * intervalMs) / 1000)),
      );
    buckets.set(channel, tat + intervalMs);
  }

  /**
   * After a 429 the channel takes nothing until Retry-After has passed (less a little: timers and
   * clocks are not millisecond-exact, and a client that waited the whole interval must get through).
   */
  function hold(params: Record<string, unknown>, retryAfter: number): void {
    const to = params.channel ?? params.channel_id;
    if (typeof to !== 'string' || !/^[CGDUW][A-Z0-9]+$/.test(to)) return;
    holds.set(channelOf({ channel: to }), Date.now() + retryAfter * 1000 - 50);
  }

  function find(channel: string, ts: string): StoredMessage | undefined {
    return messages.get(channel)?.find((m) => m.ts === ts);
  }

  const methods: Record<string, (p: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({
      url: 'https://waystation-test.slack.com/',
      team: 'Waystation Test',
      user: 'waystation',
      team_id: TEAM,
      user_id: BOT_USER,
      bot_id: BOT_ID,
    }),
    'chat.postMessage': (p) => {
      const channel = channelOf(p);
      const blocks = checkBlocks(p.blocks);
      const text = String(p.text ?? '');
      if (!text.trim() && !blocks.length) throw new Refusal('no_text');
      if (
        p.thread_ts !== undefined &&
        !find(channel, String(p.thread_ts)) &&
        !/^\d+\.\d+$/.test(String(p.thread_ts))
      )
        throw new Refusal('thread_not_found');
      admit(channel);
      const message: StoredMessage = {
        channel,
        ts: nextTs(),
        text,
        blocks,
        user: BOT_USER,
        bot_id: BOT_ID,
        ...(p.thread_ts ? { thread_ts: String(p.thread_ts) } : {}),
      };
      if (!messages.has(channel)) messages.set(channel, []);
      messages.get(channel)!.push(message);
      return { channel, ts: message.ts, message: { ...message, type: 'message' } };
    },
    'chat.update': (p) => {
      const channel = channelOf(p);
      const known = find(channel, String(p.ts));
      if (!known) throw new Refusal('message_not_found');
      const blocks = checkBlocks(p.blocks);
      known.text = String(p.text ?? known.text);
      if (p.blocks !== undefined) known.blocks = blocks;
      return { channel, ts: known.ts, text: known.text };
    },
    'chat.postEphemeral': (p) => {
      const channel = channelOf(p);
      if (!p.user) throw new Refusal('user_not_found');
      const ts = nextTs();
      ephemerals.push({
        channel,
        ts,
        text: String(p.text ?? ''),
        blocks: checkBlocks(p.blocks),
        user: BOT_USER,
        bot_id: BOT_ID,
        ephemeralTo: String(p.user),
      });
      return { message_ts: ts };
    },
    'pins.add': (p) => {
      const channel = channelOf(p);
      if (!find(channel, String(p.timestamp))) throw new Refusal('message_not_found');
      pinned.add(`${channel} ${String(p.timestamp)}`);
      return {};
    },
    'pins.remove': (p) => {
      const channel = channelOf(p);
      if (!find(channel, String(p.timestamp))) throw new Refusal('message_not_found');
      if (!pinned.delete(`${channel} ${String(p.timestamp)}`)) throw new Refusal('no_pin');
      return {};
    },
    /** A bot token deletes the bot's own messages, whatever their age. */
    'chat.delete': (p) => {
      const channel = channelOf(p);
      const list = messages.get(channel) ?? [];
      const i = list.findIndex((m) => m.ts === String(p.ts));
      if (i < 0) throw new Refusal('message_not_found');
      if (list[i]!.bot_id !== BOT_ID) throw new Refusal('cant_delete_message');
      list.splice(i, 1);
      pinned.delete(`${channel} ${String(p.ts)}`);
      return { channel, ts: String(p.ts) };
    },
    'views.open': (p) => {
      if (!p.trigger_id) throw new Refusal('invalid_trigger_id');
      const view = p.view as OpenedView['view'];
      if (!view || view.type !== 'modal') throw new Refusal('invalid_arguments');
      checkModal(view);
      const opened: OpenedView = {
        id: `V${String(++seq).padStart(8, '0')}`,
        hash: `h${seq}`,
        trigger_id: String(p.trigger_id),
        view,
      };
      views.push(opened);
      return { view: { ...view, id: opened.id, hash: opened.hash } };
    },
    'views.publish': (p) => {
      const view = p.view as { type?: string; blocks?: unknown[] } | undefined;
      if (!p.user_id || !/^[UW]/.test(String(p.user_id))) throw new Refusal('user_not_found');
      if (!view || view.type !== 'home') throw new Refusal('invalid_arguments');
      const blocks = checkBlocks(view.blocks);
      if (blocks.length > 100) throw new Refusal('invalid_blocks');
      homes.set(String(p.user_id), { type: view.type, blocks });
      return { view: { ...view, id: `VH${String(++seq).padStart(8, '0')}` } };
    },
    'views.update': (p) => {
      const known = views.find((v) => v.id === p.view_id);
      if (!known) throw new Refusal('not_found');
      known.view = p.view as OpenedView['view'];
      checkModal(known.view);
      return { view: { ...known.view, id: known.id } };
    },
    'conversations.open': (p) => {
      const user = String(p.users ?? '').split(',')[0] ?? '';
      if (!/^[UW]/.test(user)) throw new Refusal('user_not_found');
      return { channel: { id: imOf(user) } };
    },
    'conversations.info': (p) => {
      const id = String(p.channel ?? '');
      if (!/^[CGD][A-Z0-9]+$/.test(id)) throw new Refusal('channel_not_found');
      const mpim = api.mpims.has(id);
      return {
        channel: { id, is_channel: !mpim && !id.startsWith('D'), is_mpim: mpim, is_im: id.startsWith('D') },
      };
    },
    'users.info': (p) => {
      const id = String(p.user ?? '');
      const u = users.get(id) ?? {};
      return {
        user: {
          id,
          name: u.name ?? id.toLowerCase(),
          real_name: u.name ?? id,
          is_bot: u.is_bot ?? false,
          profile: { display_name: u.name ?? '', real_name: u.name ?? id },
          ...(p.include_locale ? { locale: u.locale ?? 'zh-CN' } : {}),
        },
      };
    },
    'files.info': (p) => {
      const id = String(p.file ?? '');
      const f = files.get(id);
      if (!f) throw new Refusal('file_not_found');
      const path = `${base}/files-pri/${TEAM}-${id}`;
      return {
        file: {
          id,
          name: f.name,
          title: f.name,
          mimetype: f.mimetype,
          filetype: f.name.split('.').pop(),
          size: f.data.length,
          url_private: `${path}/${encodeURIComponent(f.name)}`,
          url_private_download: `${path}/download/${encodeURIComponent(f.name)}`,
        },
      };
    },
    'files.getUploadURLExternal': (p) => {
      if (!p.filename || !p.length) throw new Refusal('invalid_arguments');
      const id = `F${String(++seq).padStart(8, '0')}`;
      if (p.alt_txt) altOf.set(id, String(p.alt_txt));
      return { upload_url: `${base}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (p) => {
      const files = (typeof p.files === 'string' ? JSON.parse(p.files) : p.files) as {
        id: string;
        title?: string;
      }[];
      if (!Array.isArray(files) || !files.length || files.length > 10) throw new Refusal('invalid_arguments');
      if (!p.channel_id) return { files: files.map((f) => ({ id: f.id })) };
      const channel = channelOf({ channel: p.channel_id });
      admit(channel);
      // Shared with a message: the initial comment is its text, the files under it (in the thread, if given).
      const message: StoredMessage = {
        channel,
        ts: nextTs(),
        text: String(p.initial_comment ?? ''),
        blocks: [],
        user: BOT_USER,
        bot_id: BOT_ID,
        files: files.map((f) => ({
          id: f.id,
          ...(f.title ? { title: f.title } : {}),
          ...(altOf.has(f.id) ? { alt: altOf.get(f.id) } : {}),
        })),
        ...(p.thread_ts ? { thread_ts: String(p.thread_ts) } : {}),
      };
      if (!messages.has(channel)) messages.set(channel, []);
      messages.get(channel)!.push(message);
      return { files: files.map((f) => ({ id: f.id })) };
    },
  };

  function checkModal(view: OpenedView['view']): void {
    const title = (view.title as { text?: string } | undefined)?.text ?? '';
    if (!title || [...title].length > 24) throw new Refusal('invalid_arguments');
    if (!Array.isArray(view.blocks) || view.blocks.length > 100) throw new Refusal('invalid_arguments');
    if (String(view.private_metadata ?? '').length > 3000) throw new Refusal('invalid_arguments');
  }

  function takeFailure(method: string, params: Record<string, unknown>): SlackFailure | undefined {
    const list = failures.get(method);
    const i = list?.findIndex((f) => !f.when || f.when(params)) ?? -1;
    if (!list || i < 0) return undefined;
    const f = list[i]!;
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) list.splice(i, 1);
    return f;
  }

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = await readBody(req);
      if (url.pathname.startsWith('/upload/')) return void res.writeHead(200).end('OK - uploaded');
      const file = /^\/files-pri\/[A-Z0-9]+-(F[A-Z0-9]+)\//.exec(url.pathname);
      if (file) {
        const id = file[1]!;
        const authorised = req.headers.authorization === `Bearer ${token}`;
        downloads.push({ id, authorised });
        if (!authorised)
          return void res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
        const f = files.get(id);
        if (!f) return void res.writeHead(404).end();
        return void res.writeHead(200, { 'content-type': f.mimetype }).end(f.data);
      }
      if (url.pathname.startsWith('/respond/')) {
        responses.push(parseParams(body, req.headers['content-type'] ?? 'application/json'));
        return void res.writeHead(200).end('ok');
      }
      const m = /^\/api\/([\w.]+)$/.exec(url.pathname);
      if (!m) return send(res, 404, { ok: false, error: 'unknown_method' });
      const method = m[1]!;
      const params = {
        ...Object.fromEntries(url.searchParams),
        ...parseParams(body, req.headers['content-type'] ?? ''),
      };
      const call: SlackCall = { method, params, at: Date.now() };
      calls.push(call);
      try {
        const auth = req.headers.authorization ?? (params.token ? `Bearer ${String(params.token)}` : '');
        const expected = method === 'apps.connections.open' ? FAKE_APP_TOKEN : token;
        if (auth !== `Bearer ${expected}`) throw new Refusal(auth ? 'invalid_auth' : 'not_authed');
        const failure = takeFailure(method, params);
        if (failure)
          throw failure.retryAfter !== undefined
            ? new Refusal('ratelimited', 429, failure.retryAfter)
            : new Refusal(failure.error ?? 'internal_error');
        const impl = methods[method];
        if (!impl) throw new Refusal('unknown_method');
        const result = { ok: true, ...impl(params) };
        const drop = drops.get(method)?.find((d) => d.times > 0 && (!d.when || d.when(params)));
        if (drop) {
          drop.times--;
          // Taken, then the connection is gone before the answer: the client sees a reset.
          req.socket.destroy();
          return;
        }
        send(res, 200, result);
      } catch (err) {
        const r = err instanceof Refusal ? err : new Refusal('internal_error');
        call.error = r.error;
        if (r.status === 429) hold(params, r.retryAfter ?? 1);
        if (r.status === 429)
          send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(r.retryAfter ?? 1) });
        else send(res, 200, { ok: false, error: r.error });
      } finally {
        for (const l of [...listeners]) l();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // ---------- Socket Mode: a WebSocket server just big enough for @slack/socket-mode ----------
  const sockets = new Set<Socket>();
  const acks = new Map<string, (payload: unknown) => void>();
  const socketListeners = new Set<() => void>();
  const frame = (opcode: number, payload: Buffer): Buffer => {
    const n = payload.length;
    const head =
      n < 126
        ? Buffer.from([0x80 | opcode, n])
        : n < 65536
          ? Buffer.from([0x80 | opcode, 126, n >> 8, n & 255])
          : Buffer.alloc(10);
    if (n >= 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(n), 2);
    }
    return Buffer.concat([head, payload]);
  };
  const sendText = (socket: Socket, data: object) =>
    socket.write(frame(1, Buffer.from(JSON.stringify(data))));
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    const accept = createHash('sha1')
      .update(`${String(req.headers['sec-websocket-key'])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    let buf = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (buf.length < 2) return;
        const opcode = buf[0]! & 0x0f;
        let len = buf[1]! & 0x7f;
        let at = 2;
        if (len === 126) {
          if (buf.length < 4) return;
          len = buf.readUInt16BE(2);
          at = 4;
        } else if (len === 127) {
          if (buf.length < 10) return;
          len = Number(buf.readBigUInt64BE(2));
          at = 10;
        }
        const masked = (buf[1]! & 0x80) !== 0;
        if (buf.length < at + (masked ? 4 : 0) + len) return;
        const mask = masked ? buf.subarray(at, at + 4) : undefined;
        at += masked ? 4 : 0;
        const payload = Buffer.from(buf.subarray(at, at + len));
        if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
        buf = buf.subarray(at + len);
        if (opcode === 9) socket.write(frame(10, payload));
        else if (opcode === 8) {
          socket.end(frame(8, payload.subarray(0, 2)));
          sockets.delete(socket);
        } else if (opcode === 1) {
          const msg = JSON.parse(payload.toString('utf8')) as { envelope_id?: string; payload?: unknown };
          if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload);
        }
      }
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
    sendText(socket, {
      type: 'hello',
      num_connections: sockets.size,
      debug_info: { host: 'fake-slack' },
      connection_info: { app_id: 'AWAYAPP01' },
    });
    for (const l of [...socketListeners]) l();
  });
  methods['apps.connections.open'] = () => ({
    url: `${base.replace('http', 'ws')}/link/?ticket=${randomBytes(8).toString('hex')}`,
  });
  const socketMode: FakeSocketMode = {
    get connections() {
      return sockets.size;
    },
    connected: (timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        if (sockets.size) return resolve();
        const timer = setTimeout(
          () => reject(new Error('the app did not connect over Socket Mode')),
          timeoutMs,
        );
        socketListeners.add(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    deliver: (type, payload, o = {}) =>
      new Promise((resolve, reject) => {
        const socket = [...sockets][0];
        if (!socket) return reject(new Error('no Socket Mode connection'));
        const envelopeId = o.envelopeId ?? randomBytes(12).toString('hex');
        const timer = setTimeout(() => reject(new Error(`no ack for envelope ${envelopeId}`)), 5000);
        acks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve(ack);
        });
        sendText(socket, {
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api'
            ? { retry_attempt: o.retryAttempt ?? 0, retry_reason: o.retryAttempt ? 'timeout' : '' }
            : {}),
        });
      }),
  };

  const api: FakeSlackApi = {
    apiUrl: `${base}/api/`,
    token,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method && !c.error).map((c) => c.params),
    mark: () => calls.length,
    since: (mark) => calls.slice(mark),
    messages,
    isPinned: (channel, ts) => pinned.has(`${channel} ${ts}`),
    lastMessage: (channel) => {
      const list = messages.get(/^[UW]/.test(channel) ? imOf(channel) : channel);
      return list?.[list.length - 1];
    },
    views,
    homes,
    ephemerals,
    responses,
    users,
    mpims: new Set<string>(),
    rate: { burst: 4, intervalMs: 1000 },
    addFile: (id, data, o) => void files.set(id, { data, ...o }),
    downloads,
    dropAfter(method, { when, times = 1 } = {}) {
      drops.set(method, [...(drops.get(method) ?? []), { ...(when ? { when } : {}), times }]);
    },
    fail(method, failure) {
      if (!failures.has(method)) failures.set(method, []);
      failures.get(method)!.push({ ...failure });
    },
    waitFor(method, match = () => true, { after = 0, timeoutMs = 5000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.slice(after).find((c) => c.method === method && !c.error && match(c.params));
          if (!found) return false;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const listener = () => void check();
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(
              `no ${method} call within ${timeoutMs} ms; calls: ${calls
                .slice(after)
                .map((c) => c.method + (c.error ? `(${c.error})` : ''))
                .join(', ')}`,
            ),
          );
        }, timeoutMs);
        if (!check()) listeners.add(listener);
      });
    },
    responseUrl: () => `${base}/respond/${++seq}`,
    imOf,
    socket: socketMode,
    close: () =>
      new Promise((resolve) => {
        for (const sock of sockets) sock.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return api;
}

// ---------------------------------------------------------------------------------------------
// Slack → the app: payloads and signed requests

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedOptions {
  secret?: string;
  /** Seconds since the epoch (default: now). */
  timestamp?: number;
  retryNum?: number;
  /** Replace the computed signature (a forgery). */
  signature?: string;
}

/** POST a body to the app the way Slack does, signed with the signing secret. */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  o: SignedOptions = {},
): Promise<Response> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': o.signature ?? sign(o.secret ?? FAKE_SIGNING_SECRET, timestamp, body),
  };
  if (o.retryNum) {
    headers['x-slack-retry-num'] = String(o.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

export interface EventEnvelope {
  type: 'event_callback';
  event_id: string;
  event: Record<string, unknown> & { ts: string };
  [key: string]: unknown;
}

export interface Person {
  id: string;
  name?: string;
}

/** Realistic payloads for one workspace: events with ids, slash commands with trigger ids, interactions. */
export function createSlackPayloads(api: FakeSlackApi) {
  let n = 0;
  // People's messages take fractions from 500000 up, the stand-in's own from 1: within one second the two
  // counters would otherwise give a reply the very ts of the message it answers (no longer a thread reply).
  const ts = () => `${Math.floor(Date.now() / 1000)}.${String(500_000 + ++n).padStart(6, '0')}`;
  const id = (p: string) => `${p}${Date.now().toString(36).toUpperCase()}${String(++n).padStart(4, '0')}`;
  const trigger = () => `${Date.now()}.${++n}.${randomBytes(8).toString('hex')}`;
  const envelope = (event: Record<string, unknown> & { ts: string }): EventEnvelope => ({
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: 'AWAYAPP01',
    type: 'event_callback',
    event_id: id('Ev'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    event: { event_ts: event.ts, ...event },
  });

  return {
    /** Someone opens the app's Home tab. */
    homeOpened: (user: string) =>
      envelope({ type: 'app_home_opened', user, channel: api.imOf(user), tab: 'home', ts: ts() }),
    /** `@Waystation …` in a channel (text may hold Slack markup; the mention is added in front). */
    mention: (from: Person, channel: string, text: string, o: { thread_ts?: string } = {}) =>
      envelope({
        type: 'app_mention',
        user: from.id,
        text: `<@${BOT_USER}> ${text}`,
        ts: ts(),
        channel,
        ...o,
      }),
    /** A channel the app is in renamed (`channel_rename`; `group_rename` for a private channel). */
    channelRename: (
      channel: string,
      name: string,
      type: 'channel_rename' | 'group_rename' = 'channel_rename',
    ) =>
      envelope({
        type,
        channel: { id: channel, name, created: Math.floor(Date.now() / 1000) },
        ts: ts(),
      }),
    /** The `message.channels` twin Slack also sends for a message in a channel. */
    channelMessage: (
      from: Person,
      channel: string,
      text: string,
      o: { thread_ts?: string; parent_user_id?: string; subtype?: string; bot_id?: string } = {},
    ) => envelope({ type: 'message', channel_type: 'channel', user: from.id, text, ts: ts(), channel, ...o }),
    /** A DM to the app. */
    dm: (
      from: Person,
      text: string,
      o: { subtype?: string; files?: { id: string; mimetype: string }[]; thread_ts?: string } = {},
    ) =>
      envelope({
        type: 'message',
        channel_type: 'im',
        user: from.id,
        text,
        ts: ts(),
        channel: api.imOf(from.id),
        ...o,
      }),
    /**
     * An edit of a DM (Slack sends it as a `message_changed` subtype); `sentSecondsAgo`: when the edited
     * message was first sent (default: just now); `ts`: the DM edited (its `event.ts`), instead of a new one.
     */
    edit: (from: Person, text: string, o: { sentSecondsAgo?: number; ts?: string } = {}) => {
      const sent =
        o.ts ??
        (o.sentSecondsAgo
          ? `${Math.floor(Date.now() / 1000) - o.sentSecondsAgo}.${String(500_000 + ++n).padStart(6, '0')}`
          : ts());
      return envelope({
        type: 'message',
        subtype: 'message_changed',
        channel_type: 'im',
        channel: api.imOf(from.id),
        ts: ts(),
        message: { type: 'message', user: from.id, text, ts: sent, edited: { user: from.id, ts: ts() } },
      });
    },
    /** A slash command as the urlencoded form Slack posts. */
    command: (from: Person, command: string, text: string, where: { channel: string; name?: string }) =>
      new URLSearchParams({
        token: 'legacy-verification-token',
        team_id: TEAM,
        team_domain: 'waystation-test',
        channel_id: where.channel,
        channel_name: where.name ?? (where.channel.startsWith('D') ? 'directmessage' : 'general'),
        user_id: from.id,
        user_name: from.name ?? from.id.toLowerCase(),
        command,
        text,
        api_app_id: 'AWAYAPP01',
        is_enterprise_install: 'false',
        response_url: api.responseUrl(),
        trigger_id: trigger(),
      }).toString(),
    /** A press of the button whose value is `value` (or of the n-th button) on a message the app posted. */
    press: (from: Person, message: StoredMessage, which: string | number | RegExp) => {
      const buttons = message.blocks
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements as Block[]);
      const button =
        typeof which === 'number'
          ? buttons[which]
          : buttons.find((b) =>
              which instanceof RegExp
                ? which.test(String(b.value))
                : b.value === which || (b.text as { text: string }).text === which,
            );
      if (!button)
        throw new Error(
          `no button ${String(which)} on message ${message.ts}: ${buttons.map((b) => String(b.value)).join(', ')}`,
        );
      const payload = {
        type: 'block_actions',
        user: {
          id: from.id,
          username: from.name ?? from.id.toLowerCase(),
          name: from.name ?? from.id.toLowerCase(),
          team_id: TEAM,
        },
        api_app_id: 'AWAYAPP01',
        token: 'legacy-verification-token',
        container: {
          type: 'message',
          message_ts: message.ts,
          channel_id: message.channel,
          is_ephemeral: Boolean(message.ephemeralTo),
          ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
        },
        trigger_id: trigger(),
        team: { id: TEAM, domain: 'waystation-test' },
        channel: { id: message.channel, name: message.channel.startsWith('D') ? 'directmessage' : 'general' },
        // Slack sends no message body for a press on an ephemeral message.
        ...(message.ephemeralTo
          ? {}
          : {
              message: {
                type: 'message',
                user: BOT_USER,
                bot_id: BOT_ID,
                text: message.text,
                ts: message.ts,
                blocks: message.blocks,
                ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
              },
            }),
        response_url: api.responseUrl(),
        actions: [
          {
            action_id: button.action_id,
            block_id: 'ws-row-0',
            type: 'button',
            value: button.value,
            text: button.text,
            action_ts: `${Date.now() / 1000}`,
          },
        ],
      };
      return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    },
    /** Submitting an opened modal with these input values (block id → action id → state). */
    submit: (from: Person, opened: OpenedView, values: Record<string, Record<string, unknown>>) => {
      const payload = {
        type: 'view_submission',
        team: { id: TEAM, domain: 'waystation-test' },
        user: {
          id: from.id,
          username: from.name ?? from.id.toLowerCase(),
          name: from.name ?? from.id.toLowerCase(),
          team_id: TEAM,
        },
        api_app_id: 'AWAYAPP01',
        token: 'legacy-verification-token',
        trigger_id: trigger(),
        view: {
          ...opened.view,
          id: opened.id,
          hash: opened.hash,
          team_id: TEAM,
          app_id: 'AWAYAPP01',
          bot_id: BOT_ID,
          state: { values },
          private_metadata: opened.view.private_metadata ?? '',
          callback_id: opened.view.callback_id ?? '',
        },
        response_urls: [],
      };
      return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    },
  };
}

export type SlackPayloads = ReturnType<typeof createSlackPayloads>;

// ---------------------------------------------------------------------------------------------
// The real app and the real adapter, pointed at the stand-in, served over our own HTTP server

export interface SlackTestApp {
  api: FakeSlackApi;
  app: App;
  adapter: SlackAdapter;
  http: HttpServer;
  /** `http://127.0.0.1:PORT/slack/events` */
  eventsUrl: string;
  p: SlackPayloads;
  prefix: string;
  logs: Record<string, unknown>[];
  /** Post an Events API envelope (JSON), signed. */
  event(envelope: object, o?: SignedOptions): Promise<Response>;
  /** Post a slash command (urlencoded), signed. */
  command(body: string, o?: SignedOptions): Promise<Response>;
  /** Post an interaction (`payload=…`), signed. */
  interact(body: string, o?: SignedOptions): Promise<Response>;
  /** Resolve when the adapter has finished every update it took. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface SlackTestOptions {
  api?: FakeSlackApi;
  prefix?: string;
  contentDir?: string;
  pacing?: { intervalMs: number; burst: number };
  now?: () => Date;
  /** HTTP mode (events at /slack/events, the default) or Socket Mode (a WebSocket to the stand-in). */
  mode?: 'http' | 'socket';
  /** The per-person message limits (default: none). */
  flood?: FloodLimits;
  /** The Web API client's own retries of network failures (default 0 here; the adapter's default is 2). */
  retries?: number;
  /** The send windows and the engine's back-off (createApp's `limits`). */
  limits?: LimitsInput;
}

export async function createSlackTestApp(options: SlackTestOptions = {}): Promise<SlackTestApp> {
  const api = options.api ?? (await startFakeSlackApi());
  const prefix = options.prefix ?? testPrefix();
  const { logger, logs } = captureLogger('debug');
  const app = await createApp({
    contentDir: options.contentDir ?? SAMPLE_PACK,
    pack: await sharedPack(options.contentDir ?? SAMPLE_PACK),
    redisUrl: inject('redisUrl'),
    logger,
    timezone: 'Asia/Shanghai',
    redisPrefix: prefix,
    // Zero pacing for replies (429s still honoured); the Slack outbox's own pacer still runs.
    pacing: false,
    // No per-person message limit unless a test asks for one: tests type faster than any person (core/flood.ts).
    flood: options.flood ?? NO_FLOOD_LIMIT,
    ...(options.now ? { now: options.now } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const http = createHttpServer({
    health: () => app.health(),
    registry: app.deps.metrics.registry,
    onError: (err) => logger.error({ err }, 'http handler failed'),
  });
  const port = await http.listen(0, '127.0.0.1');
  const config: SlackConfig =
    options.mode === 'socket'
      ? { botToken: api.token, mode: 'socket', appToken: FAKE_APP_TOKEN, apiUrl: api.apiUrl }
      : { botToken: api.token, mode: 'http', signingSecret: FAKE_SIGNING_SECRET, apiUrl: api.apiUrl };
  const adapter = createSlackAdapter({
    config,
    core: app.core,
    logger,
    metrics: app.deps.metrics,
    i18n: app.deps.i18n,
    threads: app.deps.store.threads,
    modals: slackModals(app.deps, { kit: app.reports.kit }),
    home: (user) => homeCard(app.deps, user),
    ...(options.pacing ? { pacing: options.pacing } : {}),
    retries: options.retries ?? 0,
  });
  app.outbox.register('slack', adapter.outbox);
  app.bulkOutbox.register('slack', adapter.bulkOutbox);
  await adapter.start(http);
  if (options.mode === 'socket') await api.socket.connected();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  /**
   * Bolt answers Slack before the work is done (events are acknowledged first): wait until the adapter
   * has nothing in flight and the stand-in has had no call for a moment.
   */
  async function settle(): Promise<void> {
    let last = -1;
    for (let quiet = 0, i = 0; quiet < 3 && i < 400; i++) {
      await adapter.idle();
      await new Promise((r) => setTimeout(r, 20));
      quiet = api.calls.length === last ? quiet + 1 : 0;
      last = api.calls.length;
    }
  }

  return {
    api,
    app,
    adapter,
    http,
    eventsUrl,
    p: createSlackPayloads(api),
    prefix,
    logs,
    event: (envelope, o) => postSigned(eventsUrl, JSON.stringify(envelope), 'application/json', o),
    command: (body, o) => postSigned(eventsUrl, body, 'application/x-www-form-urlencoded', o),
    interact: (body, o) => postSigned(eventsUrl, body, 'application/x-www-form-urlencoded', o),
    settle,
    async close() {
      await adapter.stop();
      await http.close();
      const keys = await app.store.redis.keys(`${prefix}:*`);
      if (keys.length) await app.store.redis.del(...keys);
      await app.close();
      if (!options.api) await api.close();
    },
  };
}
