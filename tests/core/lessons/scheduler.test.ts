/**
 * Scheduled lesson pushes, end to end: real Redis, the console-driven app, the real delivery engine,
 * and a clock the test sets. Ticks are called by hand (`app.lessons.tick(at)`); no timer runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testPrefix, type TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10, queueDrained, sentTo, sh } from './fixtures.js';
import { waitFor } from '../../helpers/wait.js';

const open: TestApp[] = [];
async function app(...args: Parameters<typeof lessonApp>) {
  const t = await lessonApp(...args);
  open.push(t);
  return t;
}
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

/** Three groups: two of the riders' branch (one in English), one of the couriers'. */
async function groups(t: TestApp) {
  await bindGroup(t, 'riders-a', 'riders-test');
  await bindGroup(t, 'riders-en', 'riders-test en');
  await bindGroup(t, 'couriers-a', 'couriers-test');
  t.take();
}

const lessonTexts = (t: TestApp, chat: string) =>
  sentTo(t, chat)
    .map((l) => l.text)
    .filter((x) => x.includes('📚'));

describe('scheduled pushes', () => {
  it('fires at its time on a fixed fake clock, to its audience only, in each group’s language', async () => {
    const clock = clockAt(MONDAY_10);
    const t = await app(clock);
    await groups(t);
    const report = await t.app.lessons.tick();
    expect(report.pushes).toEqual([
      expect.objectContaining({ schedule: 'weekday-safety', sendAt: MONDAY_10, outcome: 'queued' }),
    ]);
    expect(report.pushes[0]!.lessons).toEqual({
      'console:riders-a': 'safety-helmet',
      'console:riders-en': 'safety-helmet',
    });
    await delivered(t, `lesson:weekday-safety:${MONDAY_10}`);

    const [zh] = lessonTexts(t, 'riders-a');
    expect(zh).toContain('📚 安全第一 · 第 1/3 课');
    expect(zh).toContain('头盔要戴好');
    expect(zh).toContain('🖼 [red-light.png]'); // the lesson's image goes with it
    expect(zh).toContain('还没有人作答');
    expect(sentTo(t, 'riders-a').at(-1)!.choices).toEqual(['A. 头盔', 'B. 帽子', 'C. 耳机']);
    expect(sentTo(t, 'riders-a').at(-1)!.card.silent).toBe(true);
    const [en] = lessonTexts(t, 'riders-en');
    expect(en).toContain('Safety first · lesson 1 of 3');
    expect(en).toContain('Wear your helmet');
    expect(sentTo(t, 'riders-en').at(-1)!.choices).toEqual(['A. A helmet', 'B. A cap', 'C. Earphones']);
    expect(lessonTexts(t, 'couriers-a')).toEqual([]);

    // The same minute again, or a minute later: nothing new.
    expect((await t.app.lessons.tick(MONDAY_10 + 60_000)).pushes.map((p) => p.outcome)).toEqual([
      'done-before',
    ]);
    // Delivery is counted once per group (the engine reported it).
    await waitFor(
      async () => (await t.app.deps.store.lessons.stats(['console:riders-a']))[0]!.delivered === 1,
      'delivery count',
    );
  });

  it('a quiet window defers the push to the window’s end', async () => {
    const clock = clockAt(sh(2026, 3, 2, 12, 30));
    const t = await app(clock);
    await groups(t);
    const during = await t.app.lessons.tick();
    expect(during.pushes).toEqual([]);
    clock.at = sh(2026, 3, 2, 13, 30);
    const after = await t.app.lessons.tick();
    expect(after.pushes).toEqual([
      expect.objectContaining({
        schedule: 'lunch-fraud',
        sendAt: clock.at,
        deferredBy: '11:00-13:30',
        outcome: 'queued',
      }),
    ]);
    await delivered(t, `lesson:lunch-fraud:${clock.at}`);
    for (const chat of ['riders-a', 'riders-en', 'couriers-a'])
      expect(lessonTexts(t, chat).join('\n')).toContain('防诈课堂');
  });

  it('a holiday is skipped', async () => {
    const clock = clockAt(sh(2026, 10, 1, 10));
    const t = await app(clock);
    await groups(t);
    const report = await t.app.lessons.tick();
    expect(report.pushes).toEqual([]);
    expect(report.skipped.map((s) => [s.schedule.id, s.date])).toEqual([['weekday-safety', '2026-10-01']]);
    expect(await t.app.deps.delivery.status(`lesson:weekday-safety:${sh(2026, 10, 1, 10)}`)).toBeUndefined();
    // A marker sent after the tick has arrived, so a lesson queued by the tick would have too.
    await queueDrained(t, ['riders-a', 'riders-en']);
    expect(lessonTexts(t, 'riders-a')).toEqual([]);
    expect(lessonTexts(t, 'riders-en')).toEqual([]);
  });

  it('two processes on one Redis: the push fires once', async () => {
    const clock = clockAt(MONDAY_10);
    const prefix = testPrefix();
    const a = await app(clock, { prefix });
    const b = await app(clock, { prefix });
    await groups(a);
    const [ra, rb] = await Promise.all([a.app.lessons.tick(), b.app.lessons.tick()]);
    // One process takes the push; the other finds it taken ('busy') or already done.
    const outcomes = [...ra.pushes, ...rb.pushes].map((p) => p.outcome);
    expect(outcomes).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'queued')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'busy' || o === 'done-before')).toHaveLength(1);
    await delivered(a, `lesson:weekday-safety:${MONDAY_10}`);
    // Both processes work the shared queue; between them each group got the lesson exactly once.
    const got = (chat: string) =>
      [...lessonTexts(a, chat), ...lessonTexts(b, chat)].filter(
        (x) => x.includes('头盔') || x.includes('helmet'),
      );
    expect(got('riders-a')).toHaveLength(1);
    expect(got('riders-en')).toHaveLength(1);
    // And a later tick in either process does not send it again.
    expect((await b.app.lessons.tick(MONDAY_10 + 30_000)).pushes.map((p) => p.outcome)).toEqual([
      'done-before',
    ]);
  });

  it('a push left half-done by a dead process is taken over when its lease runs out', async () => {
    const clock = clockAt(MONDAY_10);
    const t = await app(clock);
    await groups(t);
    const { redis, keys } = t.app.store;
    await redis.set(keys.lessonFire('weekday-safety', MONDAY_10), 'dead-process', 'PX', 300);
    expect((await t.app.lessons.tick()).pushes.map((p) => p.outcome)).toEqual(['busy']);
    await waitFor(
      async () => !(await redis.exists(keys.lessonFire('weekday-safety', MONDAY_10))),
      'the dead process’s lease to expire',
    );
    clock.at = MONDAY_10 + 2 * 60_000;
    expect((await t.app.lessons.tick()).pushes.map((p) => p.outcome)).toEqual(['queued']);
    await delivered(t, `lesson:weekday-safety:${MONDAY_10}`);
    expect(lessonTexts(t, 'riders-a')).toHaveLength(1);
  });

  it('each group walks the series in order without repeats, across a restart', async () => {
    const clock = clockAt(MONDAY_10);
    const prefix = testPrefix();
    const first = await lessonApp(clock, { prefix });
    await groups(first);
    await first.app.lessons.tick();
    await delivered(first, `lesson:weekday-safety:${MONDAY_10}`);
    expect(lessonTexts(first, 'riders-a').join()).toContain('头盔要戴好');
    await first.app.close(); // a restart: the process goes, Redis keeps its data

    const second = await app(clockAt(sh(2026, 3, 3, 10)), { prefix }); // Tuesday
    const tue = await second.app.lessons.tick();
    expect(tue.pushes[0]!.lessons['console:riders-a']).toBe('safety-red-light');
    await delivered(second, `lesson:weekday-safety:${sh(2026, 3, 3, 10)}`);
    // On demand, the next one (an organiser skips the cooldown) …
    await second.type(':as org-test', ':in riders-a', '/lesson');
    expect(lessonTexts(second, 'riders-a').at(-1)).toContain('雨天慢行');
    // … and then the series is done: Wednesday's push has nothing left for this group, only for the one that lagged.
    await second.type(':in riders-en', '/pause');
    const wed = await second.app.lessons.tick(sh(2026, 3, 4, 10));
    expect(wed.pushes[0]!.lessons).toEqual({});
    await second.type('/resume');
    const thu = await second.app.lessons.tick(sh(2026, 3, 5, 10));
    expect(thu.pushes[0]!.lessons).toEqual({ 'console:riders-en': 'safety-rain' });
    // On demand, the group then goes on to the other series it follows (lunch-fraud reaches every group) …
    await second.type(':in riders-a', '/lesson', '/lesson');
    expect(
      lessonTexts(second, 'riders-a')
        .slice(-2)
        .map((x) => x.split('\n')[1]),
    ).toEqual(['假客服', '刷单返利']);
    // … until it has had them all.
    await second.type('/lesson');
    expect(second.take().at(-1)).toContain('已经学完全部课程');
    const progress = await second.app.deps.store.lessons.progress('console:riders-a');
    expect([...progress].sort()).toEqual([
      'fraud-fake-service',
      'fraud-task-rebate',
      'safety-helmet',
      'safety-rain',
      'safety-red-light',
    ]);
  });

  it('pause skips a group and keeps its place; resume carries on', async () => {
    const clock = clockAt(MONDAY_10);
    const t = await app(clock);
    await groups(t);
    await t.type(':as org-test', ':in riders-a', '/pause');
    expect(t.take().at(-1)).toContain('已暂停本群的课程推送');
    await t.type('/pause');
    expect(t.take().at(-1)).toContain('本来就是暂停的');
    const mon = await t.app.lessons.tick();
    expect(Object.keys(mon.pushes[0]!.lessons)).toEqual(['console:riders-en']);
    await t.type('/schedule');
    expect(t.take().at(-1)).toContain('⏸');
    await t.type('/resume');
    const tue = await t.app.lessons.tick(sh(2026, 3, 3, 10));
    expect(tue.pushes[0]!.lessons).toEqual({
      'console:riders-a': 'safety-helmet',
      'console:riders-en': 'safety-red-light',
    });
    // Only organisers pause; a worker is told what they can do instead (QA4 #9).
    await t.type(':as rider-1', '/pause');
    expect(t.take().at(-1)).toContain('只有组织者能暂停本群的推送');
  });

  it('/schedule says when in words; an organiser pauses one series in one group with a tap', async () => {
    const t = await app(clockAt(MONDAY_10));
    await groups(t);
    await t.type(':as org-test', ':in riders-a', '/schedule');
    const card = t.console.transcript.at(-1)!;
    expect(card.text).toContain('时间：工作日 10:00');
    expect(card.text).toContain('时间：每天 12:30');
    expect(card.text).not.toContain('* *');
    const n = card.choices.findIndex((c) => c.startsWith('⏸ 暂停'));
    expect(card.choices[n]).toMatch(/^⏸ 暂停“.+”$/);
    // A worker's press is refused on the server, whatever the client shows.
    await t.type(':as rider-1', `:press ${n + 1} ${card.id}`);
    expect(t.take().at(-1)).toContain('需要相应权限');
    await t.type(':as org-test', `:press ${n + 1} ${card.id}`);
    const edited = t.console.transcript.filter((l) => l.id === card.id).at(-1)!;
    expect(edited.text).toContain('本群已暂停这组课程');
    expect(edited.choices[n]).toMatch(/^▶️ 恢复/);
    // Monday's push skips this group for that series only; the other group still gets it.
    const mon = await t.app.lessons.tick();
    expect(Object.keys(mon.pushes[0]!.lessons)).toEqual(['console:riders-en']);
    await t.type(`:press ${n + 1} ${card.id}`);
    const tue = await t.app.lessons.tick(sh(2026, 3, 3, 10));
    expect(Object.keys(tue.pushes[0]!.lessons).sort()).toEqual(['console:riders-a', 'console:riders-en']);
    // In English the overview reads as words too.
    await t.type(':as org-test en', ':dm', '/schedule');
    expect(t.take().at(-1)).toContain('Weekdays at 10:00');
  });

  it('follows the pack when it changes, without a restart', async () => {
    const clock = clockAt(sh(2026, 3, 2, 9));
    const t = await app(clock);
    await groups(t);
    expect((await t.app.lessons.tick()).pushes).toEqual([]);
    const pack = t.app.deps.content.get();
    t.app.deps.content.replace({
      ...pack,
      schedules: pack.schedules.map((s) => (s.id === 'weekday-safety' ? { ...s, cron: '0 9 * * 1-5' } : s)),
    });
    expect((await t.app.lessons.tick()).pushes.map((p) => [p.schedule, p.outcome])).toEqual([
      ['weekday-safety', 'queued'],
    ]);
  });
});

