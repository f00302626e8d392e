/**
 * What the console, as a chat app, remembers between runs: the messages it showed (so their numbered buttons
 * still work after a restart, as a Telegram chat's cards do — the bot says "上面的卡片还能接着用"), the last
 * message id (a new run does not hand out an id the bot still holds for another message), the titles given
 * to groups with `:in CHAT TITLE`, and how far `:clock` moved the bot's clock ahead of the machine's (the bot's
 * state was written at that time: going back would replay lessons and deadlines). One JSON line per change,
 * appended; compacted when read at start. `:reset yes` forgets the cards and the clock, not the titles.
 * Without a file (tests driving the adapter), this run only.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Card } from '../../core/card.js';
import type { MessageRef } from '../../core/types.js';

/** Where `npm start`'s console keeps its memory: beside the bot's state it goes with (one file per Redis key prefix). */
export const consoleStateFile = (prefix: string): string => `data/console/${prefix}.jsonl`;

/** Messages kept across runs, the latest: enough for any card a person scrolls back to. */
const KEPT = 2000;

export interface KnownMessage {
  ref: MessageRef;
  card: Card;
}

type Line =
  | { message: string; ref: MessageRef; card: Card }
  | { chat: string; title: string }
  /** `:clock`'s offset from the machine's clock (ms). */
  | { clock: number }
  /** The highest message id handed out, kept when the messages are forgotten. */
  | { lastId: number };

export interface ConsoleMemory {
  readonly messages: Map<string, KnownMessage>;
  readonly titles: Map<string, string>;
  /** The highest message id handed out so far (0 when none). */
  readonly lastId: number;
  /** How far ahead of the machine's clock `:clock` had moved the bot's (ms; 0 when never). */
  readonly clockOffset: number;
  message(id: string, known: KnownMessage): void;
  title(chat: string, title: string): void;
  clock(offsetMs: number): void;
  /** `:reset yes`: forget the cards and the clock (ids still go on from the last one handed out). */
  forget(lastId: number): void;
}

/** The clock offset a console memory holds, read before the app starts (main.ts); 0 without one. */
export function rememberedClockOffset(file: string): number {
  return consoleMemory(file).clockOffset;
}

export function consoleMemory(file?: string): ConsoleMemory {
  const messages = new Map<string, KnownMessage>();
  const titles = new Map<string, string>();
  let clockOffset = 0;
  let keptId = 0;
  if (file && existsSync(file)) {
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const line = parse(raw);
      if (!line) continue;
      if ('message' in line) messages.set(line.message, { ref: line.ref, card: line.card });
      else if ('chat' in line) titles.set(line.chat, line.title);
      else if ('clock' in line) clockOffset = line.clock;
      else {
        // Forgotten at a reset: what came before is gone.
        messages.clear();
        clockOffset = 0;
        keptId = Math.max(keptId, line.lastId);
      }
    }
    for (const id of [...messages.keys()].slice(0, Math.max(0, messages.size - KEPT))) messages.delete(id);
    rewrite();
  }
  const lastId = Math.max(keptId, ...[...messages.keys()].map(Number).filter(Number.isInteger));

  function rewrite(): void {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const lines: Line[] = [
      ...(keptId ? [{ lastId: keptId }] : []),
      ...[...titles].map(([chat, title]) => ({ chat, title })),
      ...(clockOffset ? [{ clock: clockOffset }] : []),
      ...[...messages].map(([message, m]) => ({ message, ...m })),
    ];
    writeFileSync(file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }
  function append(line: Line): void {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }

  return {
    messages,
    titles,
    lastId,
    message(id, known) {
      messages.set(id, known);
      // A file's bytes are on disk already (the card names the path): not kept twice.
      const { file: _file, ...card } = known.card;
      append({ message: id, ref: known.ref, card });
    },
    title(chat, title) {
      titles.set(chat, title);
      append({ chat, title });
    },
    get clockOffset() {
      return clockOffset;
    },
    clock(offsetMs) {
      clockOffset = offsetMs;
      append({ clock: offsetMs });
    },
    forget(lastId) {
      messages.clear();
      clockOffset = 0;
      keptId = lastId;
      append({ lastId });
    },
  };
}

/** One line of the file; undefined for a line cut short (a run killed mid-write) or of another shape. */
function parse(raw: string): Line | undefined {
  if (!raw.trim()) return undefined;
  try {
    const line = JSON.parse(raw) as Partial<Line> | null;
    if (line && typeof line === 'object') {
      if ('message' in line && typeof line.message === 'string' && line.ref && line.card) return line as Line;
      if ('chat' in line && typeof line.chat === 'string' && typeof line.title === 'string')
        return line as Line;
      if ('clock' in line && typeof line.clock === 'number' && line.clock >= 0) return line as Line;
      if ('lastId' in line && typeof line.lastId === 'number') return line as Line;
    }
  } catch {
    // cut short
  }
  return undefined;
}
