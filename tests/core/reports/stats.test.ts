import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, parsePeriod, ticketsCreatedIn } from '../../../src/core/reports/figures.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, HOUR, linesIn, press, pressData, T0 } from './helpers.js';
import { bindGroups, claim, confirm, fileFrom, object, resolve } from './drive.js';

const DAY = 24 * HOUR;
/** When the figures are read: 2026-05-21 04:00 in Shanghai. */
const NOW = T0 + 210 * HOUR;
const TZ = 'Asia/Shanghai';
let app: TestApp;
const c = clock();
const ids: Record<string, string> = {};

/**
 * A hand-built May at the meituan branch (normal urgency: respond in 24 h, resolve in 7 days; the worker
 * has 3 days to object), every step made the way people make it:
 *
 * | ticket | claimed | resolved | the worker            | counts as                                   |
 * |--------|---------|----------|-----------------------|---------------------------------------------|
 * | A      | +1 h    | +5 h     | solved, 5★            | in time, solved on time, satisfied          |
 * | B      | +30 h   | +50 h    | solved, 3★            | late response, solved on time, not satisfied |
 * | C      | +2 h    | +10 h    | silent (window over)  | in time, solved on time                     |
 * | D      | +3 h    | +20 h    | "not solved" → reopen | in time, open, not solved                   |
 * | E      | —       | —        | —                     | not responded, open                         |
 * | F      | +1 h    | +200 h   | solved, 4★            | in time, solved late, satisfied             |
 * | G      | +4 h    | +190 h   | silent (window open)  | in time, awaiting the worker: not solved    |
 *
 * Plus H at eleme (claimed +1 h, resolved +2 h, solved, 2★) and X at meituan in April.
 */
beforeAll(async () => {
  app = await createTestApp({ now: c.now });
  await bindGroups(app);
  const file = async (
    key: string,
    user: string,
    text: string,
    category: string,
    group = 'riders-meituan',
  ) => {
    ids[key] = await fileFrom(app, user, group, text, { category });
  };
  c.set(T0 - 20 * DAY);
  await file('X', 'rider-x', '四月份的罚款问题', '薪酬与罚款');
  c.set(T0 - 20 * DAY + HOUR);
  await claim(app, 'sec-meituan', 'triage-meituan', ids.X!);
  await resolve(app, 'sec-meituan', 'triage-meituan', ids.X!);
  await confirm(app, 'rider-x', 5);

  c.set(T0);
  await file('A', 'rider-a', '超时被罚款50元', '薪酬与罚款');
  await file('B', 'rider-b', '站长扣我200块', '薪酬与罚款');
  await file('C', 'rider-c', '派单越来越远', '平台规则');
  await file('D', 'rider-d', '系统老是派超远的单', '平台规则');
  await file('E', 'rider-e', '账号被封了不知道为什么', '封号与申诉');
  await file('F', 'rider-f', '恶劣天气超时也罚钱', '薪酬与罚款');
  await file('G', 'rider-g', '差评申诉没人理', '薪酬与罚款');
  await file('H', 'rider-h', '饿了么这边也扣钱', '薪酬与罚款', 'riders-eleme');

  const step = async (hours: number, act: () => Promise<void>) => {
    c.set(T0 + hours * HOUR);
    await act();
  };
  const sec = (fn: typeof claim, id: string) => () => fn(app, 'sec-meituan', 'triage-meituan', id);
  await step(1, sec(claim, ids.A!));
  await step(5, sec(resolve, ids.A!));
  await step(6, () => confirm(app, 'rider-a', 5));
  await step(30, sec(claim, ids.B!));
  await step(50, sec(resolve, ids.B!));
  await step(51, () => confirm(app, 'rider-b', 3));
  await step(2, sec(claim, ids.C!));
  await step(10, sec(resolve, ids.C!));
  await step(3, sec(claim, ids.D!));
  await step(20, sec(resolve, ids.D!));
  await step(21, () => object(app, 'rider-d'));
  await step(1, sec(claim, ids.F!));
  await step(200, sec(resolve, ids.F!));
  await step(201, () => confirm(app, 'rider-f', 4));
  await step(4, sec(claim, ids.G!));
  await step(190, sec(resolve, ids.G!));
  await step(1, () => claim(app, 'sec-eleme', 'triage-eleme', ids.H!));
  await step(2, () => resolve(app, 'sec-eleme', 'triage-eleme', ids.H!));
  await step(3, () => confirm(app, 'rider-h', 2));
  c.set(NOW);
}, 60_000);
afterAll(async () => app.close());