describe('a lesson put in a removed lesson’s slot (QA19)', () => {
  it('shows a position that moves forward, and a count that matches the series the group reads', async () => {
    const t = await app(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    t.take();
    const day = 86_400_000;
    for (let d = 0; d < 2; d++) {
      await t.app.lessons.tick(MONDAY_10 + d * day);
      await delivered(t, `lesson:weekday-safety:${MONDAY_10 + d * day}`);
    }
    // The pack drops 不闯红灯 (lesson 2, which the group had) and puts a new lesson in its slot.
    const pack = t.app.deps.content.get();
    t.app.deps.content.replace({
      ...pack,
      series: pack.series.map((s) => {
        if (s.id !== 'safety') return s;
        const removed = s.lessons.find((l) => l.id === 'safety-red-light')!;
        const night = { ...removed, id: 'safety-night', title: '夜里骑车开灯', quiz: undefined };
        return { ...s, lessons: s.lessons.map((l) => (l === removed ? night : l)) };
      }),
    });
    for (let d = 2; d < 4; d++) {
      await t.app.lessons.tick(MONDAY_10 + d * day);
      await delivered(t, `lesson:weekday-safety:${MONDAY_10 + d * day}`);
    }
    const headers = lessonTexts(t, 'riders-a').map((x) => /第 \d+\/\d+ 课/.exec(x)?.[0]);
    // Before: 1/3, 2/3, then 2/3 again for the new lesson and 3/3.
    expect(headers).toEqual(['第 1/3 课', '第 2/3 课', '第 3/4 课', '第 4/4 课']);
    expect(lessonTexts(t, 'riders-a')[2]).toContain('夜里骑车开灯');

    // A group bound after the change reads the series as it is now.
    await bindGroup(t, 'riders-b', 'riders-test');
    await t.type(':as org-test', ':in riders-b', '/lesson');
    expect(lessonTexts(t, 'riders-b').at(-1)).toContain('第 1/3 课');
    await t.type(':as rider-1', ':in riders-b', '/schedule');
    expect(t.take().at(-1)).toContain('下一课：《夜里骑车开灯》（安全第一 第 2/3 课）');
  });
});

describe('/lesson and /schedule', () => {
  it('/lesson sends the group’s next lesson into its push topic, with a cooldown for workers', async () => {
    const t = await app(clockAt(MONDAY_10));
    await t.type(':as org-test', ':in riders-a', ':topic 7', '/bind riders-test', ':topic');
    t.take();
    await t.type(':as rider-1', '/lesson');
    const line = sentTo(t, 'riders-a')
      .filter((l) => l.text.includes('📚'))
      .at(-1)!;
    expect(line.text).toContain('头盔要戴好');
    expect(line.to.threadId).toBe('7');
    await t.type('/lesson');
    expect(t.take().at(-1)).toMatch(/刚领过一节，\d+ 分钟后再来吧/);
    expect(await t.app.deps.store.lessons.stats(['console:riders-a'])).toEqual([
      { chat: 'console:riders-a', delivered: 1, takers: 0, correct: 0 },
    ]);
  });

  it('/lesson in an unbound group and in private says why not', async () => {
    const t = await app(clockAt(MONDAY_10));
    await t.type(':as rider-1', ':in nowhere', '/lesson');
    expect(t.take().at(-1)).toContain('还没有绑定支部');
    await t.type(':dm', '/lesson');
    expect(t.take().at(-1)).toContain('只能在群里使用');
  });

  it('/schedule shows what comes next and when, for the group and for organisers', async () => {
    const t = await app(clockAt(sh(2026, 3, 2, 9)));
    await groups(t);
    await t.type(':as rider-1', ':in riders-a', '/schedule');
    const group = t.take().at(-1)!;
    expect(group).toContain('本群课程安排');
    expect(group).toContain('安全第一');
    expect(group).toMatch(/下一次推送：.*10:00/);
    expect(group).toContain('下一课：《头盔要戴好》（安全第一 第 1/3 课）');
    expect(group).toMatch(/下一次推送：.*13:30（原定 12:30，避开休息时段）/);
    await t.type(':as org-test', ':dm', '/schedule');
    const overview = t.take().at(-1)!;
    expect(overview).toContain('weekday-safety');
    expect(overview).toContain('推送到 2 个群');
    expect(overview).toContain('推送到 3 个群');
    await t.type(':as rider-1', ':dm', '/schedule');
    expect(t.take().at(-1)).toContain('在群里发送 /schedule');
  });
});
