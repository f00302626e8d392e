/**
 * QA9 #7: a ticket waiting on the worker (the secretary asked for more, status `waiting`). Nothing reminded the
 * worker, the morning digest said nothing of it, and at the resolve deadline the sweep escalated it against the
 * branch. Now the worker is reminded once after 24 h (the question quoted, ✍️ 回复 and typing both answer), the
 * digest lists tickets waiting on their reporter and, after a week, says the branch may close it as unanswered;
 * the resolve deadline is paused while the ticket waits and resumes with the time that was left (never for an
 * emergency). Real Redis, the console app, the sweep and digest at fixed times.
 */
import { describe, expect, it } from 'vitest';
import { cardOf, claim, fileFrom, useReportsApp } from './drive.js';
import { HOUR, latest, linesIn, press, T0 } from './helpers.js';

const setup = useReportsApp({ bind: true });
const DAY = 24 * HOUR;
const MIN = 60_000;
const QUESTION = '请问是哪个站点罚的？罚款截图能发一下吗';

const tickets = () => setup.app.app.deps.store.tickets;
/** 08:30 Shanghai on the n-th day after T0 (2026-05-12 10:00). */
const morning = (n: number) => Date.UTC(2026, 4, 12 + n, 0, 30);
/** The newest morning digest in the meituan triage chat. */
const lastDigest = () =>
  linesIn(setup.app, 'triage-meituan')
    .filter((l) => l.text.includes('早间提醒'))
    .at(-1);

/** An English-speaking worker files a pay complaint from the meituan riders' group, in English. */
async function englishTicket(user: string): Promise<string> {
  await setup.app.type(`:as ${user} en`, ':in riders-meituan', '/report');
  await press(setup.app, 'riders-meituan', 'Report privately');
  await setup.app.type('The station manager took 200 yuan of my delivery pay, said I was late');
  await press(setup.app, user, 'Yes, next');
  await press(setup.app, user, 'With my name');
  await press(setup.app, user, 'No');
  await press(setup.app, user, 'Submit');
  const m = /JN-\d{4}-\d{6}/.exec(
    linesIn(setup.app, user).findLast((l) => l.text.includes('Received'))!.text,
  );
  return m![0];
}

/** `user` files a normal pay complaint at T0; the branch claims it and asks a question an hour later. */
async function askedTicket(user: string, locale = 'zh-CN'): Promise<string> {
  setup.clock.set(T0);
  await setup.app.type(`:as ${user} ${locale}`);
  const id =
    locale === 'en'
      ? await englishTicket(user)
      : await fileFrom(setup.app, user, 'riders-meituan', '站长扣了我200块配送费，说我超时', {
          category: '薪酬与罚款',
        });
  setup.clock.set(T0 + HOUR);
  await claim(setup.app, 'sec-meituan', 'triage-meituan', id);
  await press(setup.app, 'triage-meituan', '询问', cardOf(setup.app, 'triage-meituan', id));
  await setup.app.type(`:reply ${QUESTION}`);
  expect((await tickets().get(id))!.status).toBe('waiting');
  return id;
}

const nudges = (user: string, id: string) =>
  linesIn(setup.app, user).filter((l) => l.kind === 'send' && l.text.includes(id) && l.text.includes('⏰'));

