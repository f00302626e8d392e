/**
 * Notices end to end through the console: compose, choose the audience, preview, confirm; nothing
 * reaches a group before the confirmation; delivery through the real engine; "got it" counts; the
 * list with its details; cancelling a scheduled notice; and the bad inputs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import {
  bindGroup,
  clockAt,
  LESSONS_PACK,
  delivered,
  lessonApp,
  MONDAY_10,
  queueDrained,
  sentTo,
  sh,
  type Clock,
} from '../lessons/fixtures.js';
import { waitFor } from '../../helpers/wait.js';
import { pressData } from '../reports/helpers.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const GROUPS = ['riders-a', 'riders-en', 'couriers-a'];
/** Transcript length once the groups are bound: later posts into groups are the notice's. */
let baseline = 0;

async function setup(clock: Clock = clockAt(MONDAY_10)): Promise<TestApp> {
  t = await lessonApp(clock);
  await bindGroup(t, 'riders-a', 'riders-test');
  await bindGroup(t, 'riders-en', 'riders-test en');
  await bindGroup(t, 'couriers-a', 'couriers-test');
  await t.type(':as org-test', ':dm');
  t.take();
  baseline = t.console.transcript.length;
  return t;
}

let seq = 0;
/** A private message from the organiser, several lines long (the console types one line at a time). */
async function write(t: TestApp, text: string): Promise<void> {
  seq++;
  await t.app.core.handle({
    type: 'message',
    updateId: `multi-${seq}-${Date.now()}`,
    chat: { address: { channel: 'console', chatId: 'org-test' }, kind: 'private' },
    from: { channel: 'console', id: 'org-test', languageCode: 'zh-CN' },
    messageId: `m${seq}`,
    text,
    addressed: true,
  });
}

/** Messages the bot posted into the groups since they were bound. */
const groupPosts = (t: TestApp) =>
  t.console.transcript.slice(baseline).filter((l) => l.kind === 'send' && GROUPS.includes(l.to.chatId));
const last = (t: TestApp) => t.console.transcript.at(-1)!;
const toasts = (t: TestApp) => t.console.transcript.filter((l) => l.kind === 'toast').map((l) => l.text);

