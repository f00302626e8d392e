/**
 * What the browser QA of round 5 found on the board, checked in Debian's chromium (playwright-core):
 * long notes are counted and refused with the text kept, never cut; a transfer or return lands on the
 * queue with a confirmation, and a stale page says who moved the ticket; "no place given" is a filter;
 * the figures follow the chosen month; map markers carry colours and numbers; and the small things.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_MAX } from '../../../src/core/reports/triage/prompts.js';
import { lastMonths, monthKey } from '../../../src/core/reports/trend.js';
import { openStatus } from '../../../src/core/stations/hours.js';
import { useBoard, useTiledBoard, signInToBoard } from './browser.js';
import { bindGroups, fileFrom } from '../../core/reports/drive.js';
import { linesIn } from '../../core/reports/helpers.js';

const board = useBoard({ before: bindGroups });

const fresh = (user: string, text: string, category = '薪酬与罚款') =>
  fileFrom(board.app, user, 'riders-meituan', text, { category });

/** A text of `n` characters over several lines, ending with words a reader would miss if cut. */
function longText(n: number, end = '最后：请找王站长办理。'): string {
  const line = '已联系平台站长核实扣款情况，第1条处理完毕。\n';
  let text = '';
  while ([...text].length + [...line].length + [...end].length <= n) text += line;
  return text + '补'.repeat(n - [...text].length - [...end].length) + end;
}

