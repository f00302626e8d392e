/**
 * A scheduled lesson with a quiz through real grammY, against the Bot API stand-in: the picture and
 * the lesson go out (silently, with the quiz as inline buttons), a tap is answered privately with an
 * alert, and the lesson message is edited to show the tally.
 */
import type { Chat, Message } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { LESSONS_PACK, MONDAY_10 } from './fixtures.js';

/** Three tries, a few milliseconds apart. */
const QUICK_RETRIES = { maxAttempts: 3, backoffBaseMs: 10, backoffMaxMs: 20 };

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

/**
 * The lessons pack's app, delivering, with a riders' group (or a topic of it) bound by the organiser (1001). The app
 * is also kept in `tg`, for afterEach to close.
 */
async function deliveringWithGroup(
  chatId: number,
  topic?: number,
): Promise<{ tg: TelegramTestApp; group: Chat }> {
  const app = await createTelegramTestApp({ contentDir: LESSONS_PACK });
  tg = app;
  app.app.deps.delivery.start(['telegram']);
  const { api, u } = app;
  const group = u.group(chatId, '测试骑手群');
  const organiser = u.person(1001);
  await app.handle(
    topic === undefined
      ? u.groupText(group, organiser, '/bind riders-test')
      : u.topicText(group, organiser, '/bind riders-test', topic),
  );
  await api.waitFor('sendMessage', (p) => String(p.text).includes('已绑定'));
  return { tg: app, group };
}

