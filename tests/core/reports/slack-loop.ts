/**
 * The report loop driven through the Slack stand-in, as people do it: a worker files with the /report
 * modal in the Meituan riders' channel, the branch secretary works the 🔴/🟢 card in the triage channel
 * (buttons, then the answer in the prompt's thread), the worker answers in the app's DM.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import {
  BOT_USER,
  createSlackTestApp,
  type Person,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';

export const RIDERS = 'C0MTRIDERS';
export const TRIAGE = 'C07TRIAGEMT';
export const ESCALATION = 'C07ESCALATE';
export const SECRETARY: Person = { id: 'U07MTSEC001', name: '王书记' };
export const ORGANISER: Person = { id: 'U07ORGLI001', name: '李老师' };

/** What a person sees of a message: its fallback text and its blocks. */
export const shown = (m: StoredMessage | undefined) => `${m?.text ?? ''}\n${JSON.stringify(m?.blocks ?? [])}`;

/** Bind the riders' channel to the Meituan branch (once per app). */
export async function bindRiders(t: SlackTestApp): Promise<void> {
  await t.command(
    t.p.command(ORGANISER, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'meituan-riders' }),
  );
  await t.settle();
}

/**
 * A Slack test file's whole rig: the app on the sample pack against the Slack stand-in, the organiser known to
 * Slack by name and the riders' channel bound to the Meituan branch before the file's tests; closed after them.
 * Used as the app itself (`const t = useSlackRiders()`), its members there inside tests only.
 */
export function useSlackRiders(): SlackTestApp {
  let app: SlackTestApp | undefined;
  beforeAll(async () => {
    app = await createSlackTestApp();
    app.api.users.set(ORGANISER.id, { name: ORGANISER.name });
    await bindRiders(app);
  });
  afterAll(async () => {
    await app?.close();
  });
  const made = (): SlackTestApp => {
    if (!app) throw new Error('useSlackRiders: the app exists only inside tests');
    return app;
  };
  return {
    get api() {
      return made().api;
    },
    get app() {
      return made().app;
    },
    get adapter() {
      return made().adapter;
    },
    get http() {
      return made().http;
    },
    get eventsUrl() {
      return made().eventsUrl;
    },
    get p() {
      return made().p;
    },
    get prefix() {
      return made().prefix;
    },
    get logs() {
      return made().logs;
    },
    event: (envelope, o) => made().event(envelope, o),
    command: (body, o) => made().command(body, o),
    interact: (body, o) => made().interact(body, o),
    settle: () => made().settle(),
    close: () => made().close(),
  };
}

/** What a worker puts in the /report modal. */
export interface ReportForm {
  words: string;
  /** The category chosen; none keeps the one the modal offers. */
  category?: string;
  /** Ids of PNG files in the stand-in, attached as photos. */
  photos?: string[];
  flags?: string[];
}

/** /report `args` in `channel` (the riders' by default) and the modal it opens submitted with `form`. */
export async function submitReport(
  t: SlackTestApp,
  worker: Person,
  form: ReportForm,
  { args = '', channel = RIDERS }: { args?: string; channel?: string } = {},
): Promise<void> {
  const mark = t.api.mark();
  await t.command(t.p.command(worker, '/report', args, { channel, name: 'meituan-riders' }));
  await t.api.waitFor('views.open', () => true, { after: mark });
  await t.settle();
  const view = t.api.views[t.api.views.length - 1]!;
  const { words, category, photos = [], flags = [] } = form;
  await t.interact(
    t.p.submit(worker, view, {
      desc: { text: { type: 'plain_text_input', value: words } },
      category: {
        choice: { type: 'static_select', selected_option: category ? { value: category } : null },
      },
      photos: { files: { type: 'file_input', files: photos.map((id) => ({ id, mimetype: 'image/png' })) } },
      options: { flags: { type: 'checkboxes', selected_options: flags.map((value) => ({ value })) } },
    }),
  );
  await t.settle();
}

/**
 * /report `args` in `channel` (the riders' by default), the modal submitted with `form`: the new ticket's number and
 * its card as posted in the triage channel.
 */
export async function fileToCard(
  t: SlackTestApp,
  worker: Person,
  form: ReportForm,
  where: { args?: string; channel?: string } = {},
): Promise<{ id: string; card: StoredMessage }> {
  const mark = t.api.mark();
  await submitReport(t, worker, form, where);
  await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
  await t.settle();
  const card = t.api.lastMessage(TRIAGE)!;
  return { id: /([A-Z]+-\d{4}-\d+)/.exec(shown(card))![1]!, card };
}

/** /report in the riders' channel, the modal submitted as shown (its category kept); the new ticket's id. */
export async function fileBySlack(
  t: SlackTestApp,
  worker: Person,
  text: string,
  flags: string[] = [],
): Promise<string> {
  const before = await t.app.deps.store.tickets.countSince('slack', worker.id, 0);
  await submitReport(t, worker, { words: text, flags }, { args: text });
  const mine = await t.app.deps.store.tickets.forWorker('slack', worker.id, 0, 1);
  expect(await t.app.deps.store.tickets.countSince('slack', worker.id, 0)).toBe(before + 1);
  return mine[0]!.id;
}

/** The ticket's card as it stands in the triage channel now. */
export async function cardOf(t: SlackTestApp, id: string): Promise<StoredMessage> {
  const ticket = (await t.app.deps.store.tickets.get(id))!;
  const card = t.api.messages.get(TRIAGE)?.find((m) => m.ts === ticket.card?.messageId);
  if (!card) throw new Error(`no card for ${id} in the triage channel`);
  return card;
}

/** A secretary presses a card button that asks for words (ask, resolve, …) and answers in the prompt's thread. */
export async function secretaryWrites(
  t: SlackTestApp,
  id: string,
  action: string,
  words: string,
): Promise<void> {
  await pressAndAnswer(t, SECRETARY, await cardOf(t, id), `tk:${action}:${id}`, words);
}

/** Press a button on a message in the triage channel, then answer the prompt the bot posts there in its thread. */
export async function pressAndAnswer(
  t: SlackTestApp,
  who: Person,
  message: StoredMessage,
  value: string | RegExp,
  words: string,
): Promise<void> {
  const mark = t.api.mark();
  await t.interact(t.p.press(who, message, value));
  await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
  await t.settle();
  const prompt = t.api.lastMessage(TRIAGE)!;
  await t.event(t.p.channelMessage(who, TRIAGE, words, { thread_ts: prompt.ts, parent_user_id: BOT_USER }));
  await t.settle();
}

/** Everything the bot has sent to a worker's DM so far, as they see it, oldest first. */
export const dmOf = (t: SlackTestApp, worker: Person): StoredMessage[] =>
  t.api.messages.get(t.api.imOf(worker.id)) ?? [];

/** The worker writes to the app in its DM. */
export async function dm(t: SlackTestApp, worker: Person, text: string): Promise<void> {
  await t.event(t.p.dm(worker, text));
  await t.settle();
}
