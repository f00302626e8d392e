/**
 * The local console: a chat in the terminal where you can be anyone in any chat. It speaks to the same
 * core as Telegram does, so it doubles as a demo, a manual test bench and a scriptable test driver.
 *
 * Lines starting with `:` drive the console itself (see CONSOLE_HELP); everything else is a message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Button, Card } from '../../core/card.js';
import { parseCommand, stripMention } from '../../core/command.js';
import type { Core } from '../../core/dispatcher.js';
import type { Metrics } from '../../core/metrics.js';
import { DeliveryError, type Outbox } from '../../core/outbox.js';
import type { Address, Attachment, ChatKind, IncomingButton, IncomingMessage } from '../../core/types.js';
import { consoleMemory, type KnownMessage } from './memory.js';
import { renderConsole } from './render.js';

export const CONSOLE_BOT_USERNAME = 'waystation_bot';

export const CONSOLE_HELP = `Console commands:
  :as USER [LANG]     be USER (e.g. rider-1, sec-meituan, org-li); LANG zh-CN | zh-TW | en
  :in CHAT [TITLE]    talk in group chat CHAT (e.g. riders-meituan, triage-meituan); a chat keeps the
                      title it was given, a new one without TITLE is called CHAT
  :dm                 talk to the bot in private
  :topic [ID]         post in forum topic ID of the current group (no ID: leave the topic)
  :press N [MSG]      press button N of the last bot message here (or of message MSG)
  :reply TEXT         reply to the bot's last message here (reaches the bot in groups too)
  :loc LAT LON        share a location
  :photo [TEXT] / :voice   send a photo (with caption) / a voice note
  :who                show who and where you are
  TEXT \\              a line ending in \\ continues on the next one: one message of several lines
                      (a notice with [zh-TW] / [en] versions); :multi … :end does the same
  :clock +2h | +30m | +1d | YYYY-MM-DD HH:MM
                      move the bot's clock forward (district time) and run what falls due:
                      lesson pushes, scheduled notices, ticket deadlines and digests
  :reset              forget everything the bot keeps (bound groups, tickets, progress…), the cards shown
                      and the moved clock, and start afresh
  :help               this help
  :quit               leave
Anything else is sent as a message; mention @${CONSOLE_BOT_USERNAME} to address the bot in a group.`;

export interface ConsoleLine {
  /** Message id on the console "platform". */
  id: string;
  to: Address;
  text: string;
  choices: string[];
  card: Card;
  kind: 'send' | 'edit' | 'toast' | 'pin' | 'unpin' | 'delete';
}

export interface ConsoleAdapter {
  outbox: Outbox;
  /** Handle one line as typed at the prompt; resolves when the bot has finished answering. */
  input(line: string): Promise<void>;
  /** Everything the bot has sent, in order (tests read this). */
  transcript: ConsoleLine[];
  /** Run the prompt on a terminal, or a script from a stream, until :quit or end of input. */
  run(input: NodeJS.ReadableStream, interactive: boolean): Promise<void>;
  whoami(): { user: string; chat: string; kind: ChatKind; topic?: string };
}

export interface ConsoleOptions {
  core: () => Core;
  /** Counts what the console sends, like the other adapters' outboxes. */
  metrics?: Metrics;
  write: (text: string) => void;
  /** Forget all the bot's state (`:reset yes`); returns how many records went. Absent: no reset here. */
  reset?: () => Promise<number>;
  /** Move the bot's clock forward and run what falls due (`:clock`); returns what to show. Absent: no clock. */
  clock?: (arg: string) => Promise<string>;
  /** How far ahead of the machine's clock the bot's is (ms), remembered after each `:clock` (`stateFile`). */
  clockOffset?: () => number;
  /** `:reset yes`: put the bot's clock back to the machine's; returns what to show. */
  resetClock?: () => string;
  /** Where files the bot sends (a chart, a CSV) are written; default `data/files`. */
  filesDir?: string;
  /**
   * Where the console keeps, between runs, the messages it showed (their numbered buttons keep working after a
   * restart) and the groups' titles (`memory.ts`); absent: this run only.
   */
  stateFile?: string;
  /** Identity at start. */
  user?: string;
  language?: string;
}