describe('a long note (QA round 5 §2)', () => {
  it('counts the characters as they are typed, refuses more than the chat keeps with the text kept, and sends the whole text when it fits', async () => {
    const id = await fresh('rider-q1', '罚款单上写的金额和扣的不一样');
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${id}`);
    const form = page.locator('form[action$="/resolve"]');
    const counter = form.locator('.count');
    expect(await counter.textContent()).toBe(`0 / ${NOTE_MAX} 字`);
    // No maxlength: a pasted text is kept whole and the counter says how much is over.
    const tooLong = longText(NOTE_MAX + 537);
    await form.locator('textarea').fill(tooLong);
    expect(await form.locator('textarea').getAttribute('maxlength')).toBeNull();
    expect(await form.locator('textarea').inputValue()).toBe(tooLong);
    expect(await counter.textContent()).toBe(
      `超出 537 字（${NOTE_MAX + 537} / ${NOTE_MAX}），请删减后再发送。`,
    );
    expect(await counter.getAttribute('class')).toContain('err');
    // The browser does not send it…
    await form.locator('button').click();
    expect(page.url()).toBe(`${board.base}/board/t/${id}`);
    expect((await board.app.app.deps.store.tickets.get(id))!.status).not.toBe('resolved');
    // …and a page that sends it anyway (no script, an old page) is refused with the text in its form.
    await form.evaluate((f) => f.setAttribute('novalidate', ''));
    await form.locator('button').click();
    await page.waitForURL(/\/resolve$/);
    expect(await page.title()).toContain('没有办成');
    expect(await page.textContent('#form-error')).toBe(
      `这段文字有 ${NOTE_MAX + 537} 字，超过了 ${NOTE_MAX} 字的上限（和在聊天里一样），所以没有发出。请删减 537 字后再发送。`,
    );
    const kept = page.locator('details[data-act="resolve"][open] textarea');
    expect(await kept.inputValue()).toBe(tooLong);
    // On a phone the form is below the card: a link goes to it.
    await page.click('#to-kept');
    expect(page.url()).toMatch(/#act-resolve$/);
    expect((await board.app.app.deps.store.tickets.get(id))!.status).not.toBe('resolved');
    expect(
      linesIn(board.app, 'rider-q1')
        .map((l) => l.text)
        .join('\n'),
    ).not.toContain('第1条处理完毕');

    // 4,800 characters: the same refusal with the text kept, not a 413 that loses it.
    const csrf = (await page.getAttribute('input[name="_csrf"]', 'value'))!;
    const huge = longText(4800);
    const res = await page.request.post(`${board.base}/board/t/${id}/ask`, {
      form: { _csrf: csrf, branch: 'meituan-yangpu', note: huge },
    });
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('这段文字有 4800 字');

    // Exactly the limit, line breaks included (sent as CRLF, counted as the chat counts them): sent whole.
    const fits = longText(NOTE_MAX);
    expect([...fits].length).toBe(NOTE_MAX);
    await kept.fill(fits);
    expect(await page.locator('details[data-act="resolve"] .count').textContent()).toBe(
      `${NOTE_MAX} / ${NOTE_MAX} 字`,
    );
    await page.locator('form[action$="/resolve"] button').click();
    await expect.poll(() => page.locator('#done').count()).toBe(1);
    // The worker gets all of it, in several messages (the limit is a report's, QA: a number at the end was lost).
    const told = linesIn(board.app, 'rider-q1').at(-1)!.text;
    expect(told).toContain('最后：请找王站长办理。');
    expect(told).toContain('问题解决了吗？');
    expect(told).not.toContain('…');
    // The history shortens a long step with "…"; the page gives it whole underneath.
    expect(await page.textContent('#full-texts')).toContain('最后：请找王站长办理。');
    await page.context().close();
  });
});

describe('a transfer or a return (QA round 5 §3)', () => {
  it('lands on the queue saying where the ticket went', async () => {
    const moved = await fresh('rider-q2', '站点的充电柜一直坏着');
    const back = await fresh('rider-q3', '这单其实不归美团管');
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${moved}`);
    const transfer = page.locator('form[action$="/transfer"]');
    await transfer.locator('select').selectOption('eleme-yangpu');
    await transfer.locator('textarea').fill('是饿了么的骑手');
    await transfer.locator('button').click();
    await page.waitForURL(/\/board\?moved=/);
    expect(await page.textContent('#done')).toBe(
      `✅ ${moved} 已转派给 饿了么杨浦骑手支部，群里的卡片已同步更新。`,
    );
    expect(await page.textContent('body')).not.toContain('无权查看');

    await page.goto(`${board.base}/board/t/${back}`);
    await page.locator('form[action$="/return"] textarea').fill('不归我们');
    await page.locator('form[action$="/return"] button').click();
    await page.waitForURL(/\/board\?moved=/);
    expect(await page.textContent('#done')).toMatch(
      new RegExp(`^✅ ${back} 已退回，转至 .+，群里的卡片已同步更新。$`),
    );
    // Someone of another branch is told nothing by the same address.
    const other = await board.signIn('sec-sf');
    await other.goto(`${board.base}/board?moved=${moved}`);
    expect(await other.locator('#done').count()).toBe(0);
    await page.context().close();
    await other.context().close();
  });

  it('a stale page says who moved the ticket and where, and gives back the typed text', async () => {
    const id = await fresh('rider-q4', '商家出餐慢还算我超时');
    const stale = await board.signIn('sec-meituan');
    await stale.goto(`${board.base}/board/t/${id}`);
    const org = await board.signIn('org-li');
    await org.goto(`${board.base}/board/t/${id}`);
    await org.locator('form[action$="/transfer"] select').selectOption('eleme-yangpu');
    await org.locator('form[action$="/transfer"] textarea').fill('转给饿了么');
    await org.locator('form[action$="/transfer"] button').click();
    await org.waitForURL(/moved=/);

    await stale.locator('form[action$="/resolve"] textarea').fill('已和商家沟通，超时记录撤销');
    await stale.locator('form[action$="/resolve"] button').click();
    await stale.waitForURL(/\/resolve$/);
    expect(await stale.title()).toContain('没有办成');
    expect(await stale.textContent('#error')).toMatch(
      new RegExp(`^${id} 已由 org-li 于 .+ 转派给 饿了么杨浦骑手支部，不再归您的支部处理。$`),
    );
    expect(await stale.locator('#kept').inputValue()).toBe('已和商家沟通，超时记录撤销');
    // Opening it again says the same, not "无权查看".
    expect((await stale.goto(`${board.base}/board/t/${id}`))!.status()).toBe(403);
    expect(await stale.textContent('#error')).toContain('已由 org-li');
    await stale.context().close();
    await org.context().close();
  });
});

describe('"没写地点的反映" (QA round 5 §5)', () => {
  it('links to exactly the reports it counts: the queue offers "no place given"', async () => {
    await fresh('rider-q5', '这个月工资少发了两百');
    await fresh('rider-q6', '五角场那边站长扣了我的工资', '薪酬与罚款');
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    const line = (await page.textContent('#clusters-noplace'))!;
    const n = Number(/薪酬与罚款 (\d+)/.exec(line)![1]);
    await page.locator('#clusters-noplace a', { hasText: '薪酬与罚款' }).click();
    await page.waitForURL(/area=-/);
    expect(await page.locator('select[name="area"] option:checked').textContent()).toBe('没写地点');
    const shown = await page
      .locator('#queue tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-ticket')!));
    expect(shown.length).toBe(n);
    for (const id of shown) expect((await board.app.app.deps.store.tickets.get(id))!.area ?? '').toBe('');
    await page.context().close();
  });
});