describe('/notice', () => {
  it('composes, previews exactly, sends nothing before confirmation, then delivers per locale with pin and progress', async () => {
    const t = await setup();
    await t.type('/notice');
    expect(last(t).text).toContain('请发送通知内容');
    expect(last(t).card.forceReply).toBe(true);
    await write(
      t,
      '明天上午九点起平凉路封路施工，请绕行。\n[en]\nRoad works on Pingliang Road from 9:00 tomorrow; please go round.',
    );
    expect(last(t).text).toContain('发给哪些群？');
    expect(last(t).choices).toEqual([
      '全部群（3）',
      '按支部 ›',
      '按行业 ›',
      '按标签 ›',
      '下一步：预览（0 个群）',
      '✖ 放弃',
    ]);

    await t.type(':press 2'); // by branch
    expect(last(t).kind).toBe('edit');
    expect(last(t).choices.slice(0, 4)).toEqual([
      '测试区新就业群体党委 (0)',
      '测试骑手支部 (2)',
      '测试快递网点支部 (1)',
      '测试街道 (0)',
    ]);
    await t.type(':press 2', ':press 3'); // riders + couriers
    expect(last(t).text).toContain('已选 3 个群');
    await t.type(':press 5'); // back
    await t.type(':press 1'); // all groups instead
    expect(last(t).choices[0]).toBe('✅ 全部群（3）');
    await t.type(':press 5'); // next: preview
    const sends = t.console.transcript
      .filter((l) => l.kind === 'send' && l.to.chatId === 'org-test')
      .slice(-5)
      .map((l) => l.text);
    expect(sends[0]).toContain('预览（简体中文）');
    expect(sends[1]).toBe('📢 通知\n明天上午九点起平凉路封路施工，请绕行。');
    expect(sends[2]).toContain('预览（English）');
    expect(sends[3]).toBe('📢 Notice\nRoad works on Pingliang Road from 9:00 tomorrow; please go round.');
    expect(sends[4]).toContain('范围：全部群（3 个群）');
    expect(sends[4]).toContain('时间：确认后立即发送');
    expect(last(t).choices).toEqual([
      '🕘 定时发送',
      '📌 置顶：否',
      '✅ “收到”按钮：是',
      '🚀 确认发送（3 个群）',
      '✖ 放弃',
    ]);

    // Pressing the inert preview button explains itself.
    const preview = t.console.transcript
      .filter((l) => l.to.chatId === 'org-test' && l.text.startsWith('📢 通知'))
      .at(-1)!;
    await t.type(`:press 1 ${preview.id}`);
    expect(toasts(t).at(-1)).toContain('这是预览');

    await t.type(':press 2'); // pin on
    expect(last(t).text).toContain('置顶：是');
    expect(groupPosts(t)).toEqual([]); // nothing has reached any group so far

    await t.type(':press 4'); // confirm
    await delivered(t, 'notice:n1');
    const posts = groupPosts(t);
    expect(posts.map((l) => [l.to.chatId, l.text])).toEqual(
      expect.arrayContaining([
        ['riders-a', '📢 通知\n明天上午九点起平凉路封路施工，请绕行。'],
        ['riders-en', '📢 Notice\nRoad works on Pingliang Road from 9:00 tomorrow; please go round.'],
        ['couriers-a', '📢 通知\n明天上午九点起平凉路封路施工，请绕行。'],
      ]),
    );
    expect(posts).toHaveLength(3);
    expect(sentTo(t, 'riders-en').at(-1)!.choices).toEqual(['✅ Got it']);
    await waitFor(() => GROUPS.every((g) => sentTo(t, g, 'pin').length === 1), 'pins');
    // The organiser's card says it is going out; the engine keeps a progress message.
    const dm = () =>
      t.console.transcript
        .filter((l) => l.to.chatId === 'org-test')
        .map((l) => l.text)
        .join('\n');
    await waitFor(() => dm().includes('已完成：已发送 3'), 'the final progress edit');
    expect(dm()).toContain('通知 #n1 已提交，正在发给 3 个群');
    // The progress message comes before the notice reaches the groups, not after (QA4 #15).
    const firstProgress = t.console.transcript.findIndex(
      (l) => l.kind === 'send' && l.to.chatId === 'org-test' && l.text.startsWith('📢 通知 #n1'),
    );
    expect(firstProgress).toBeGreaterThanOrEqual(0);
    expect(firstProgress).toBeLessThan(t.console.transcript.indexOf(posts[0]!));

    // The confirmed card has no buttons left; a late second tap on confirm (sent before the edit) sends nothing more.
    const controls = t.console.transcript.find(
      (l) => l.to.chatId === 'org-test' && l.text.includes('发送设置'),
    )!;
    await t.app.core.handle({
      type: 'button',
      updateId: 'late-confirm',
      chat: { address: { channel: 'console', chatId: 'org-test' }, kind: 'private' },
      from: { channel: 'console', id: 'org-test' },
      data: 'nt:ok',
      message: { address: controls.to, messageId: controls.id },
      pressId: 'p-late',
    });
    expect(toasts(t).at(-1)).toContain('草稿已经失效');
    expect(await t.app.deps.store.notices.recent(5)).toHaveLength(1);
    // A marker sent after the late tap has arrived in every group, so a second notice would have too.
    const marker = await queueDrained(t, GROUPS);
    expect(groupPosts(t).filter((l) => l.text !== marker)).toHaveLength(3);
  });

  it('counts "got it" once per person per group, on the button, and in /notices', async () => {
    const t = await setup();
    await t.type('/notice', '今晚驿站停电检修，请到别处充电。', ':press 1', ':press 5', ':press 4');
    await delivered(t, 'notice:n1');
    await t.type(':as rider-1', ':in riders-a', ':press 1');
    expect(toasts(t).at(-1)).toContain('已确认收到');
    await t.type(':press 1');
    expect(toasts(t).at(-1)).toContain('你已经确认过了');
    await t.type(':as rider-2', ':press 1', ':as rider-3', ':in couriers-a', ':press 1');
    await waitFor(
      () =>
        t.console.transcript.some(
          (l) => l.kind === 'edit' && l.to.chatId === 'riders-a' && l.choices[0] === '✅ 收到 · 2',
        ),
      'the count on the button',
      6000,
    );
    expect(await t.app.deps.store.notices.ackCounts('n1')).toEqual({
      'console:riders-a': 2,
      'console:couriers-a': 1,
    });

    await t.type(':as org-test', ':dm', '/notices');
    const list = last(t);
    expect(list.text).toContain('#n1');
    expect(list.text).toContain('已送达 3/3 · 失败 0 · 待发 0 · 收到 3 人');
    expect(list.choices).toEqual(['详情 #n1']); // nothing left to cancel
    await t.type(':press 1');
    const detail = last(t).text;
    expect(detail).toContain('✅ riders-a · 收到 2 人');
    expect(detail).toContain('✅ couriers-a · 收到 1 人');
    expect(detail).toContain('✅ riders-en · 收到 0 人');
  });

  it('a "got it" press sent on another of the bot\'s messages counts, but never turns that message into the notice (found by QA10)', async () => {
    const t = await setup();
    const bound = sentTo(t, 'riders-a').at(-1)!; // the bot's answer to /bind
    await t.type('/notice', '今晚驿站停电检修，请到别处充电。', ':press 1', ':press 5', ':press 4');
    await delivered(t, 'notice:n1');
    // A modified client can send any callback data on any message with buttons — or without.
    await t.app.core.handle({
      type: 'button',
      updateId: 'forged-ack',
      chat: { address: { channel: 'console', chatId: 'riders-a' }, kind: 'group' },
      from: { channel: 'console', id: 'rider-9' },
      data: 'ack:n1',
      message: { address: bound.to, messageId: bound.id },
      pressId: 'p-forged',
    });
    expect(toasts(t).at(-1)).toContain('已确认收到');
    expect(await t.app.deps.store.notices.ackCounts('n1')).toEqual({ 'console:riders-a': 1 });
    expect(t.console.transcript.filter((l) => l.kind === 'edit' && l.id === bound.id)).toEqual([]);
  });

  it('an empty audience gets a clear message and queues nothing', async () => {
    const t = await setup();
    await t.type('/notice', '测试通知', ':press 5'); // next with nothing chosen
    expect(toasts(t).at(-1)).toContain('0 个');
    await t.type(':press 2', ':press 4'); // by branch → the street office, which has no groups
    expect(last(t).text).toContain('已选 0 个群');
    await t.type(':press 6'); // next
    expect(toasts(t).at(-1)).toBe('⚠️ 所选范围里没有可以接收的群（0 个），什么都没有发送。请换一个范围。');
    expect(await t.app.deps.store.notices.recent(5)).toEqual([]);
    expect(groupPosts(t)).toEqual([]);
  });

  it('schedules for a time, lists it as waiting, and cancels it before it goes', async () => {
    const t = await setup();
    await t.type('/notice', '周五下午体检车到五角场驿站。', ':press 1', ':press 5', ':press 1');
    expect(last(t).text).toContain('什么时候发');
    // The example date is tomorrow's (it was a fixed date, long past by QA4's run).
    expect(last(t).text).toContain('也可以写 16:30 或 2026-03-03 09:00。');
    await t.type('25:61');
    expect(last(t).text).toContain('没看懂这个时间');
    expect(last(t).text).toContain('2026-03-03 09:00');
    await t.type('2026-03-01 09:00');
    expect(last(t).text).toContain('已经过去了');
    await t.type('16:00');
    expect(last(t).text).toMatch(/时间：.*16:00/);
    expect(last(t).choices).toEqual([
      '🕘 定时发送',
      '⚡ 改为立即发送',
      '📌 置顶：否',
      '✅ “收到”按钮：是',
      '🚀 确认发送（3 个群）',
      '✖ 放弃',
    ]);
    await t.type(':press 5');
    expect(last(t).text).toMatch(/通知 #n1 已定时：.*16:00 发出，发给那时这个范围里绑定的群（目前 3 个）/);
    // Nothing is queued before the send time: the groups are chosen then.
    expect(await t.app.deps.delivery.status('notice:n1')).toBeUndefined();

    await t.type('/notices');
    expect(last(t).text).toContain('定时发送，发给那时绑定的群（目前 3 个）');
    expect(last(t).choices).toEqual(['详情 #n1', '取消 #n1']);
    await t.type(':press 2');
    expect(toasts(t).at(-1)).toContain('已取消 #n1：3 个群不会再收到');
    await t.type('/notices');
    expect(last(t).text).toContain('已取消（取消前送达 0/3）');
    await t.type(':press 1');
    expect(last(t).text).toContain('⊘ riders-a · 已取消');
    // Its time comes and goes: nothing is released, and a marker sent after it reaches every group
    // while the notice does not.
    expect(await t.app.notices.tick(sh(2026, 3, 2, 16, 1))).toEqual([]);
    expect(await t.app.deps.delivery.status('notice:n1')).toBeUndefined();
    const marker = await queueDrained(t, GROUPS);
    expect(groupPosts(t).filter((l) => l.text !== marker)).toEqual([]);
  });

  it('sends a scheduled notice to the groups bound at its send time, once, under their names', async () => {
    const clock = clockAt(MONDAY_10);
    const t = await setup(clock);
    // Branch riders-test: riders-a and riders-en now.
    await t.type('/notice', '周五下午体检车到五角场驿站。', ':press 2');
    const branches = last(t).choices;
    await t.type(`:press ${branches.findIndex((c) => c.includes('riders-test') || c.includes('骑手')) + 1}`);
    await t.type(`:press ${last(t).choices.findIndex((c) => c.startsWith('下一步')) + 1}`);
    await t.type(':press 1', '16:00');
    await t.type(`:press ${last(t).choices.findIndex((c) => c.startsWith('🚀')) + 1}`);
    expect(last(t).text).toContain('目前 2 个');
    // Before 16:00 riders-en is unbound and couriers-a moves to the branch.
    await t.type(':as org-test', ':in riders-en', '/unbind', ':press 1');
    await bindGroup(t, 'couriers-a', 'riders-test');
    await t.type(':as org-test', ':dm');
    t.take();

    clock.at = sh(2026, 3, 2, 15, 59);
    expect(await t.app.notices.tick(clock.at)).toEqual([]);
    clock.at = sh(2026, 3, 2, 16, 0);
    // Two replicas tick at the same minute, then a restart ticks again: one release.
    const [a, b] = await Promise.all([t.app.notices.tick(clock.at), t.app.notices.tick(clock.at)]);
    expect([...a, ...b].filter((r) => r.outcome === 'queued')).toEqual([
      { id: 'n1', outcome: 'queued', groups: 2 },
    ]);
    expect(await t.app.notices.tick(clock.at + 60_000)).toEqual([]);
    await delivered(t, 'notice:n1');
    expect(sentTo(t, 'riders-a').filter((l) => l.text.includes('体检车'))).toHaveLength(1);
    expect(sentTo(t, 'couriers-a').filter((l) => l.text.includes('体检车'))).toHaveLength(1);
    expect(sentTo(t, 'riders-en').filter((l) => l.text.includes('体检车'))).toHaveLength(0);

    await t.type('/notices', ':press 1');
    const detail = last(t).text;
    expect(detail).toContain('✅ riders-a · 收到 0 人');
    expect(detail).toContain('✅ couriers-a · 收到 0 人');
    expect(detail).not.toContain('riders-en');
    expect(detail).not.toContain('console:');
  });

  it('converts the text for zh-TW groups, warns that en groups get the Chinese, and previews each version', async () => {
    const t = await setup();
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await t.type(':as org-test', ':dm');
    const start = t.console.transcript.length;
    // Typed in the console over two lines (a trailing backslash continues the message).
    await t.type('/notice', '明天上午体检车到五角场驿站，\\', '请带好身份证，出租车司机也能来。');
    expect(last(t).text).toContain('发给哪些群？');
    await t.type(':press 1', ':press 5');
    const shown = t.console.transcript
      .slice(start)
      .filter((l) => l.kind === 'send')
      .map((l) => l.text);
    expect(shown.filter((x) => x.startsWith('👇'))).toEqual([
      '👇 预览（简体中文）——群里看到的就是这样：',
      '👇 预览（繁體中文，由简体自动转换）——繁体群看到的就是这样：',
      '👇 预览（English 群）——没有写 [en] 版本，英文群将收到中文原文：',
    ]);
    // The organiser's words converted character by character, not rephrased (出租車, not 計程車: QA8 #14).
    expect(shown).toContain('📢 通知\n明天上午體檢車到五角場驛站，\n請帶好身份證，出租車司機也能來。');
    // …and an English group is told the Chinese it gets is all there is (QA12).
    expect(shown).toContain(
      '📢 Notice\n明天上午体检车到五角场驿站，\n请带好身份证，出租车司机也能来。\n(This notice is in Chinese; no English version was written.)',
    );
    const controls = last(t).text;
    expect(controls).toContain('1 个繁体群将收到自动转换的繁体版');
    expect(controls).toContain('1 个英文群将收到中文原文');
    await t.type(`:press ${last(t).choices.findIndex((c) => c.startsWith('🚀')) + 1}`);
    await delivered(t, 'notice:n1');
    expect(sentTo(t, 'riders-tw').at(-1)!.text).toContain(
      '明天上午體檢車到五角場驛站，\n請帶好身份證，出租車司機也能來。',
    );
    expect(sentTo(t, 'riders-en').at(-1)!.text).toContain('📢 Notice\n明天上午体检车到五角场驿站，');
    expect(sentTo(t, 'riders-en').at(-1)!.text).toContain(
      '(This notice is in Chinese; no English version was written.)',
    );

    // A [zh-TW] version written by the organiser (console block :multi … :end) is sent as written.
    await t.type(
      '/notice',
      ':multi',
      '明天停电。',
      '[zh-TW]',
      '明日停電，請留意。',
      '[en]',
      'Power cut tomorrow.',
      ':end',
    );
    await t.type(':press 1', ':press 5');
    expect(last(t).text).not.toContain('繁体群将收到');
    expect(last(t).text).not.toContain('英文群将收到');
    await t.type(`:press ${last(t).choices.findIndex((c) => c.startsWith('🚀')) + 1}`);
    await delivered(t, 'notice:n2');
    expect(sentTo(t, 'riders-tw').at(-1)!.text).toContain('明日停電，請留意。');
    expect(sentTo(t, 'riders-en').at(-1)!.text).toContain('Power cut tomorrow.');
    expect(sentTo(t, 'riders-en').at(-1)!.text).not.toContain('in Chinese');
  });

  it('takes the words typed after /notice as the notice’s text', async () => {
    const t = await setup();
    await t.type('/notice 明天全区停电，驿站暂停开放');
    expect(last(t).text).toContain('发给哪些群？');
    await t.type(':press 1', ':press 5');
    expect(t.console.transcript.map((l) => l.text)).toContain('📢 通知\n明天全区停电，驿站暂停开放');
  });

  it('reads a time as said, confirms it in words, and retires the old settings card', async () => {
    const t = await setup();
    await t.type('/notice', '周五下午体检车到五角场驿站。', ':press 1', ':press 5');
    const oldCard = last(t);
    expect(oldCard.choices).toContain('🕘 定时发送');
    await t.type(':press 1');
    expect(last(t).text).toContain('周五下午三点');
    await t.type('明天下午');
    expect(last(t).text).toContain('请说清楚几点');
    await t.type('周五下午三点');
    const said = t.console.transcript.filter((l) => l.kind === 'send').at(-2)!;
    expect(said.text).toBe('🕘 好的，定在 3月6日 周五 15:00 发送。');
    expect(last(t).text).toMatch(/时间：3月6日 周五 15:00/);
    // The card shown before the new time has no buttons left to press.
    const retired = t.console.transcript.filter((l) => l.id === oldCard.id).at(-1)!;
    expect(retired.text).toContain('已作废');
    expect(retired.choices).toEqual([]);
  });

  it('to one group: the progress message never gets the same edit twice', async () => {
    const t = await setup();
    await t.type('/notice', '今晚暴雨，注意安全。', ':press 2', ':press 3', ':press 5', ':press 5');
    await t.type(':press 4'); // confirm (1 group)
    await waitFor(() =>
      t.console.transcript.some((l) => l.to.chatId === 'org-test' && /已完成/.test(l.text)),
    );
    await t.app.deps.delivery.stop();
    const progress = t.console.transcript.filter(
      (l) => l.to.chatId === 'org-test' && /已发送|发送中|已完成/.test(l.text),
    );
    const byMessage = new Map<string, string[]>();
    for (const l of progress) byMessage.set(l.id, [...(byMessage.get(l.id) ?? []), l.text]);
    for (const texts of byMessage.values())
      for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
  });

  it('warns when the time is in a quiet window and moves it out with one tap', async () => {
    const t = await setup(clockAt(sh(2026, 3, 2, 12)));
    await t.type('/notice', '午间通知', ':press 1', ':press 5');
    expect(last(t).text).toContain('在休息/高峰时段（11:00-13:30）里');
    expect(last(t).choices).toContain('🌙 避开休息时段（改到 13:30）');
    await t.type(':press 2');
    expect(last(t).text).toMatch(/时间：.*13:30/);
    expect(last(t).text).not.toContain('休息/高峰时段');
  });

  it('is for organisers in private only; a discarded draft sends nothing', async () => {
    const t = await setup();
    await t.type(':as rider-1', ':dm', '/notice');
    expect(last(t).text).toContain('通知由组织者发布');
    await t.type(':as org-test', ':in riders-a', '/notice');
    expect(last(t).text).toContain('请在和我的私聊里使用');
    await t.type(':dm', '/notice', '   ');
    // Blank text is refused by the input cleaner before it reaches the dialog, or by the dialog itself.
    await t.type(':photo');
    expect(last(t).text).toContain('通知内容不能为空');
    await t.type(':photo 附图通知', ':press 6');
    expect(last(t).text).toBe('已放弃，这条通知没有发出。');
    // A worker cannot drive an organiser's buttons (a forged press in a group).
    await pressData(t, { user: 'rider-1', chatId: 'riders-a', kind: 'group' }, 'nt:cancel:n1');
    expect(toasts(t).at(-1)).toContain('需要相应权限');
    expect(groupPosts(t).filter((l) => l.text.includes('📢'))).toEqual([]);
  });

  it('carries a photo to the groups on the same platform', async () => {
    const t = await setup();
    await t.type('/notice', ':photo 防暑降温物资到了，请到驿站领取。', ':press 1', ':press 5', ':press 4');
    await delivered(t, 'notice:n1');
    expect(sentTo(t, 'riders-a').at(-1)!.text).toMatch(/^🖼 \[console-photo-\d+\]\n📢 通知\n防暑降温物资到了/);
  });

  it('buttons of cards sent before the readable names (nt:v:b, nt:b:…, nt:x) still work', async () => {
    const t = await setup();
    await t.type('/notice');
    await write(t, '今晚驿站停电检修。');
    const card = last(t);
    let n = 0;
    const pressOld = (data: string) =>
      t.app.core.handle({
        type: 'button',
        updateId: `old-${++n}-${Date.now()}`,
        chat: { address: { channel: 'console', chatId: 'org-test' }, kind: 'private' },
        from: { channel: 'console', id: 'org-test', languageCode: 'zh-CN' },
        data,
        message: { address: { channel: 'console', chatId: 'org-test' }, messageId: card.id },
        pressId: `p${n}`,
      });
    await pressOld('nt:v:b');
    expect(last(t).choices.slice(0, 2)).toEqual(['测试区新就业群体党委 (0)', '测试骑手支部 (2)']);
    const riders = last(t).card.buttons![1]![0] as { data: string };
    // New cards carry readable names; the old one-letter form of the same press is still understood.
    expect(riders.data).toMatch(/^nt:branch:/);
    await pressOld(riders.data.replace(/^nt:branch:/, 'nt:b:'));
    expect(last(t).text).toContain('已选 2 个群');
    await pressOld('nt:x');
    expect(last(t).text).toContain('已放弃');
  });
});

describe('a worker asking for notices (QA19)', () => {
  let tg: TelegramTestApp | undefined;
  afterEach(async () => {
    await tg?.close();
    tg = undefined;
  });

  it('is told where notices are and how to ask about one, in the group and in private, not "no permission"', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    const { api, u } = tg;
    const group = u.group(-1001234567895, '测试骑手群');
    await tg.handle(u.groupText(group, u.person(1001), '/bind riders-test'));
    const worker = u.person(8001);
    for (const update of [u.groupText(group, worker, '/notices'), u.privateText(worker, '/notices')]) {
      const mark = api.mark();
      await tg.handle(update);
      const shown = api.shownTexts(mark).join('\n');
      expect(shown).toContain('通知由组织者发布，会直接发到群里（重要的会置顶）');
      expect(shown).toContain('回复那条通知问我');
      expect(shown).not.toContain('需要相应权限');
    }
  });
});