export function createConsoleAdapter(options: ConsoleOptions): ConsoleAdapter {
  const write = options.write;
  const defaultLanguage = options.language ?? 'zh-CN';
  let user = { id: options.user ?? 'rider-1', language: defaultLanguage };
  /** Each person's client language as last given with `:as USER LANG` — a client setting is per person. */
  const languages = new Map<string, string>([[user.id, user.language]]);
  let chat: { id: string; kind: ChatKind; title?: string; topic?: string } = { id: user.id, kind: 'private' };
  let updateSeq = 0;
  const memory = consoleMemory(options.stateFile);
  let messageSeq = memory.lastId;
  const session = Date.now().toString(36);
  const messages = memory.messages;
  const transcript: ConsoleLine[] = [];

  const chatLabel = (a: Address) => (a.threadId ? `${a.chatId}#${a.threadId}` : a.chatId);

  function print(kind: ConsoleLine['kind'], id: string, to: Address, card: Card): void {
    const { text, choices } = renderConsole(card);
    transcript.push({ id, to, text, choices, card, kind });
    const head =
      kind === 'send'
        ? `[bot → ${chatLabel(to)} #${id}]`
        : kind === 'edit'
          ? `[bot edited ${chatLabel(to)} #${id}]`
          : `[bot → ${chatLabel(to)}]`;
    write(
      `${head}\n${text}\n${choices.map((c, i) => `  (${i + 1}) ${c}`).join('\n')}${choices.length ? '\n' : ''}`,
    );
  }

  /** A file the bot sends lands on disk; the terminal shows where. */
  function saveFile(id: string, card: Card): Card {
    if (!card.file) return card;
    const dir = resolve(options.filesDir ?? join('data', 'files'));
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${session}-${id}-${card.file.name.replace(/[^\w.-]+/g, '_')}`);
    writeFileSync(path, card.file.data);
    return { ...card, text: [...card.text, `\n📎 ${path}`] };
  }

  const outbox: Outbox = {
    async send(to, sent) {
      const id = String(++messageSeq);
      const card = saveFile(id, sent);
      const ref = { address: to, messageId: id };
      memory.message(id, { ref, card });
      print('send', id, to, card);
      options.metrics?.replies.inc({ channel: 'console' });
      return ref;
    },
    async edit(ref, card) {
      const known = messages.get(ref.messageId);
      if (!known) throw new DeliveryError('message to edit not found', 'not-found');
      memory.message(ref.messageId, { ...known, card });
      print('edit', ref.messageId, ref.address, card);
      options.metrics?.replies.inc({ channel: 'console' });
    },
    async pin(ref) {
      print('pin', ref.messageId, ref.address, { text: [`📌 #${ref.messageId}`] });
    },
    async unpin(ref) {
      print('unpin', ref.messageId, ref.address, { text: [`📌✗ #${ref.messageId}`] });
    },
    async delete(ref) {
      if (!messages.get(ref.messageId)) throw new DeliveryError('message to delete not found', 'not-found');
      print('delete', ref.messageId, ref.address, { text: [`🗑 #${ref.messageId}`] });
    },
    async answerPress(press, text, alert) {
      // A text that starts with its own icon (the quiz's "✅ 答对了！") gets no second one (QA4 #15).
      const icon = /^\p{Extended_Pictographic}/u.test(text ?? '') ? '' : alert ? '⚠️ ' : '💬 ';
      if (text) print('toast', '', press.chat.address, { text: [`${icon}${text}`] });
    },
    privateLink: (_channel, payload) => `console:start=${payload}`,
    // The console's attachments are placeholders (`:voice`, `:photo`): there are no bytes to fetch.
    fetchFile: async () => undefined,
    fetchesFiles: () => false,
  };

  function here(): { address: Address; kind: ChatKind; title?: string } {
    return {
      address: { channel: 'console', chatId: chat.id, ...(chat.topic ? { threadId: chat.topic } : {}) },
      kind: chat.kind,
      ...(chat.title ? { title: chat.title } : {}),
    };
  }
  const from = () => ({
    channel: 'console' as const,
    id: user.id,
    name: user.id,
    languageCode: user.language,
  });
  const nextUpdate = () => `${session}-${++updateSeq}`;

  async function sendMessage(text: string, extra: Partial<IncomingMessage> = {}): Promise<void> {
    const stripped = stripMention(text, CONSOLE_BOT_USERNAME);
    const cmd = parseCommand(stripped.text, CONSOLE_BOT_USERNAME);
    if (cmd && !cmd.forUs) return;
    const update: IncomingMessage = {
      type: 'message',
      updateId: nextUpdate(),
      chat: here(),
      from: from(),
      messageId: `u${updateSeq}`,
      text: stripped.text,
      addressed: chat.kind === 'private' || stripped.mentioned || !!cmd?.mentionsUs || !!extra.replyToBot,
      ...(cmd ? { command: { name: cmd.name, args: cmd.args } } : {}),
      ...extra,
    };
    await options.core().handle(update);
  }

  function lastWithButtons(): KnownMessage | undefined {
    const mine = [...messages.values()].filter(
      (m) => m.ref.address.chatId === chat.id && (m.card.buttons?.length ?? 0) > 0,
    );
    return mine[mine.length - 1];
  }

  async function press(n: number, messageId?: string): Promise<void> {
    const target = messageId ? messages.get(messageId) : lastWithButtons();
    const button: Button | undefined = target?.card.buttons?.flat()[n - 1];
    if (!target || !button) return write('(no such button)\n');
    if ('url' in button) {
      // A deep link into the private chat: follow it the way Telegram would.
      const start = /^console:start=(.+)$/.exec(button.url);
      if (!start) return write(`(link: ${button.url})\n`);
      chat = { id: user.id, kind: 'private' };
      return sendMessage(`/start ${start[1]}`);
    }
    const update: IncomingButton = {
      type: 'button',
      updateId: nextUpdate(),
      chat: { ...here(), address: target.ref.address },
      from: from(),
      data: button.data,
      sentData: button.data,
      message: target.ref,
      pressId: `p${updateSeq}`,
    };
    await options.core().handle(update);
  }

  /** Lines of a message typed over several lines (`\\` at the end, or between :multi and :end). */
  let lines: string[] | undefined;
  let block = false;

  async function input(raw: string): Promise<void> {
    const line = raw.trim();
    if (block) {
      if (line !== ':end') return void lines!.push(raw.replace(/\s+$/, ''));
      const text = lines!.join('\n');
      block = false;
      lines = undefined;
      return text.trim() ? sendMessage(text) : undefined;
    }
    if (lines) {
      const more = line.endsWith('\\');
      lines.push(more ? line.slice(0, -1).trimEnd() : line);
      if (more) return;
      const text = lines.join('\n');
      lines = undefined;
      return sendMessage(text);
    }
    if (!line || line.startsWith('#')) return;
    if (!line.startsWith(':') && line.endsWith('\\')) {
      lines = [line.slice(0, -1).trimEnd()];
      return;
    }
    if (!line.startsWith(':')) return sendMessage(line);
    const [cmd, ...rest] = line.slice(1).split(/\s+/);
    const arg = rest.join(' ');
    switch (cmd) {
      case 'as':
        if (!rest[0]) return write('usage: :as USER [LANG]\n');
        if (rest[1]) languages.set(rest[0], rest[1]);
        user = { id: rest[0], language: languages.get(rest[0]) ?? defaultLanguage };
        if (chat.kind === 'private') chat = { id: user.id, kind: 'private' };
        return write(`(you are ${user.id}, ${user.language})\n`);
      case 'in': {
        if (!rest[0]) return write('usage: :in CHAT [TITLE]\n');
        // No title given: the one this chat was given before (QA8: `:in didi` renamed 滴滴司机群 to "didi").
        const title = rest.slice(1).join(' ');
        if (title) memory.title(rest[0], title);
        chat = { id: rest[0], kind: 'group', title: title || memory.titles.get(rest[0]) || rest[0] };
        return write(`(in group ${chat.id})\n`);
      }
      case 'dm':
        chat = { id: user.id, kind: 'private' };
        return write('(in a private chat with the bot)\n');
      case 'topic':
        if (chat.kind === 'private') return write('(topics exist only in groups)\n');
        chat = { ...chat, topic: rest[0] };
        return write(rest[0] ? `(in topic ${rest[0]})\n` : '(left the topic)\n');
      case 'press':
      case 'p': {
        const n = Number(rest[0]);
        if (!Number.isInteger(n) || n < 1) return write('usage: :press N [MSG]\n');
        return press(n, rest[1]);
      }
      case 'reply': {
        const last = [...messages.values()].filter((m) => m.ref.address.chatId === chat.id).pop();
        return sendMessage(arg, last ? { replyToBot: last.ref } : {});
      }
      case 'loc': {
        const [lat, lon] = rest.map(Number);
        if (!Number.isFinite(lat) || !Number.isFinite(lon)) return write('usage: :loc LAT LON\n');
        return sendMessage('', { location: { lat: lat!, lon: lon! }, addressed: true });
      }
      case 'photo':
      case 'voice': {
        const attachment: Attachment = { kind: cmd, fileId: `console-${cmd}-${updateSeq + 1}` };
        return sendMessage(arg, {
          attachments: [attachment],
          ...(chat.kind === 'private' ? {} : { addressed: true }),
        });
      }
      case 'who': {
        const w = api.whoami();
        return write(
          `(you are ${w.user} in ${w.kind} chat ${w.chat}${w.topic ? ` topic ${w.topic}` : ''})\n`,
        );
      }
      case 'reset': {
        if (!options.reset) return write('(reset is not available here)\n');
        if (rest[0] !== 'yes')
          return write(
            '(this forgets every bound group, ticket, notice and lesson progress — type :reset yes to do it)\n',
          );
        const removed = await options.reset();
        // The console forgets with it what it showed (the cards' tickets and notices are gone) and the clock.
        memory.forget(messageSeq);
        const clock = options.resetClock?.();
        return write(
          `(state cleared: ${removed} records removed — a fresh start; the cards above are forgotten${clock ? `; ${clock}` : ''})\n`,
        );
      }
      case 'multi':
        block = true;
        lines = [];
        return write('(type the message over several lines; :end sends it)\n');
      case 'clock': {
        if (!options.clock) return write('(the clock cannot be moved here)\n');
        if (!arg) return write('usage: :clock +2h | +30m | +1d | YYYY-MM-DD HH:MM\n');
        const said = await options.clock(arg);
        const offset = options.clockOffset?.();
        if (offset !== undefined && offset !== memory.clockOffset) memory.clock(offset);
        return write(`${said}\n`);
      }
      case 'help':
        return write(`${CONSOLE_HELP}\n`);
      case 'quit':
        return;
      default:
        return write(`(unknown console command :${cmd} — try :help)\n`);
    }
  }

  const api: ConsoleAdapter = {
    outbox,
    input,
    transcript,
    whoami: () => ({
      user: user.id,
      chat: chat.id,
      kind: chat.kind,
      ...(chat.topic ? { topic: chat.topic } : {}),
    }),
    async run(stream, interactive) {
      const rl = createInterface({ input: stream, terminal: interactive, crlfDelay: Infinity });
      const prompt = () => {
        if (interactive) {
          rl.setPrompt(
            `${user.id}@${chat.kind === 'private' ? 'dm' : chat.id}${chat.topic ? `#${chat.topic}` : ''}> `,
          );
          rl.prompt();
        }
      };
      if (interactive) write(`${CONSOLE_HELP}\n\n`);
      prompt();
      // Lines are handled strictly one after another, as a person would type them.
      for await (const line of rl) {
        if (line.trim() === ':quit') break;
        if (!interactive && line.trim() && !line.trim().startsWith('#')) write(`> ${line.trim()}\n`);
        await input(line);
        prompt();
      }
      rl.close();
    },
  };
  return api;
}