async function figures(branch: string | undefined, at = NOW) {
  const period = parsePeriod('2026-05', at, TZ)!;
  const all = await ticketsCreatedIn(app.app.deps.store, period.from, period.to);
  return computeFigures(branch ? all.filter((t) => t.branch === branch) : all, { confirmWindowDays: 3 }, at);
}

async function statsAs(user: string, args = ''): Promise<string> {
  app.take();
  await app.type(`:as ${user}`, ':dm', `/stats${args ? ` ${args}` : ''}`);
  return app.take().join('\n');
}

describe('the figures', () => {
  it('the actions left the tickets as the table says', async () => {
    const t = async (k: string) => (await app.app.deps.store.tickets.get(ids[k]!))!;
    expect(await t('A')).toMatchObject({
      status: 'closed',
      closeReason: 'confirmed',
      solved: true,
      rating: 5,
    });
    expect(await t('C')).toMatchObject({ status: 'resolved' });
    expect(await t('D')).toMatchObject({ status: 'claimed', reopens: 1, firstResponseAt: T0 + 3 * HOUR });
    expect(await t('E')).toMatchObject({ status: 'new' });
    expect(await t('H')).toMatchObject({ branch: 'eleme-yangpu', status: 'closed', rating: 2 });
  });

  it('count received, responded in time, solved, satisfied and on time exactly', async () => {
    expect(await figures('meituan-yangpu')).toEqual({
      received: 7,
      open: 2,
      awaitingConfirmation: 1,
      responded: 6,
      respondedInTime: 5,
      dueForResponse: 7,
      dueForResolution: 7,
      closed: 5,
      closedOnTime: 3,
      decided: 6,
      solved: 4,
      solvedOnTime: 3,
      rated: 3,
      satisfied: 2,
      withdrawn: 0,
      medianResponseMs: 2.5 * HOUR,
      medianResolutionMs: 30 * HOUR,
      categories: [
        { id: 'pay-penalty', count: 4 },
        { id: 'platform-rules', count: 2 },
        { id: 'account-ban', count: 1 },
      ],
    });
  });

  it('a resolution counts once the window passes without an objection, not before; the sweep closing it changes nothing', async () => {
    await app.app.jobs.sweep(NOW);
    expect(await app.app.deps.store.tickets.get(ids.C!)).toMatchObject({
      status: 'closed',
      closeReason: 'window',
      solved: true,
    });
    expect((await figures('meituan-yangpu')).solved).toBe(4);
    // G was resolved at +190 h: solved (late) once its window is over at +262 h.
    expect(await figures('meituan-yangpu', T0 + 262 * HOUR - 1)).toMatchObject({
      solved: 4,
      awaitingConfirmation: 1,
    });
    expect(await figures('meituan-yangpu', T0 + 262 * HOUR)).toMatchObject({
      solved: 5,
      solvedOnTime: 3,
      awaitingConfirmation: 0,
    });
  });
});

