/**
 * QA19: a notice that went out can be corrected (every delivered copy edited in place, marked "（已更正）"; copies
 * still waiting go out with the new text, unmarked) and withdrawn (copies deleted; one Telegram will not delete, over 48 hours
 * old, changed to "此通知已撤回" and unpinned; the details count both), from its /notices details, by organisers only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import type { TestApp } from '../../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { waitFor } from '../../helpers/wait.js';
import {
  bindGroup,
  clockAt,
  delivered,
  LESSONS_PACK,
  lessonApp,
  MONDAY_10,
  sentTo,
  sh,
} from '../lessons/fixtures.js';
import { ORGANISER, press, sendPinnedWithEnd } from './helpers.js';

let tg: TelegramTestApp | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await tg?.close();
  await t?.close();
  tg = t = undefined;
});

describe('correcting and withdrawing a notice on Telegram', () => {
  it('edits every copy in place, then deletes them, replacing and unpinning the one too old to delete', async () => {
    const clock = clockAt(Date.now());
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, now: clock.now });
    tg.app.deps.delivery.start(['telegram']);
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const a = u.group(-1001234567801, '骑手一群');
    const b = u.group(-1001234567802, '骑手二群');
    for (const g of [a, b]) {
      await tg.handle(u.groupText(g, organiser, '/bind riders-test'));
      await api.waitFor(
        'sendMessage',
        (p) => Number(p.chat_id) === g.id && String(p.text).includes('已绑定'),
      );
    }
    await tg.handle(u.privateText(organiser, '/notice 周六驿站停电，请到别处充电。'));
    await press(tg, 'nt:all');
    await press(tg, 'nt:go');
    await press(tg, 'nt:pin');
    await press(tg, 'nt:ok');
    await delivered(tg as unknown as TestApp, 'notice:n1');
    const refs = (await tg.app.deps.delivery.status('notice:n1'))!.refs;
    const idIn = (g: { id: number }) => Number(refs[`telegram:${g.id}`]!.messageId);
    await api.waitFor('pinChatMessage', (p) => Number(p.chat_id) === b.id);
    await api.waitFor('pinChatMessage', (p) => Number(p.chat_id) === a.id);

    // ✏️ 更正 from the details: the new text, and each group's copy edited to it.
    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    expect(buttonsOf(api.lastMessage(ORGANISER)).map((x) => x.text)).toEqual(['✏️ 更正 #n1', '🗑 撤回 #n1']);
    await press(tg, 'nt:fix:n1');
    expect(api.shownTexts().at(-1)).toContain('请发送 #n1 更正后的全文');
    const fixing = api.mark();
    await tg.handle(u.privateText(organiser, '周日驿站停电，请到别处充电。'));
    expect(api.shownTexts(fixing).join('\n')).toContain('已发出的 2 条消息正在逐条修改');
    for (const g of [a, b]) {
      const edit = await api.waitFor(
        'editMessageText',
        (p) => Number(p.chat_id) === g.id && Number(p.message_id) === idIn(g),
        { after: fixing },
      );
      expect(String(edit.params.text)).toContain('📢 通知</b> （已更正）\n周日驿站停电');
    }
    // A worker's /notices is still refused; an edited copy still takes "收到".
    await tg.handle(u.privateText(u.person(8001), '/notices'));
    expect(api.shownTexts().at(-1)).toContain('通知由组织者发布');

    // 🗑 撤回: group two's copy is over 48 hours old, which Telegram will not delete.
    api.age(b.id, idIn(b), 49 * 3600);
    clock.at += 49 * 3600_000;
    await tg.handle(u.privateText(organiser, '/notices'));
    expect(api.shownTexts().at(-1)).toContain('（已更正）');
    await press(tg, 'nt:show:n1');
    await press(tg, 'nt:withdraw:n1');
    expect(api.shownTexts().at(-1)).toContain(
      '确定撤回 #n1 吗？已发出的 2 条会被删除（超过 48 小时删不掉的，改成“此通知已撤回”并取消置顶）',
    );
    const withdrawing = api.mark();
    await press(tg, 'nt:withdraw-yes:n1');
    expect(api.shownTexts(withdrawing).join('\n')).toContain('已发出的 2 条消息逐条删除');
    await waitFor(
      async () => (await tg!.app.deps.delivery.status('notice-withdraw:n1'))?.pending === 0,
      'withdrawn',
    );
    expect(api.exists(a.id, idIn(a))).toBe(false);
    expect(api.exists(b.id, idIn(b))).toBe(true);
    const replaced = api
      .since(withdrawing)
      .find((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === b.id);
    expect(String(replaced?.params.text)).toBe('📢 此通知已撤回。');
    expect(replaced?.params.reply_markup).toBeUndefined(); // no "收到" button left
    expect(api.pinned(b.id)).toEqual([]);

    await tg.handle(u.privateText(organiser, '/notices'));
    expect(api.shownTexts().at(-1)).toContain('🗑 已撤回：删除 1 条 · 未能删除 1 条');
    await press(tg, 'nt:show:n1');
    const details = api.shownTexts().at(-1)!;
    expect(details).toContain(
      '🗑 已撤回：删除 1 条 · 删不掉、已改为“此通知已撤回” 1 条 · 失败 0 条 · 处理中 0 条',
    );
    expect(details).toContain('🗑 骑手一群 · 已删除');
    expect(details).toContain('↩️ 骑手二群 · 超过 48 小时删不掉，已改为“此通知已撤回”并取消置顶');
    expect(buttonsOf(api.lastMessage(ORGANISER))).toEqual([]);

    // A worker replying to the copy that could not be deleted is not quoted the withdrawn words.
    const asking = api.mark();
    const copy = { ...api.lastMessage(b.id)!, message_id: idIn(b) } as Message;
    await tg.handle(u.groupText(b, u.person(8002), '这个通知是啥意思', { replyTo: copy }));
    expect(api.shownTexts(asking).join('\n')).not.toContain('停电');
  });
});

describe('withdrawing a notice with no copy on Telegram', () => {
  it('does not speak of copies too old to delete: only Telegram has that limit (QA26 #2)', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type(':as org-test', ':dm', '/notice', '周六驿站停电。', ':press 1', ':press 5', ':press 4');
    await delivered(t, 'notice:n1');
    await t.type('/notices', ':press 1'); // 详情
    await t.type(':press 2'); // 🗑 撤回
    const ask = t.console.transcript.at(-1)!.text;
    // With nothing waiting, no "还在等待的 0 个群不再发送" (QA28 #4).
    expect(ask).toContain('确定撤回 #n1 吗？已发出的 1 条会被删除。');
    expect(ask).not.toContain('等待');
    expect(ask).not.toContain('48 小时');
  });
});

describe('correcting a notice whose groups are still waiting', () => {
  it('sends the waiting copies with the new text, unmarked: those groups never saw the old words', async () => {
    t = await lessonApp(clockAt(MONDAY_10), { engine: false });
    await bindGroup(t, 'riders-a', 'riders-test');
    await bindGroup(t, 'couriers-a', 'couriers-test');
    await t.type(':as org-test', ':dm', '/notice', '周六驿站停电。', ':press 1', ':press 5', ':press 4');
    await t.type('/notices', ':press 1');
    await t.type(':press 1'); // ✏️ 更正
    await t.type('周日驿站停电。');
    expect(t.console.transcript.at(-1)!.text).toContain(
      '已发出的 0 条消息正在逐条修改，还在等待的 2 个群会收到新文字',
    );
    t.app.deps.delivery.start(['console']);
    await delivered(t, 'notice:n1');
    for (const chat of ['riders-a', 'couriers-a']) {
      const got = sentTo(t, chat).at(-1)!.text;
      // Before: "📢 通知 （已更正）" in groups that never had the first words.
      expect(got).not.toContain('已更正');
      expect(got).toContain('周日驿站停电。');
      expect(got).not.toContain('周六');
    }
    // Nor are they edited afterwards to add the mark.
    expect(await t.app.deps.delivery.status('notice-fix:n1:1')).toBeUndefined();
  });
});

describe('correcting a notice still scheduled', () => {
  it('replaces its text outright: it goes out in the new words, unmarked, and the record itself holds them (QA24 #4)', async () => {
    const clock = clockAt(MONDAY_10);
    t = await lessonApp(clock);
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type(
      ':as org-test',
      ':dm',
      '/notice',
      '周六驿站停电。',
      ':press 1',
      ':press 5',
      ':press 1',
      '16:00',
    );
    await t.type(`:press ${t.console.transcript.at(-1)!.choices!.findIndex((c) => c.startsWith('🚀')) + 1}`);
    await t.type('/notices', ':press 1', ':press 1'); // 详情 → ✏️ 更正
    await t.type('周日驿站停电。');
    expect(t.console.transcript.at(-1)!.text).toContain('已更正 #n1：到时发出的是新文字');
    // An older release reads only the record's `json`; it used to keep the first words there.
    const json = await t.app.store.redis.hget(t.app.store.keys.notice('n1'), 'json');
    expect(JSON.parse(json!)).toMatchObject({ text: '周日驿站停电。' });

    clock.at = sh(2026, 3, 2, 16, 0);
    await t.app.notices.tick(clock.at);
    await delivered(t, 'notice:n1');
    const got = sentTo(t, 'riders-a').at(-1)!.text;
    expect(got).toContain('周日驿站停电。');
    expect(got).not.toContain('已更正');
    await t.type('/notices');
    expect(t.console.transcript.at(-1)!.text).not.toContain('已更正');
    expect(t.console.transcript.at(-1)!.text).toContain('周日驿站停电');
  });
});

describe('a pinned notice with an end ("有效期至")', () => {
  it('is unpinned in every group at its end, once, and /notices says so', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    tg.app.deps.delivery.start(['telegram']);
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const a = u.group(-1001234567821, '骑手一群');
    await tg.handle(u.groupText(a, organiser, '/bind riders-test'));
    await tg.handle(u.privateText(organiser, '/notice 本周驿站体检，带上工牌。'));
    await press(tg, 'nt:all');
    await press(tg, 'nt:go');
    expect(buttonsOf(api.lastMessage(ORGANISER)).some((x) => x.data === 'nt:expiry')).toBe(false); // not pinned
    await press(tg, 'nt:pin');
    await press(tg, 'nt:expiry');
    expect(api.shownTexts().at(-1)).toContain('置顶到什么时候？');
    await tg.handle(u.privateText(organiser, '2小时后'));
    expect(api.shownTexts().at(-2)).toContain('⏳ 好的，置顶到');
    expect(api.shownTexts().at(-1)).toContain('有效期至：');
    await press(tg, 'nt:ok');
    await delivered(tg as unknown as TestApp, 'notice:n1');
    const copy = Number(
      (await tg.app.deps.delivery.status('notice:n1'))!.refs[`telegram:${a.id}`]!.messageId,
    );
    await waitFor(() => api.pinned(a.id).includes(copy), 'pinned');

    // An hour on, nothing; three hours on, unpinned; a later tick does nothing more.
    expect(await tg.app.notices.tick(Date.now() + 3600_000)).toEqual([]);
    expect((await tg.app.notices.tick(Date.now() + 3 * 3600_000)).map((r) => r.outcome)).toEqual(['expired']);
    await waitFor(() => !api.pinned(a.id).includes(copy), 'unpinned');
    expect(await tg.app.notices.tick(Date.now() + 4 * 3600_000)).toEqual([]);
    expect(api.callsOf('unpinChatMessage')).toHaveLength(1);
    expect(api.exists(a.id, copy)).toBe(true); // the notice itself stays

    await tg.handle(u.privateText(organiser, '/notices'));
    expect(api.shownTexts().at(-1)).toContain('⏳ 已过期，已取消置顶');
  });
});

describe('a pinned notice whose end comes before every group has it', () => {
  it('does not send the copies still waiting, leaves the one on its way unpinned, and says "已过期未发"', async () => {
    // One send at a time, so one copy can be held on its way while the other waits behind it.
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, limits: { concurrency: 1 } });
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const groups = [u.group(-1001234567831, '骑手一群'), u.group(-1001234567832, '骑手二群')];
    await sendPinnedWithEnd(tg, groups, '本周驿站体检，带上工牌。');

    const letGo = api.hold('sendMessage');
    tg.app.deps.delivery.start(['telegram']);
    const held = await api.waitFor('sendMessage', (p) => groups.some((g) => g.id === Number(p.chat_id)));
    const [onItsWay, waiting] =
      Number(held.params.chat_id) === groups[0]!.id ? groups : [...groups].reverse();
    // The end comes while the first copy is on its way and the second still waits.
    expect((await tg.app.notices.tick(Date.now() + 3 * 3600_000)).map((r) => r.outcome)).toEqual(['expired']);
    letGo();
    await delivered(tg as unknown as TestApp, 'notice:n1');

    const progress = await api.waitFor(
      'editMessageText',
      (p) => Number(p.chat_id) === ORGANISER && String(p.text).includes('已过期'),
    );
    expect(String(progress.params.text)).toContain('已过期：已发送 1 · 失败 0 · 已过期未发 1（共 2 个群）');
    const copy = Number(
      (await tg.app.deps.delivery.status('notice:n1'))!.refs[`telegram:${onItsWay!.id}`]!.messageId,
    );
    expect(api.exists(onItsWay!.id, copy)).toBe(true);
    // Before: it was pinned as it landed, and stayed pinned for good.
    expect(api.pinned(onItsWay!.id)).toEqual([]);
    expect(api.callsOf('pinChatMessage')).toEqual([]);
    const toWaiting = api.callsOf('sendMessage').filter((p) => Number(p.chat_id) === waiting!.id);
    expect(toWaiting.map((p) => String(p.text)).filter((text) => text.includes('体检'))).toEqual([]);

    await tg.handle(u.privateText(organiser, '/notices'));
    const list = api.shownTexts().at(-1)!;
    expect(list).toContain('已送达 1/2 · 失败 0 · 已过期未发 1 · 收到 0 人');
    expect(list).toContain('⏳ 已过期，已取消置顶');
    await press(tg, 'nt:show:n1');
    const details = api.shownTexts().at(-1)!;
    expect(details).toContain(`✅ ${onItsWay!.title} · 收到 0 人`);
    expect(details).toContain(`⌛ ${waiting!.title} · 已过期未发`);
  });
});

describe('correcting a notice while one copy is on its way (QA28 #4)', () => {
  it('counts only the groups still waiting; once all went, the withdrawal speaks of no waiting groups', async () => {
    // One send at a time, so one copy can be held on its way while the others wait behind it.
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, limits: { concurrency: 1 } });
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const groups = [
      u.group(-1001234567841, '骑手一群'),
      u.group(-1001234567842, '骑手二群'),
      u.group(-1001234567843, '骑手三群'),
    ];
    for (const g of groups) await tg.handle(u.groupText(g, organiser, '/bind riders-test'));
    await tg.handle(u.privateText(organiser, '/notice 周六驿站停电，请到别处充电。'));
    await press(tg, 'nt:all');
    await press(tg, 'nt:go');
    await press(tg, 'nt:ok');

    const letGo = api.hold('sendMessage');
    tg.app.deps.delivery.start(['telegram']);
    const held = await api.waitFor('sendMessage', (p) => groups.some((g) => g.id === Number(p.chat_id)));
    const onItsWay = groups.find((g) => g.id === Number(held.params.chat_id))!;

    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    await press(tg, 'nt:fix:n1');
    const fixing = api.mark();
    await tg.handle(u.privateText(organiser, '周日驿站停电，请到别处充电。'));
    // Before: "还在等待的 3 个群" — the copy on its way goes with the old words and is edited after.
    expect(api.shownTexts(fixing).join('\n')).toContain(
      '已发出的 0 条消息正在逐条修改，还在等待的 2 个群会收到新文字。',
    );
    letGo();
    await delivered(tg as unknown as TestApp, 'notice:n1');
    const copy = Number(
      (await tg.app.deps.delivery.status('notice:n1'))!.refs[`telegram:${onItsWay.id}`]!.messageId,
    );
    const edit = await api.waitFor(
      'editMessageText',
      (p) => Number(p.chat_id) === onItsWay.id && Number(p.message_id) === copy,
      { after: fixing },
    );
    expect(String(edit.params.text)).toContain('（已更正）\n周日驿站停电');

    // Every copy went: the withdrawal says nothing of groups still waiting.
    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    await press(tg, 'nt:withdraw:n1');
    expect(api.shownTexts().at(-1)).toBe('确定撤回 #n1 吗？已发出的 3 条会被删除。');
    const withdrawing = api.mark();
    await press(tg, 'nt:withdraw-yes:n1');
    expect(api.shownTexts(withdrawing).join('\n')).toContain(
      '🗑 正在撤回 #n1：已发出的 3 条消息逐条删除。结果见“详情”。',
    );
  });
});
