/**
 * A question in a group that names the notice it just got ("刚才的通知说哪天封路", "公告上写的几点", "what did the
 * notice say about the road") is answered from that notice, with a pointer to the pinned copy, not by the FAQ entry
 * that shares the word 通知 (QA28 #2). A question without the notice's name still gets the FAQ, and a group the
 * notice never reached is not quoted one. Real app, real Redis, real grammY against the Bot API stand-in.
 */
import type { Chat, User } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { waitFor } from '../../helpers/wait.js';

const ORGANISER = 1001;
const NOTICE = '明天上午九点起平凉路封路施工，请绕行。施工期间外卖车辆从控江路进出。';

let t: TelegramTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const group = (id: number, title = '美团杨浦骑手群') => ({ id, type: 'supergroup', title }) as Chat;

async function press(t: TelegramTestApp, chat: number, user: User, label: string): Promise<void> {
  const message = t.api.lastMessage(chat);
  const button = buttonsOf(message).find((b) => b.text.includes(label));
  if (!message || !button?.data) throw new Error(`no button "${label}" on: ${message?.text ?? 'no message'}`);
  await t.handle(t.u.press(message, user, button.data));
}

/** The organiser sends a notice (pinned, if asked) to every bound group. */
async function sendNotice(t: TelegramTestApp, chats: Chat[], pin = false): Promise<void> {
  const organiser = t.u.person(ORGANISER);
  await t.handle(t.u.privateText(organiser, '/notice'));
  await t.handle(t.u.privateText(organiser, NOTICE));
  await press(t, ORGANISER, organiser, '全部群');
  await press(t, ORGANISER, organiser, '下一步');
  if (pin) await press(t, ORGANISER, organiser, '置顶');
  await press(t, ORGANISER, organiser, '确认发送');
  for (const chat of chats)
    await waitFor(
      async () => !!(await t.app.deps.store.posts.latestNotice(`telegram:${chat.id}`)),
      'notice delivered',
    );
}

/** What the bot says in `chat` to a worker's mention. */
async function ask(t: TelegramTestApp, chat: Chat, worker: number, text: string): Promise<string> {
  const mark = t.api.mark();
  await t.handle(t.u.groupText(chat, t.u.person(worker), `@waystation_bot ${text}`));
  return t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === chat.id && !c.error)
    .map((c) => String(c.params.text))
    .join('\n');
}

describe('a question naming the notice the group just got', () => {
  it('is answered from the notice, in the words workers use for it; an FAQ question without it still gets the FAQ', async () => {
    t = await createTelegramTestApp();
    t.app.deps.delivery.start(['telegram']);
    const riders = group(-1_004_200_001_000);
    await t.handle(t.u.groupText(riders, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    await sendNotice(t, [riders], true);

    // Before: the FAQ entry about the 收到 button.
    let out = await ask(t, riders, 7401, '刚才的通知说哪天封路');
    expect(out).toContain('通知里是这样写的');
    expect(out).toContain('明天上午九点起平凉路封路施工');
    expect(out).toContain('完整的通知在本群的置顶消息里');
    expect(out).not.toContain('收到”按钮');

    for (const question of [
      '刚刚发的通知几点开始封路',
      '群里的公告说从哪条路进出',
      '刚才发的说几点开始施工',
      '最新通知讲的啥',
      '通知上写的哪天施工',
    ]) {
      out = await ask(t, riders, 7402, question);
      expect(out, question).toContain('平凉路封路施工');
      expect(out, question).not.toContain('收到”按钮');
    }
    // The part that answers, where there is one.
    out = await ask(t, riders, 7403, '今天的公告说车从哪里进出');
    expect(out).toContain('控江路进出');

    // The FAQ's own question, without the notice named: the FAQ answers.
    out = await ask(t, riders, 7404, '通知下面的收到要点吗');
    expect(out).toContain('收到');
    expect(out).not.toContain('平凉路');
    // A platform's message is not the group's notice.
    out = await ask(t, riders, 7405, '平台通知我账号被封了怎么办');
    expect(out).not.toContain('平凉路');
    // Naming the notice to ask the FAQ's own question: the FAQ still answers it.
    out = await ask(t, riders, 7406, '群通知的收到按钮要点吗');
    expect(out).toContain('收到”按钮');
    expect(out).not.toContain('平凉路');

    // Past its end (unpinned), the notice is no longer the group's: the question goes on as any other.
    const n = (await t.app.deps.store.notices.get('n1'))!;
    expect(n.pin).toBe(true);
    await t.app.deps.store.notices.save({ ...n, expiresAt: Date.now() - 60_000, expired: true });
    out = await ask(t, riders, 7407, '刚才的通知说哪天封路');
    expect(out).not.toContain('通知里是这样写的');
  });

  it('in zh-TW and English too', async () => {
    t = await createTelegramTestApp();
    t.app.deps.delivery.start(['telegram']);
    const tw = group(-1_004_200_002_000, '美團楊浦騎手群');
    const en = group(-1_004_200_003_000, 'Meituan Yangpu riders');
    await t.handle(t.u.groupText(tw, t.u.person(ORGANISER), '/bind meituan-yangpu zh-TW'));
    await t.handle(t.u.groupText(en, t.u.person(ORGANISER), '/bind meituan-yangpu en'));
    await sendNotice(t, [tw, en]);

    let out = await ask(t, tw, 7411, '剛才的通知說哪天封路');
    expect(out).toContain('平涼路封路施工');
    expect(out).not.toContain('置頂'); // not pinned: no pointer
    out = await ask(t, tw, 7412, '群組公告寫的幾點開始');
    expect(out).toContain('平涼路封路施工');

    out = await ask(t, en, 7413, 'what day did the notice say the road closes');
    expect(out).toContain('平凉路封路施工');
    out = await ask(t, en, 7414, 'what did the latest announcement say');
    expect(out).toContain('平凉路封路施工');
  });

  it('is not quoted a notice in a group the notice never reached', async () => {
    t = await createTelegramTestApp();
    t.app.deps.delivery.start(['telegram']);
    const riders = group(-1_004_200_004_000);
    const late = group(-1_004_200_005_000, '美团杨浦骑手二群');
    await t.handle(t.u.groupText(riders, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    await sendNotice(t, [riders]);
    await t.handle(t.u.groupText(late, t.u.person(ORGANISER), '/bind meituan-yangpu'));

    const out = await ask(t, late, 7421, '刚才的通知说哪天封路');
    expect(out).not.toContain('平凉路');
    expect(out).not.toContain('通知里是这样写的');
  });
});