describe('periods', () => {
  it('are whole months and days in the bot time zone', () => {
    const may = parsePeriod('2026-05', NOW, TZ)!;
    expect([may.from, may.to]).toEqual([Date.UTC(2026, 3, 30, 16), Date.UTC(2026, 4, 31, 16)]);
    expect(parsePeriod('', NOW, TZ)).toEqual(may);
    expect(parsePeriod('7d', NOW, TZ)).toEqual({ kind: 'days', days: 7, from: NOW - 7 * DAY, to: NOW });
    // "last" in January is last December.
    expect(parsePeriod('last', Date.UTC(2027, 0, 5), TZ)).toMatchObject({
      kind: 'month',
      year: 2026,
      month: 12,
    });
    for (const bad of ['0d', '400d', '2026-13', 'yesterday', '2026-05-01'])
      expect(parsePeriod(bad, NOW, TZ)).toBeUndefined();
  });
});

describe('/stats', () => {
  it("shows a secretary their branch's month, with the rates spelled out", async () => {
    const card = await statsAs('sec-meituan', '2026-05');
    expect(card).toContain('📊 美团外卖杨浦骑手支部 · 2026年5月');
    expect(card).toContain('受理 7 件（在办 2 件 · 待报告人确认 1 件）');
    expect(card).toContain('响应率 71.4%（按时响应 5/7 件已到响应时限或已响应）');
    expect(card).toContain('办结率 71.4%（已办结 5/7 件已到办结时限或已办结）');
    expect(card).toContain('按期办结率 42.9%（3/7）');
    expect(card).toContain('实际解决率 66.7%（已解决 4/6 件已到办结时限或已办结，不含等报告人确认的）');
    expect(card).toContain('按期解决率 50%（3/6）');
    expect(card).toContain('满意率 66.7%（4–5 星 2/3 条评价）');
    expect(card).toContain('首次响应用时（中位数）：2.5 小时');
    expect(card).toContain('解决用时（中位数）：30 小时');
    // Separated by ；: a category name may hold 、 itself (甘井子's 收入、罚款与欠薪, QA8).
    expect(card).toContain('主要问题：薪酬与罚款 4；平台规则与派单 2；封号与申诉 1');
    expect(card).toContain('3 天内未提出异议');
    // Nothing from April, nothing from eleme.
    expect(card).not.toContain('各支部');
  });

  it('defaults to this month, takes 7d and last, and switches period with one tap', async () => {
    expect(await statsAs('sec-meituan')).toContain('受理 7 件');
    expect(await statsAs('sec-meituan', '7d')).toContain('这段时间没有收到反映');
    expect(await statsAs('sec-meituan', 'last')).toContain('受理 1 件');
    await statsAs('sec-meituan');
    await press(app, 'sec-meituan', '上月');
    const edited = linesIn(app, 'sec-meituan').at(-1)!;
    expect(edited.kind).toBe('edit');
    expect(edited.text).toContain('2026年4月');
    expect(edited.text).toContain('受理 1 件');
  });

  it('gives organisers the district with a line per branch, or any one branch', async () => {
    const card = await statsAs('org-li');
    expect(card).toContain('📊 全区 · 2026年5月');
    expect(card).toContain('受理 8 件');
    expect(card).toContain('响应率 75%（按时响应 6/8 件');
    expect(card).toContain('办结率 75%（已办结 6/8 件');
    expect(card).toContain('实际解决率 71.4%（已解决 5/7 件');
    expect(card).toContain('满意率 50%（4–5 星 2/4 条评价）');
    expect(card).toContain('按期解决率 57.1%（4/7）');
    expect(card).toContain(
      '美团外卖杨浦骑手支部：受理 7 · 响应率 71.4% · 办结率 71.4% · 实际解决率 66.7% · 满意率 66.7%',
    );
    expect(card).toContain(
      '饿了么杨浦骑手支部：受理 1 · 响应率 100% · 办结率 100% · 实际解决率 100% · 满意率 0%',
    );
    expect(await statsAs('org-li', 'eleme-yangpu 2026-05')).toContain('📊 饿了么杨浦骑手支部 · 2026年5月');
  });

  it('refuses other branches, the district, workers, workers’ groups and words it does not know', async () => {
    expect(await statsAs('sec-meituan', 'eleme-yangpu')).toContain('需要相应权限');
    expect(await statsAs('sec-meituan', 'all')).toContain('需要相应权限');
    expect(await statsAs('rider-a')).toContain('需要相应权限');
    app.take();
    await app.type(':as sec-meituan', ':in riders-meituan', '/stats');
    expect(app.take().join('\n')).toContain('请在和我的私聊里使用');
    expect(await statsAs('sec-meituan', 'yesterday')).toContain('看不懂「yesterday」');
    // A forged press for another branch is refused too.
    app.take();
    await app.type(':as sec-meituan', ':dm');
    await pressData(
      app,
      { user: 'sec-meituan', chatId: 'sec-meituan', kind: 'private' },
      'st:eleme-yangpu:2026-05',
    );
    const out = app.take().join('\n');
    expect(out).toContain('需要相应权限');
    expect(out).not.toContain('饿了么杨浦骑手支部');
  });

  it('takes a branch by part of its name and 上月 / 本月 / 近7天, as organisers type them (orgmonth)', async () => {
    // Last month (April) at meituan: ticket X only.
    const april = await statsAs('org-li', '美团 上月');
    expect(april).toContain('📊 美团外卖杨浦骑手支部 · 2026年4月');
    expect(april).toContain('受理 1 件');
    expect(await statsAs('org-li', '本月 餓了麼')).toContain('📊 饿了么杨浦骑手支部 · 2026年5月');
    expect(await statsAs('org-li', 'eleme 近7天')).toContain('📊 饿了么杨浦骑手支部 · 近 7 天');
    expect(await statsAs('sec-meituan', '上个月')).toContain('📊 美团外卖杨浦骑手支部 · 2026年4月');
    // A word in several names asks for more; an unknown word says what a branch may be written as.
    expect(await statsAs('org-li', '杨浦')).toContain(
      '「杨浦」对得上好几个支部：杨浦区新就业群体党委 (district-yangpu)、美团外卖杨浦骑手支部 (meituan-yangpu)',
    );
    const unknown = await statsAs('org-li', '上上月');
    expect(unknown).toContain('看不懂「上上月」');
    expect(unknown).toContain('支部：写支部名称里的几个字（或支部 id）；周期：不写为本月，上月（或 last）');
    // A secretary naming another branch is refused as by its id.
    expect(await statsAs('sec-meituan', '饿了么')).toContain('需要相应权限');
  });

  it('in a triage chat, answers for that branch', async () => {
    app.take();
    await app.type(':as sec-meituan', ':in triage-meituan', '/stats 2026-05');
    expect(app.take().join('\n')).toContain('📊 美团外卖杨浦骑手支部 · 2026年5月');
  });
});

describe('the trend chart', () => {
  it('sends the last six months as a PNG picture with the rates named', async () => {
    await statsAs('sec-meituan', '2026-05');
    const before = app.console.transcript.length;
    await press(app, 'sec-meituan', '近半年趋势图');
    const sent = app.console.transcript.slice(before).find((l) => l.card.file);
    expect(sent!.card.file).toMatchObject({ kind: 'photo', mime: 'image/png' });
    expect(sent!.card.file!.data.subarray(1, 4).toString()).toBe('PNG');
    expect(sent!.text).toContain('近 6 个月的响应率、办结率、实际解决率、满意率');
  });
});

describe('a ticket is not held against a deadline that has not come', () => {
  it('a report filed just now, with 24 hours left to respond, does not lower the response rate', async () => {
    await fileFrom(app, 'rider-new', 'riders-eleme', '刚刚被扣了钱', { category: '薪酬与罚款' });
    const card = await statsAs('org-li', 'eleme-yangpu 2026-05');
    expect(card).toContain('受理 2 件（在办 1 件');
    expect(card).toContain('响应率 100%（按时响应 1/1 件');
    expect(card).toContain('办结率 100%（已办结 1/1 件');
  });
});
