/**
 * Who pressed "收到" (stop 41: a notice's details showed counts only): from the details, 👥 谁点了收到 lists the
 * people group by group, by the name Telegram shows (escaped, a phone number in a name masked), paged when long; and
 * a press on a copy still showing the first words after a ✏️ 更正 counts for those words — the details say how many
 * pressed each version. Real app, real Redis, real grammY against the Bot API stand-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Chat, Message, User } from 'grammy/types';
import type { TestApp } from '../../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { clockAt, delivered, LESSONS_PACK } from '../lessons/fixtures.js';
import { ORGANISER, press } from './helpers.js';

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

/** Two groups bound, a notice with 收到 sent to both and delivered; the organiser's language as given. */
async function sent(language = 'zh-hans') {
  tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, now: clockAt(Date.now()).now });
  tg.app.deps.delivery.start(['telegram']);
  const { u } = tg;
  const organiser = u.person(ORGANISER, { language_code: language });
  const a = u.group(-1001234567801, '骑手一群');
  const b = u.group(-1001234567802, '骑手二群');
  for (const g of [a, b]) await tg.handle(u.groupText(g, u.person(ORGANISER), '/bind riders-test'));
  await tg.handle(u.privateText(u.person(ORGANISER), '/notice 周六驿站停电，请到别处充电。'));
  await press(tg, 'nt:all');
  await press(tg, 'nt:go');
  await press(tg, 'nt:ok');
  await delivered(tg as unknown as TestApp, 'notice:n1');
  const refs = (await tg.app.deps.delivery.status('notice:n1'))!.refs;
  /** The group's copy as its members see it now (its buttons included). */
  const copy = (g: Chat) =>
    ({
      ...tg!.api.lastMessage(g.id)!,
      chat: g,
      message_id: Number(refs[`telegram:${g.id}`]!.messageId),
    }) as Message;
  const ack = async (message: Message, who: User) => {
    const data = buttonsOf(message).find((x) => x.data?.startsWith('ack:'))!.data!;
    await tg!.handle(u.press(message, who, data));
  };
  return { tg, u, organiser, a, b, copy, ack };
}

/** `who` presses the button whose data starts with `prefix` on the bot's last message to the organiser. */
async function tap(tg: TelegramTestApp, who: User, prefix: string): Promise<void> {
  const message = tg.api.lastMessage(ORGANISER)!;
  const data = buttonsOf(message).find((x) => x.data?.startsWith(prefix))?.data;
  expect(data, `a button ${prefix} on "${message.text}"`).toBeDefined();
  await tg.handle(tg.u.press(message, who, data!));
}

/** The organiser opens the notice's details, then who pressed: the text of that message. */
async function whoPressed(tg: TelegramTestApp, organiser: User): Promise<string> {
  await tg.handle(tg.u.privateText(organiser, '/notices'));
  await tap(tg, organiser, 'nt:show:n1');
  await tap(tg, organiser, 'nt:who:n1');
  return String(tg.api.lastMessage(ORGANISER)!.text);
}

describe('who pressed 收到', () => {
  it('lists the people per group by the names Telegram shows, escaped, never a phone number', async () => {
    const { tg, u, organiser, a, b, copy, ack } = await sent();
    await ack(copy(a), u.person(7001, { first_name: '<b>王师傅</b>' }));
    await ack(copy(a), u.person(7002, { first_name: '李', last_name: '13812345678' }));
    await ack(copy(b), u.person(7003, { first_name: '张三' }));
    const sentHtml = tg.api.calls.length;
    const text = await whoPressed(tg, organiser);
    expect(text).toContain('通知 #n1 点了“收到”的人（3 人）');
    expect(text).toContain('骑手一群（收到 2 人）');
    expect(text).toContain('· <b>王师傅</b>');
    expect(text).toContain('骑手二群（收到 1 人）');
    expect(text).toContain('· 张三');
    expect(text).not.toContain('13812345678');
    // As sent: HTML with the name escaped, so a name can never become markup.
    const html = tg.api.calls
      .slice(sentHtml)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === ORGANISER)
      .map((c) => String(c.params.text))
      .at(-1)!;
    expect(html).toContain('&lt;b&gt;王师傅&lt;/b&gt;');
  });

  it('pages a long list, and speaks English and traditional characters', async () => {
    const { tg, u, a, copy, ack } = await sent('en');
    for (let i = 0; i < 45; i++) await ack(copy(a), u.person(7100 + i, { first_name: `Rider ${i}` }));
    const organiser = u.person(ORGANISER, { language_code: 'en' });
    const text = await whoPressed(tg, organiser);
    expect(text).toContain('Who pressed “got it” on notice #n1 (45, page 1 of 2)');
    expect(text).toContain('骑手一群 (got it: 45)');
    expect(buttonsOf(tg.api.lastMessage(ORGANISER)).map((x) => x.text)).toEqual(['Next page ›']);
    await tap(tg, organiser, 'nt:who:n1:1:p');
    const second = String(tg.api.lastMessage(ORGANISER)!.text);
    expect(second).toContain('page 2 of 2');
    expect(second).toContain('Rider 44');
    expect(second).not.toContain('Rider 3\n');
    const tw = u.person(ORGANISER, { language_code: 'zh-TW' });
    expect(await whoPressed(tg, tw)).toContain('通知 #n1 點了「收到」的人（45 人，第 1/2 頁）');
  });
});

describe('收到 after a correction', () => {
  it('a press on a copy still showing the first words counts for them; the details count each version', async () => {
    const { tg, u, organiser, a, b, copy, ack } = await sent();
    await ack(copy(a), u.person(7201, { first_name: '早按的' }));
    const firstWordsInB = copy(b);
    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    await press(tg, 'nt:fix:n1');
    const fixing = tg.api.mark();
    await tg.handle(u.privateText(organiser, '周日驿站停电，请到别处充电。'));
    for (const g of [a, b])
      await tg.api.waitFor('editMessageText', (p) => Number(p.chat_id) === g.id, { after: fixing });
    // One worker's phone still shows group B's copy as it was (the edit not arrived): the first words.
    await ack(firstWordsInB, u.person(7202, { first_name: '旧版' }));
    // Another presses the corrected copy.
    const corrected = copy(b);
    expect(buttonsOf(corrected).find((x) => x.data?.startsWith('ack:'))!.data).toBe('ack:n1:1');
    await ack(corrected, u.person(7203, { first_name: '新版' }));
    expect(await tg.app.deps.store.notices.ackCounts('n1')).toEqual({
      'telegram:-1001234567801': 1,
      'telegram:-1001234567802': 2,
    });
    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    const details = String(tg.api.lastMessage(ORGANISER)!.text);
    expect(details).toContain('骑手一群 · 收到 1 人（原文 1 人）');
    expect(details).toContain('骑手二群 · 收到 2 人（原文 1 人 · 第 1 次更正 1 人）');
    await press(tg, 'nt:who:n1');
    const who = String(tg.api.lastMessage(ORGANISER)!.text);
    expect(who).toContain('· 旧版（点在原文上）');
    expect(who).toMatch(/^· 新版$/m);
  });
});