describe('a ticket waiting on the worker', () => {
  it('reminds the worker once after 24 hours, with the question and a way to answer', async () => {
    const id = await askedTicket('rider-ww1');
    setup.app.take();
    await setup.app.app.jobs.sweep(T0 + HOUR + 23 * HOUR);
    expect(nudges('rider-ww1', id)).toHaveLength(0);

    await setup.app.app.jobs.sweep(T0 + HOUR + DAY + 5 * MIN);
    const [nudge] = nudges('rider-ww1', id);
    expect(nudge!.text).toContain(`${id} 还在等您的回复`);
    expect(nudge!.text).toContain(QUESTION);
    expect(nudge!.choices).toEqual(['✍️ 回复']);
    // Once: later sweeps say nothing more.
    await setup.app.app.jobs.sweep(T0 + HOUR + 2 * DAY);
    await setup.app.app.jobs.sweep(T0 + HOUR + 3 * DAY);
    expect(nudges('rider-ww1', id)).toHaveLength(1);

    // Typing answers it, as after the question (the wait of a day had ended).
    setup.clock.set(T0 + HOUR + DAY + 10 * MIN);
    await setup.app.type(':as rider-ww1', ':dm', '是万达站罚的，截图稍后发');
    expect(linesIn(setup.app, 'triage-meituan').some((l) => l.text.includes('是万达站罚的'))).toBe(true);
    expect((await tickets().get(id))!.status).toBe('claimed');
  });

  it('reminds an English worker in English, and ✍️ answers', async () => {
    const id = await askedTicket('rider-ww2', 'en');
    await setup.app.app.jobs.sweep(T0 + HOUR + DAY + 5 * MIN);
    const [nudge] = linesIn(setup.app, 'rider-ww2').filter((l) => l.text.includes(`${id} is still waiting`));
    expect(nudge!.text).toContain(QUESTION);
    setup.clock.set(T0 + HOUR + DAY + 10 * MIN);
    await setup.app.type(':as rider-ww2', ':dm');
    await press(setup.app, 'rider-ww2', 'Reply', nudge!.id);
    await setup.app.type('The Wanda station');
    expect((await tickets().get(id))!.status).toBe('claimed');
  });

  it('is not escalated for the time it waited, and resumes with the time that was left', async () => {
    const id = await askedTicket('rider-ww3');
    const before = (await tickets().get(id))!;
    // Resolve within 7 days (T0 + 7 d); asked at T0 + 1 h, so 7 d − 1 h were left.
    expect(before.resolveBy).toBe(T0 + 7 * DAY);
    const report = await setup.app.app.jobs.sweep(T0 + 7 * DAY + HOUR);
    expect(report.escalated).not.toContain(id);
    expect(linesIn(setup.app, 'district-escalation').filter((l) => l.text.includes(id))).toHaveLength(0);

    // The worker answers on day 8: the branch has the 7 d − 1 h that were left, from now.
    const answered = T0 + 8 * DAY;
    setup.clock.set(answered);
    await setup.app.type(':as rider-ww3', ':dm');
    await press(setup.app, 'rider-ww3', '回复');
    await setup.app.type('万达站，截图发不了了');
    const after = (await tickets().get(id))!;
    expect(after.status).toBe('claimed');
    expect(after.resolveBy).toBe(answered + 7 * DAY - HOUR);
    expect(after.dueAt).toBe(answered + 7 * DAY - HOUR);
    expect((await setup.app.app.jobs.sweep(answered + 6 * DAY)).escalated).not.toContain(id);
    expect((await setup.app.app.jobs.sweep(answered + 7 * DAY)).escalated).toContain(id);
  });

  it('the card says the deadline is paused, and the figures do not count it due', async () => {
    const id = await askedTicket('rider-ww4');
    const card = latest(setup.app, cardOf(setup.app, 'triage-meituan', id))!;
    expect(card.text).toContain('办结时限：⏸ 暂停计时，等报告人回复');
    expect(card.text).not.toContain('⏰ 已超时');
    setup.clock.set(T0 + 9 * DAY);
    await setup.app.type(':as sec-meituan', ':in triage-meituan', `/ticket ${id}`);
    const view = linesIn(setup.app, 'triage-meituan').at(-1)!.text;
    expect(view).toContain('剩余 7 天');
    expect(view).not.toContain('已超时');
  });

  it('the morning digest lists tickets waiting on their reporter, and after a week says they may be closed', async () => {
    const id = await askedTicket('rider-ww5');
    await setup.app.app.jobs.digest(morning(1));
    const first = lastDigest()!;
    expect(first.text).toContain('等待报告人回复');
    expect(first.text).toContain(id);
    expect(first.text).not.toContain('可以办结');

    await setup.app.app.jobs.digest(morning(8));
    const week = lastDigest()!;
    expect(week.text).toMatch(new RegExp(`${id}[^\\n]*等待报告人回复 7 天`));
    expect(week.text).toContain('可以办结');
    // Nothing is closed by itself.
    expect((await tickets().get(id))!.status).toBe('waiting');
  });

  it('closed as unanswered after the deadline it would have had, it still counts as closed on time', async () => {
    const id = await askedTicket('rider-ww7');
    setup.clock.set(T0 + 9 * DAY);
    await press(setup.app, 'triage-meituan', '办结', cardOf(setup.app, 'triage-meituan', id));
    await setup.app.type(':reply 报告人7天未回复，按未回复办结');
    const t = (await tickets().get(id))!;
    expect(t.status).toBe('resolved');
    // The clock ran for the hour before the question only.
    expect(t.resolveBy).toBe(T0 + 9 * DAY + 7 * DAY - HOUR);
    expect(t.resolvedAt! <= t.resolveBy).toBe(true);
  });

  it('a ticket left waiting from before waits were recorded starts its wait at the next question', async () => {
    const id = await askedTicket('rider-ww7');
    // Stored the old way: waiting, but no waitingSince, no pause, not in the waiting index, its deadline running.
    const { redis, keys } = setup.app.app.store;
    const before = (await tickets().get(id))!;
    await redis.hset(keys.ticket(id), 'waitingSince', '', 'pausedAt', '', 'dueAt', before.resolveBy);
    await redis.zrem(keys.ticketsWaiting(), id);
    await redis.zadd(keys.ticketsDue(), before.resolveBy, id);
    setup.app.take();
    expect((await setup.app.app.jobs.sweep(T0 + HOUR + DAY + 5 * MIN)).nudged).not.toContain(id);

    // The branch asks again (the card still offers ❓ 询问): the wait it never had begins now, once.
    const asked = T0 + 2 * DAY;
    setup.clock.set(asked);
    await press(setup.app, 'triage-meituan', '询问', cardOf(setup.app, 'triage-meituan', id));
    await setup.app.type(':reply 还在吗？罚款截图能发一下吗');
    const t = (await tickets().get(id))!;
    expect(t).toMatchObject({ status: 'waiting', waitingSince: asked, pausedAt: asked });
    expect(latest(setup.app, cardOf(setup.app, 'triage-meituan', id))!.text).toContain('暂停计时');
    // Reminded a day later, and not escalated at the deadline it would have had.
    const swept = await setup.app.app.jobs.sweep(asked + DAY + 5 * MIN);
    expect(swept.nudged).toEqual([id]);
    expect(nudges('rider-ww7', id)).toHaveLength(1);
    expect((await setup.app.app.jobs.sweep(before.resolveBy + HOUR)).escalated).not.toContain(id);
  });

  it('an emergency is never paused', async () => {
    setup.clock.set(T0);
    await setup.app.type(':as rider-ww6 zh-CN');
    const id = await fileFrom(setup.app, 'rider-ww6', 'riders-meituan', '同事摔倒了头在流血，叫不醒');
    expect((await tickets().get(id))!.urgency).toBe('emergency');
    setup.clock.set(T0 + 10 * MIN);
    await claim(setup.app, 'sec-meituan', 'triage-meituan', id);
    await press(setup.app, 'triage-meituan', '询问', cardOf(setup.app, 'triage-meituan', id));
    await setup.app.type(':reply 在哪个位置？');
    const t = (await tickets().get(id))!;
    expect(t.status).toBe('waiting');
    expect(t.dueAt).toBe(T0 + DAY);
    expect((await setup.app.app.jobs.sweep(T0 + DAY + 5 * MIN)).escalated).toContain(id);
  });
});