describe('a lesson push on Telegram', () => {
  it('sends the picture and the lesson with quiz buttons; a tap gets private feedback and a tally edit', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567890);
    const { api, u } = tg;

    const mark = api.mark();
    const report = await tg.app.lessons.tick(MONDAY_10);
    expect(report.pushes.map((p) => p.outcome)).toEqual(['queued']);
    const photo = await api.waitFor('sendPhoto', (p) => Number(p.chat_id) === group.id, { after: mark });
    expect(String(photo.params.disable_notification)).toBe('true'); // an upload is multipart: every field is text
    const sent = await api.waitFor('sendMessage', (p) => String(p.text).includes('头盔要戴好'), {
      after: mark,
    });
    expect(sent.params.parse_mode).toBe('HTML');
    expect(sent.params.disable_notification).toBe(true);
    expect(String(sent.params.text)).toContain('<b>头盔要戴好</b>');
    expect(String(sent.params.text)).toContain('<b>扣好卡扣</b>');
    // The picture comes before the text.
    expect(api.calls.indexOf(photo)).toBeLessThan(api.calls.indexOf(sent));

    const lesson = api.lastMessage(group.id) as Message;
    expect(buttonsOf(lesson)).toEqual([
      { text: 'A. 头盔', data: 'qz:safety-helmet:0' },
      { text: 'B. 帽子', data: 'qz:safety-helmet:1' },
      { text: 'C. 耳机', data: 'qz:safety-helmet:2' },
    ]);

    const rider = u.person(555);
    await tg.handle(u.press(lesson, rider, 'qz:safety-helmet:0'));
    const answer = await api.waitFor('answerCallbackQuery', undefined, { after: mark });
    expect(answer.params).toMatchObject({ show_alert: true, text: '✅ 答对了！头盔能在事故中保护头部。' });
    const edit = await api.waitFor('editMessageText', (p) => String(p.text).includes('1 人作答'), {
      after: mark,
    });
    expect(edit.params.message_id).toBe(lesson.message_id);
    expect(String(edit.params.text)).toContain('A 1 · B 0 · C 0');

    // The same person again: told so, counted once.
    const again = api.mark();
    await tg.handle(u.press(lesson, rider, 'qz:safety-helmet:1'));
    const second = await api.waitFor('answerCallbackQuery', undefined, { after: again });
    expect(String(second.params.text)).toContain('已经答过啦（选的是 A）');
    expect(await tg.app.deps.store.lessons.tally(`telegram:${group.id}`, 'safety-helmet', 3)).toEqual({
      byOption: [1, 0, 0],
      takers: 1,
      right: 1,
    });
  });

  it("a quiz answer forged on another of the bot's messages changes nothing and is told the button is no longer valid (found by QA10)", async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    const { api, u } = tg;
    const organiser = u.person(1001);
    const group = u.group(-1001234567891, '测试骑手群');
    await tg.handle(u.groupText(group, organiser, '/bind riders-test'));
    await api.waitFor('sendMessage', (p) => String(p.text).includes('已绑定'));
    const bound = api.lastMessage(group.id) as Message;

    // A modified client sends the quiz's data on the bind answer (which has no such button).
    const mark = api.mark();
    await tg.handle(u.press(bound, u.person(556), 'qz:safety-helmet:0'));
    const answer = await api.waitFor('answerCallbackQuery', undefined, { after: mark });
    expect(String(answer.params.text)).toBe('这个按钮已失效，请重新发起。');
    expect(api.since(mark).filter((c) => c.method === 'editMessageText')).toEqual([]);
    expect(await tg.app.deps.store.lessons.tally(`telegram:${group.id}`, 'safety-helmet', 3)).toMatchObject({
      takers: 0,
    });
  });

  it('a picture that fails for a passing reason (500) holds the lesson back and it is tried again: picture, then text, once (QA10)', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, limits: QUICK_RETRIES });
    tg.app.deps.delivery.start(['telegram']);
    const { api, u } = tg;
    const group = u.group(-1001234567892, '测试骑手群');
    await tg.handle(u.groupText(group, u.person(1001), '/bind riders-test'));
    api.fail('sendPhoto', { error_code: 500, description: 'Internal Server Error', times: 2 });

    const mark = api.mark();
    await tg.app.lessons.tick(MONDAY_10);
    await api.waitFor('sendMessage', (p) => String(p.text).includes('头盔要戴好'), { after: mark });
    const sent = api.since(mark).filter((c) => Number(c.params.chat_id) === group.id);
    // Nothing reached the group until the picture went; then the picture and the lesson, once each.
    expect(sent.map((c) => `${c.method}${c.error ? ` ${c.error}` : ''}`)).toEqual([
      'sendPhoto 500',
      'sendPhoto 500',
      'sendPhoto',
      'sendMessage',
    ]);
  });

  it('a picture that keeps failing: after the last try the lesson goes without it, and the log says so (QA10)', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, limits: QUICK_RETRIES });
    tg.app.deps.delivery.start(['telegram']);
    const { api, u } = tg;
    const group = u.group(-1001234567893, '测试骑手群');
    await tg.handle(u.groupText(group, u.person(1001), '/bind riders-test'));
    api.fail('sendPhoto', { error_code: 502, description: 'Bad Gateway', times: 10 });

    const mark = api.mark();
    await tg.app.lessons.tick(MONDAY_10);
    await api.waitFor('sendMessage', (p) => String(p.text).includes('头盔要戴好'), { after: mark });
    const sent = api.since(mark).filter((c) => Number(c.params.chat_id) === group.id);
    expect(sent.map((c) => `${c.method}${c.error ? ` ${c.error}` : ''}`)).toEqual([
      'sendPhoto 502',
      'sendPhoto 502',
      'sendPhoto 502',
      'sendMessage',
    ]);
    expect(tg.logs.map((l) => String(l.msg))).toContainEqual(expect.stringContaining('picture is left out'));
  });

  it('a lesson the group never got, because the bot had been removed, comes first once the bot is back (QA19)', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567894);
    const { api, u } = tg;
    const organiser = u.person(1001);

    // Monday: the bot has been removed; the push is refused and the organisers are told.
    let removed = true;
    const here = (p: Record<string, unknown>) => removed && Number(p.chat_id) === group.id;
    for (const method of ['sendPhoto', 'sendMessage'])
      api.fail(method, {
        error_code: 403,
        description: 'Forbidden: bot was kicked from the group chat',
        times: 100,
        when: here,
      });
    await tg.app.lessons.tick(MONDAY_10);
    await api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === -1009999 && String(p.text).includes('测试骑手群'),
    );

    // The bot is added back and the group bound again: Tuesday's push brings the lesson it missed.
    removed = false;
    await tg.handle(u.botMembership(group, organiser, true));
    await tg.handle(u.groupText(group, organiser, '/bind riders-test'));
    const mark = api.mark();
    await tg.app.lessons.tick(MONDAY_10 + 86_400_000);
    const sent = await api.waitFor('sendMessage', (p) => String(p.text).includes('📚'), { after: mark });
    expect(String(sent.params.text)).toContain('第 1/3 课');
    expect(String(sent.params.text)).toContain('头盔要戴好');
  });

  it('a group that removes the bot: the organisers are told once in their escalation chat, and nothing is pushed there (QA19)', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567896);
    const { api, u } = tg;

    const mark = api.mark();
    await tg.handle(u.botMembership(group, u.person(4242), false));
    await tg.handle(u.botMembership(group, u.person(4242), false)); // Telegram may say it twice
    const told = await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: mark });
    expect(api.shownTexts(mark).join('\n')).toContain('机器人无法在群「测试骑手群」');
    expect(String(told.params.text)).toContain('该群已标记为停用');

    // Monday's push passes the group by; the warning was the only message.
    const report = await tg.app.lessons.tick(MONDAY_10);
    expect(report.pushes[0]!.lessons).toEqual({});
    const marker = await tg.app.deps.delivery.enqueue({
      id: 'system:qa19-marker',
      kind: 'system',
      items: [{ to: { channel: 'telegram', chatId: '-1009999' }, card: { text: ['marker'] } }],
    });
    expect(marker.queued).toBe(1);
    await api.waitFor('sendMessage', (p) => p.text === 'marker', { after: mark });
    expect(
      api
        .since(mark)
        .filter((c) => c.method === 'sendMessage')
        .map((c) => Number(c.params.chat_id)),
    ).toEqual([-1009999, -1009999]);
  });

  it('a series that runs out: the organisers are told once, in the escalation chat, and not at each later push (QA19)', async () => {
    const { tg } = await deliveringWithGroup(-1001234567899);
    const { api } = tg;
    const day = 86_400_000;
    // Three lessons of "安全第一", Monday to Wednesday.
    for (let d = 0; d < 3; d++) {
      const r = await tg.app.lessons.tick(MONDAY_10 + d * day);
      expect(r.pushes[0]!.outcome).toBe('queued');
    }
    const mark = api.mark();
    const thursday = await tg.app.lessons.tick(MONDAY_10 + 3 * day);
    expect(thursday.pushes[0]!.outcome).toBe('empty');
    const told = await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: mark });
    expect(String(told.params.text)).toBe(
      '📚 排期 weekday-safety 的课程已经推完：“安全第一”的每一节课各群都已学过，之后到点不会再推送。要继续，请在内容包里添加新课；不再需要的话，可以删掉这个排期。',
    );
    // Friday's push is empty too, and says nothing more.
    await tg.app.lessons.tick(MONDAY_10 + 4 * day);
    const marker = await tg.app.deps.delivery.enqueue({
      id: 'system:ran-out-marker',
      kind: 'system',
      items: [{ to: { channel: 'telegram', chatId: '-1009999' }, card: { text: ['marker'] } }],
    });
    expect(marker.queued).toBe(1);
    await api.waitFor('sendMessage', (p) => p.text === 'marker', { after: mark });
    const escalation = api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === -1009999)
      .map((c) => String(c.params.text));
    expect(escalation).toHaveLength(2); // the warning and the marker
  });

  it('two pushes that find the series run out at once (catch-up on two replicas) tell the organisers once', async () => {
    const { tg } = await deliveringWithGroup(-1001234567897);
    const { api } = tg;
    const day = 86_400_000;
    for (let d = 0; d < 3; d++) await tg.app.lessons.tick(MONDAY_10 + d * day);
    const schedule = tg.app.deps.content.get().schedules.find((s) => s.id === 'weekday-safety')!;
    const push = (d: number) => ({ schedule, fireAt: MONDAY_10 + d * day, sendAt: MONDAY_10 + d * day });
    const mark = api.mark();
    const results = await Promise.all([tg.app.lessons.runPush(push(3)), tg.app.lessons.runPush(push(4))]);
    expect(results.map((r) => r.outcome)).toEqual(['empty', 'empty']);
    await tg.app.deps.delivery.enqueue({
      id: 'system:ran-out-marker-2',
      kind: 'system',
      items: [{ to: { channel: 'telegram', chatId: '-1009999' }, card: { text: ['marker'] } }],
    });
    await api.waitFor('sendMessage', (p) => p.text === 'marker', { after: mark });
    const told = api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && String(c.params.text).includes('已经推完'));
    expect(told).toHaveLength(1);
  });

  it('a group that removes the bot again after adding it back: the organisers are told again (QA19)', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567898);
    const { api, u } = tg;
    const warnings = (mark: number) =>
      api
        .since(mark)
        .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === -1009999)
        .map((c) => String(c.params.text));

    const first = api.mark();
    await tg.handle(u.botMembership(group, u.person(4242), false));
    await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: first });
    // Someone adds the bot back (no /bind), then it is removed once more.
    await tg.handle(u.botMembership(group, u.person(4242), true));
    const second = api.mark();
    await tg.handle(u.botMembership(group, u.person(4242), false));
    await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: second });
    expect(warnings(first)).toHaveLength(2);
    expect(warnings(second)[0]).toContain('机器人无法在群「测试骑手群」');
  });

  it('a group where the bot lost the right to post (400 "not enough rights"): marked inactive and the organisers told, as for a removal (QA19)', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567897);
    const { api } = tg;
    for (const method of ['sendPhoto', 'sendMessage'])
      api.fail(method, {
        error_code: 400,
        description: 'Bad Request: not enough rights to send text messages to the chat',
        times: 100,
        when: (p) => Number(p.chat_id) === group.id,
      });

    const mark = api.mark();
    await tg.app.lessons.tick(MONDAY_10);
    await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: mark });
    expect(api.shownTexts(mark).join('\n')).toContain('机器人无法在群「测试骑手群」');
    // Tuesday's push passes the group by instead of being refused again.
    const tuesday = await tg.app.lessons.tick(MONDAY_10 + 86_400_000);
    expect(tuesday.pushes[0]!.lessons).toEqual({});
  });

  it('a forum topic that was closed: the lesson reaches the group in General, its pushes stay there, and the organisers are told once (QA19)', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567898, 77);
    const { api } = tg;
    api.closeTopic(group.id, 77);

    const mark = api.mark();
    await tg.app.lessons.tick(MONDAY_10);
    const lesson = await api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === group.id && String(p.text).includes('头盔要戴好'),
      { after: mark },
    );
    expect(lesson.params.message_thread_id).toBeUndefined();
    const told = await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: mark });
    expect(api.shownTexts(mark).join('\n')).toContain('群「测试骑手群」（');
    expect(String(told.params.text)).toContain('主话题（General）');
    expect(String(told.params.text)).toContain('/bind riders-test');

    // Tuesday's lesson goes straight to General: nothing refused, nobody told again.
    const tuesday = api.mark();
    await tg.app.lessons.tick(MONDAY_10 + 86_400_000);
    await api.waitFor('sendMessage', (p) => String(p.text).includes('第 2/3 课'), { after: tuesday });
    const marker = await tg.app.deps.delivery.enqueue({
      id: 'system:topic-marker',
      kind: 'system',
      items: [{ to: { channel: 'telegram', chatId: '-1009999' }, card: { text: ['marker'] } }],
    });
    expect(marker.queued).toBe(1);
    await api.waitFor('sendMessage', (p) => p.text === 'marker', { after: tuesday });
    const calls = api.since(tuesday);
    expect(calls.filter((c) => c.error)).toEqual([]);
    expect(calls.filter((c) => c.params.message_thread_id !== undefined)).toEqual([]);
    expect(calls.filter((c) => c.method === 'sendMessage').map((c) => Number(c.params.chat_id))).toEqual([
      group.id,
      -1009999,
    ]);
  });

  it('a deleted topic in a group whose General is closed too: marked inactive and the organisers told, as for a removal (QA19)', async () => {
    const { tg, group } = await deliveringWithGroup(-1001234567899, 77);
    const { api } = tg;
    api.deleteTopic(group.id, 77);
    api.closeTopic(group.id);

    const mark = api.mark();
    await tg.app.lessons.tick(MONDAY_10);
    await api.waitFor('sendMessage', (p) => Number(p.chat_id) === -1009999, { after: mark });
    expect(api.shownTexts(mark).join('\n')).toContain('机器人无法在群「测试骑手群」');
    const tuesday = await tg.app.lessons.tick(MONDAY_10 + 86_400_000);
    expect(tuesday.pushes[0]!.lessons).toEqual({});
  });
});
