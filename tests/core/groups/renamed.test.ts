/**
 * A group renamed after /bind kept its old name on every organiser's list (QA30 "Not fixed"). Now the binding's
 * title follows the platform: Telegram's `new_chat_title` service message, or any later update from the group that
 * carries another title (a rename the bot missed); Slack's `channel_rename`. The organiser's board lists the new
 * name. Real app, real Redis, the real grammY and Bolt adapters against the Bot API and Slack stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chat, Message, Update, User } from 'grammy/types';
import { createBoard } from '../../../src/adapters/web/board.js';
import type { App } from '../../../src/app.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';

const ORGANISER = 1001;

let t: TelegramTestApp;
let s: SlackTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
  s = await createSlackTestApp();
});
afterAll(async () => {
  await t?.close();
  await s?.close();
});

/** The board's notices page as the organiser sees it: it lists every bound group that has not answered yet. */
async function boardNotices(app: App, secret: string): Promise<string> {
  const board = createBoard({ app, url: 'http://localhost:8080' });
  const login = await board.request(`/board/login?t=${secret}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const page = await board.request('/board/notices', { headers: { cookie } });
  expect(page.status).toBe(200);
  return page.text();
}

async function telegramBoard(): Promise<string> {
  const mark = t.api.mark();
  await t.handle(t.u.privateText(t.u.person(ORGANISER), '/board'));
  const secret = /login\?t=([A-Za-z0-9_-]+)/.exec(JSON.stringify(t.api.since(mark)))![1]!;
  return boardNotices(t.app, secret);
}

/** The service message Telegram sends when someone renames a group: the chat with its new title, no text. */
function renaming(chat: Chat, by: User): Update {
  const update = t.u.groupText(chat, by, '', { extra: { new_chat_title: chat.title } as Partial<Message> });
  delete (update.message as { text?: string }).text;
  return update;
}

describe('a Telegram group renamed', () => {
  it('is listed under its new name once Telegram says so (new_chat_title), without bidi controls', async () => {
    const g = t.u.group(-1003900000101, '美团杨浦骑手群');
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind meituan-yangpu'));
    expect(await telegramBoard()).toContain('美团杨浦骑手群');

    await t.handle(renaming(t.u.group(g.id, '\u202e杨浦骑手互助群'), organiser));
    const page = await telegramBoard();
    expect(page).toContain('杨浦骑手互助群');
    expect(page).not.toContain('美团杨浦骑手群');
    expect(page).not.toContain('\u202e');
  });

  it('catches up with a rename it missed when the group next speaks to it', async () => {
    const g = t.u.group(-1003900000102, '顺丰杨浦群');
    await t.handle(t.u.groupText(g, t.u.person(ORGANISER), '/bind sf-yangpu'));
    await t.handle(t.u.groupText(t.u.group(g.id, '顺丰杨浦营业部群'), t.u.person(39999), '/help'));
    const page = await telegramBoard();
    expect(page).toContain('顺丰杨浦营业部群');
    expect(page).not.toContain('顺丰杨浦群<');
  });
});

describe('a Slack channel renamed', () => {
  it('is listed under its new name (channel_rename)', async () => {
    const organiser = { id: 'U07ORGLI001', name: '李老师' };
    const channel = 'C0RENAMED1';
    await s.command(s.p.command(organiser, '/bind', 'meituan-yangpu', { channel, name: 'meituan-riders' }));
    await s.settle();
    expect((await s.app.deps.store.groups.get(`slack:${channel}`))?.title).toBe('#meituan-riders');

    await s.event(s.p.channelRename(channel, 'yangpu-riders'));
    await s.settle();
    await s.command(s.p.command(organiser, '/waystation', 'board', { channel: s.api.imOf(organiser.id) }));
    await s.settle();
    const dm = s.api.lastMessage(s.api.imOf(organiser.id));
    const secret = /login\?t=([A-Za-z0-9_-]+)/.exec(JSON.stringify(dm))![1]!;
    const page = await boardNotices(s.app, secret);
    expect(page).toContain('#yangpu-riders');
    expect(page).not.toContain('#meituan-riders');
  });
});