describe('figures follow the chosen month (QA round 5 §6)', () => {
  it('charts and clusters cover the months up to the one chosen, "now" figures say so, a future month is refused', async () => {
    const now = board.app.app.deps.now().getTime();
    const [cur] = lastMonths(now, board.app.app.deps.timezone, 1);
    const next = monthKey(
      cur!.month === 12 ? { year: cur!.year + 1, month: 1 } : { ...cur!, month: cur!.month + 1 },
    );
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    expect(await page.textContent('#trend-title')).toMatch(
      new RegExp(`^响应率、办结率、实际解决率、满意率（\\d{4}-\\d{2} 至 ${monthKey(cur!)}，按月）$`),
    );
    expect(await page.locator('#trend').count()).toBe(1);
    expect(await page.textContent('#overdue-title')).toContain('此刻');

    await page.goto(`${board.base}/board/figures?month=2024-01`);
    expect(await page.textContent('#trend-title')).toContain('2023-02 至 2024-01');
    expect(await page.textContent('#cats-title')).toContain('2023-02 至 2024-01');
    expect(await page.textContent('#trend-empty')).toBe('暂无数据');
    expect(await page.textContent('#month-empty')).toBe('2024-01 没有收到反映。');
    expect(await page.textContent('#clusters-title')).toContain('2024-01-31');
    expect(await page.locator('#clusters li').count()).toBe(0);

    const res = await page.goto(`${board.base}/board/figures?month=${next}`);
    expect(res!.status()).toBe(400);
    expect(await page.textContent('#error')).toBe(
      `${next} 还没到，没有数据。请选择 ${monthKey(cur!)} 或以前的月份。`,
    );
    await page.context().close();
  });
});

describe('maps (QA round 5 §8)', () => {
  const map = useTiledBoard(board);

  it("the ticket map colours stations as the stations page does, and the stations map's markers carry the table's numbers", async () => {
    const id = await fileFrom(board.app, 'rider-q7', 'riders-meituan', '这个路口的井盖松了，电动车过去会颠', {
      anonymous: true,
      attach: ':loc 31.3040 121.5150',
    });
    const stations = board.app.app.deps.content.get().stations;
    const openNow = stations.filter(
      (s) => openStatus(s, board.app.app.deps.now(), board.app.app.deps.timezone).open,
    ).length;

    const page = await signInToBoard(board.browser, board.app, map.base, 'org-li');
    await page.goto(`${map.base}/board/t/${id}`);
    await page.waitForSelector('#location-map path[stroke="#c00000"]');
    expect(await page.locator('#location-map path[stroke="#0a6b0a"]').count()).toBe(openNow);
    expect(await page.locator('#location-map path[stroke="#999"]').count()).toBe(stations.length - openNow);
    // Not by colour alone: ✓ on an open station, ✕ on a closed one, and the status in words (QA22 #13).
    const signs = await page.locator('#location-map .leaflet-tooltip.map-pin').allTextContents();
    expect(signs.filter((x) => x === '✓')).toHaveLength(openNow);
    expect(signs.filter((x) => x === '✕')).toHaveLength(stations.length - openNow);
    expect(await page.content()).toMatch(/"note":"🟢|"note":"🔴/);

    await page.goto(`${map.base}/board/stations`);
    await page.waitForSelector('#map .map-pin');
    const pins = await page.locator('#map .leaflet-tooltip.map-pin').allTextContents();
    // The number covers the dot, so open or closed is said beside it: ✓ or ✕, as on the ticket's map.
    const now = board.app.app.deps.now();
    expect(pins).toEqual(
      stations.map((s, i) => `${i + 1} ${openStatus(s, now, board.app.app.deps.timezone).open ? '✓' : '✕'}`),
    );
    const rows = await page.locator('#stations tbody tr .pin').allTextContents();
    expect(rows).toEqual(pins.map((x) => x.split(' ')[0]));
    await page.context().close();
  });
});

