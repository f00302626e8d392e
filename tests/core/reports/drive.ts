/**
 * Driving whole tickets through the console for the sweep, stats, export and retention tests: a worker
 * reports from a bound group (so the ticket lands at that group's branch), a secretary claims and
 * resolves on the triage card, the worker confirms, objects or rates — the same presses people make.
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createBoard } from '../../../src/adapters/web/board.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, lastTicketId, linesIn, press, T0 } from './helpers.js';

/**
 * The reports tests' usual setup: one app on a movable clock (reset to T0 and the transcript taken before each
 * test), the sample groups bound when asked (`'meituan'`: its group only). `app` exists inside tests only.
 */
export function useReportsApp(options: { bind?: boolean | 'meituan' } = {}): {
  readonly app: TestApp;
  readonly clock: ReturnType<typeof clock>;
} {
  const c = clock();
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp({ now: c.now });
    if (options.bind === 'meituan') await bindMeituan(app);
    else if (options.bind) await bindGroups(app);
  });
  afterAll(async () => app?.close());
  beforeEach(() => {
    c.set(T0);
    app?.take();
  });
  return {
    get app() {
      if (!app) throw new Error('useReportsApp: the app exists only inside tests');
      return app;
    },
    clock: c,
  };
}

/** The workers' groups of the sample pack's meituan and eleme branches. */
export async function bindGroups(app: TestApp): Promise<void> {
  await bindMeituan(app);
  await app.type(':in riders-eleme 饿了么骑手群', '/bind eleme-yangpu');
}

/** The sample pack's meituan workers' group, bound by organiser org-li. */
async function bindMeituan(app: TestApp): Promise<void> {
  await app.type(':as org-li', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
}

/**
 * `user` reports `text` from `group` through the private link; `category` is a category's button label
 * to choose instead of the proposed one; `attach` is what they send before the words (`:loc 31.304 121.515`,
 * `:photo`). Returns the ticket number.
 */
export async function fileFrom(
  app: TestApp,
  user: string,
  group: string,
  text: string,
  options: { category?: string; anonymous?: boolean; attach?: string } = {},
): Promise<string> {
  await app.type(`:as ${user}`, `:in ${group}`, '/report');
  await press(app, group, '私下反映');
  if (options.attach) await app.type(options.attach);
  await app.type(text);
  if (options.category) {
    await press(app, user, '换一个分类');
    await press(app, user, options.category);
  } else {
    await press(app, user, '对，下一步');
  }
  await press(app, user, options.anonymous ? '匿名反映' : '实名反映');
  if (!options.anonymous) await press(app, user, '不同意');
  await press(app, user, '提交');
  return lastTicketId(app, user);
}

/**
 * `user` (in zh-CN) reports `text` privately from the meituan riders' group, named and agreeing to share their
 * contact, with the proposed category. Returns the ticket number.
 */
export async function meituanTicket(app: TestApp, user: string, text: string): Promise<string> {
  await app.type(`:as ${user} zh-CN`, ':in riders-meituan', '/report');
  await press(app, 'riders-meituan', '私下反映');
  await app.type(text);
  await press(app, user, '对，下一步');
  await press(app, user, '实名反映');
  await press(app, user, '同意');
  await press(app, user, '提交');
  return lastTicketId(app, user);
}

/** The message id of a ticket's card in a triage chat. */
export function cardOf(app: TestApp, chat: string, id: string): string {
  const line = linesIn(app, chat).find(
    (l) => l.kind === 'send' && l.text.includes(id) && l.choices.length > 0,
  );
  if (!line) throw new Error(`no card for ${id} in ${chat}`);
  return line.id;
}

export async function claim(app: TestApp, secretary: string, chat: string, id: string): Promise<void> {
  await app.type(`:as ${secretary}`, `:in ${chat}`);
  await press(app, chat, '签收', cardOf(app, chat, id));
}

export async function resolve(
  app: TestApp,
  secretary: string,
  chat: string,
  id: string,
  note = '已与站点沟通处理',
): Promise<void> {
  await app.type(`:as ${secretary}`, `:in ${chat}`);
  await press(app, chat, '办结', cardOf(app, chat, id));
  await app.type(`:reply ${note}`);
}

/** `secretary` presses 询问 on the ticket's card and asks its worker `question`; returns the triage chat. */
export async function askOnCard(
  app: TestApp,
  id: string,
  question: string,
  secretary = 'sec-meituan',
): Promise<string> {
  const card = (await app.app.deps.store.tickets.get(id))!.card!;
  const triage = card.address.chatId;
  await app.type(`:as ${secretary}`, `:in ${triage}`);
  await press(app, triage, '询问', card.messageId);
  await app.type(`:reply ${question}`);
  return triage;
}

/** The worker taps "solved" on the resolution notice, and rates it when `stars` is given. */
export async function confirm(app: TestApp, user: string, stars?: number): Promise<void> {
  await app.type(`:as ${user}`, ':dm');
  await press(app, user, '解决了');
  if (stars) await press(app, user, `${stars}★`);
}

/** The worker taps "not solved" and says why: the ticket reopens at its branch. */
export async function object(app: TestApp, user: string, comment = '还是没解决，罚款没退'): Promise<void> {
  await app.type(`:as ${user}`, ':dm');
  await press(app, user, '没解决');
  await app.type(comment);
}

/** The person asks the bot for /board in private; returns the sign-in link's secret. */
export async function boardLink(app: TestApp, user: string): Promise<string> {
  app.take();
  await app.type(`:as ${user}`, ':dm', '/board');
  const out = app.take().join('\n');
  const secret = /login\?t=([A-Za-z0-9_-]+)/.exec(out)?.[1];
  if (!secret) throw new Error(`no link in: ${out}`);
  return secret;
}

/**
 * A board page as `user`, signed in with the link /board gives them, fetched as a browser would (no browser
 * needed): `path` with its query, e.g. `/board/t/YP-1?lang=en`.
 */
export async function boardPage(app: TestApp, user: string, path: string): Promise<string> {
  const secret = await boardLink(app, user);
  const board = createBoard({ app: app.app, url: 'http://127.0.0.1' });
  const login = await board.fetch(new Request(`http://127.0.0.1/board/login?t=${secret}`));
  const cookie = (login.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .filter((c) => c && !c.startsWith('ws_lang='))
    .join('; ');
  const page = await board.fetch(new Request(`http://127.0.0.1${path}`, { headers: { cookie } }));
  expect(page.status).toBe(200);
  return page.text();
}