describe('small things (QA round 5 §9)', () => {
  it('a refused action says it was refused and why, on the ticket as it is now', async () => {
    const id = await fresh('rider-q8', '申请的头盔一直没发');
    const a = await board.signIn('sec-meituan');
    const b = await board.signIn('sec-meituan-2');
    await a.goto(`${board.base}/board/t/${id}`);
    await b.goto(`${board.base}/board/t/${id}`);
    await a.click('form[action$="/claim"] button');
    await a.waitForSelector('#done');
    await b.click('form[action$="/claim"] button');
    await b.waitForURL(/\/claim$/);
    expect(await b.title()).toContain('没有办成');
    expect(await b.title()).not.toContain('无法打开');
    expect(await b.textContent('#form-error')).toContain('sec-meituan');
    // The ticket as it is now, under the reason: claimed, no 签收 any more.
    expect(await b.textContent('#ticket')).toContain(id);
    expect(await b.locator('form[action$="/claim"]').count()).toBe(0);
    await a.context().close();
    await b.context().close();
  });

  it('a stale 批准 says who decided the request meanwhile, and when', async () => {
    const id = await fresh('rider-q11', '保险理赔一直拖着不处理');
    const sec = await board.signIn('sec-meituan');
    await sec.goto(`${board.base}/board/t/${id}`);
    await sec.click('form[action$="/claim"] button');
    await sec.waitForSelector('#done');
    const extend = sec.locator('form[action$="/extend"]');
    await extend.locator('select').selectOption('3');
    await extend.locator('textarea').fill('要等保险公司回复');
    await extend.locator('button').click();
    await sec.waitForSelector('#done');
    const li = await board.signIn('org-li');
    await li.goto(`${board.base}/board/t/${id}`);
    const zhang = await board.signIn('org-zhang');
    await zhang.goto(`${board.base}/board/t/${id}`);
    await zhang.click('form[action$="/refuse"] button');
    await zhang.waitForSelector('#done');
    await li.click('form[action$="/approve"] button');
    await li.waitForURL(/\/approve$/);
    expect(await li.title()).toContain('没有办成');
    expect(await li.textContent('#form-error')).toMatch(/没有待审批的延期申请.*（org-zhang 已于 .+ 驳回。）/);
    await sec.context().close();
    await li.context().close();
    await zhang.context().close();
  });

  it('the signed-out page shows no nav, and no link that would only be refused', async () => {
    const page = await board.signIn('sec-meituan');
    await page.click('form[action$="/logout"] button');
    await page.waitForURL(/\/logout$/);
    expect(await page.textContent('main')).toContain('已退出登录');
    expect(await page.locator('header a').count()).toBe(0);
    expect((await page.goto(`${board.base}/board`))!.status()).toBe(401);
    expect(await page.locator('header a').count()).toBe(0);
    expect(await page.locator('#back').count()).toBe(0);
    await page.context().close();
  });

  it('a lower-case ticket number finds the ticket', async () => {
    const id = await fresh('rider-q9', '电动车在站点门口被偷了');
    const page = await board.signIn('sec-meituan');
    expect((await page.goto(`${board.base}/board/t/${id.toLowerCase()}`))!.status()).toBe(200);
    expect(await page.textContent('#ticket')).toContain(id);
    await page.context().close();
  });

  it('an organiser is not offered 申请延期, and a POST of one is refused', async () => {
    const id = await fresh('rider-q10', '站长要求我们每天早到半小时不给钱');
    const org = await board.signIn('org-li');
    await org.goto(`${board.base}/board/t/${id}`);
    await org.click('form[action$="/claim"] button');
    await org.waitForSelector('#done');
    expect(await org.locator('details[data-act="resolve"]').count()).toBe(1);
    expect(await org.locator('details[data-act="extend"]').count()).toBe(0);
    const csrf = (await org.getAttribute('input[name="_csrf"]', 'value'))!;
    const res = await org.request.post(`${board.base}/board/t/${id}/extend`, {
      form: { _csrf: csrf, branch: 'meituan-yangpu', days: '3', note: '需要时间' },
    });
    expect(res.status()).toBe(403);
    // A secretary of the branch still is.
    const sec = await board.signIn('sec-meituan');
    await sec.goto(`${board.base}/board/t/${id}`);
    expect(await sec.locator('details[data-act="extend"]').count()).toBe(1);
    await org.context().close();
    await sec.context().close();
  });

  it('a queue filter it cannot use is named, not silently ignored', async () => {
    const page = await board.signIn('sec-meituan');
    const res = await page.goto(`${board.base}/board?since=abc&state=bogus&category=nosuch&page=999`);
    expect(res!.status()).toBe(400);
    const said = (await page.textContent('#filter-error'))!;
    expect(said).toContain('「起始日期」的值「abc」无效');
    expect(said).toContain('「状态」的值「bogus」无效');
    expect(said).toContain('「类别」的值「nosuch」无效');
    expect(said).toMatch(/没有第 999 页（共 \d+ 页）/);
    // The plain queue has nothing to say.
    expect((await page.goto(`${board.base}/board`))!.status()).toBe(200);
    expect(await page.locator('#filter-error').count()).toBe(0);
    await page.context().close();
  });
});
