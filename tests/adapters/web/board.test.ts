/**
 * The web board in a real browser: Debian's chromium driven by playwright-core (no browser download),
 * against the board mounted on the bot's HTTP server and the console as the chat, so a claim on the page
 * shows up as an edit of the triage card in the chat.
 */
import { createHash } from 'node:crypto';
import { sign } from '@telegram-apps/init-data-node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, DEFAULT_TILE_ATTRIBUTION, tileSource } from '../../../src/adapters/web/board.js';
import type { HttpServer } from '../../../src/http/server.js';
import { serveBoard, useBoard, useTiledBoard } from './browser.js';
import { bindGroups, boardLink, cardOf, fileFrom } from '../../core/reports/drive.js';
import { latest, linesIn, press } from '../../core/reports/helpers.js';
import {
  buttonsOf,
  createTelegramTestApp,
  FAKE_TOKEN,
  type TelegramTestApp,
} from '../../helpers/fake-bot-api.js';
import type { ConsoleLine } from '../../../src/adapters/console/adapter.js';

const TG_TOKEN = '123456:TEST-token';

const ids: Record<string, string> = {};

const board = useBoard({
  before: async (app) => {
    await bindGroups(app);
    ids.meituan = await fileFrom(app, 'rider-1', 'riders-meituan', '超时被罚款50元，站长电话13812345678', {
      category: '薪酬与罚款',
    });
    ids.eleme = await fileFrom(app, 'rider-2', 'riders-eleme', '<script>alert(1)</script><b>扣钱</b>', {
      category: '薪酬与罚款',
      anonymous: true,
    });
  },
  board: { telegramToken: TG_TOKEN },
});

/** A phone's screen and touch. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('sign-in', () => {
  it('a link from /board signs a secretary in once; the same link again, a forged one and an expired one are refused', async () => {
    const secret = await boardLink(board.app, 'sec-meituan');
    const context = await board.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${board.base}/board/login?t=${secret}`);
    expect(page.url()).toBe(`${board.base}/board`);
    await expect.poll(() => page.textContent('body')).toContain(ids.meituan);
    // The phone number in the summary is masked as in chat.
    expect(await page.textContent('body')).not.toContain('13812345678');

    const fresh = await (await board.browser.newContext({ locale: 'zh-CN' })).newPage();
    const replay = await fresh.goto(`${board.base}/board/login?t=${secret}`);
    expect(replay!.status()).toBe(401);
    expect(await fresh.textContent('body')).toContain('登录链接无效、已过期或已经用过');

    const forged = await fresh.goto(`${board.base}/board/login?t=${'A'.repeat(43)}`);
    expect(forged!.status()).toBe(401);

    const expiring = await boardLink(board.app, 'sec-meituan');
    const key = board.app.app.store.keys.boardLink(createHash('sha256').update(expiring).digest('hex'));
    await board.app.app.store.redis.pexpire(key, 1);
    await expect.poll(() => board.app.app.store.redis.exists(key)).toBe(0);
    expect((await fresh.goto(`${board.base}/board/login?t=${expiring}`))!.status()).toBe(401);
  });

  it('refuses forged Mini App initData, a tampered cookie, and workers', async () => {
    const page = await (await board.browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(`${board.base}/board/tg`);
    const forged = await page.request.post(`${board.base}/board/tg`, {
      form: { initData: 'user=%7B%22id%22%3A2001%7D&auth_date=1700000000&hash=deadbeef' },
    });
    expect(forged.status()).toBe(401);
    expect(await forged.text()).toContain('无法确认您的 Telegram 身份');

    await page.context().addCookies([{ name: 'ws_board', value: 'x'.repeat(43), url: board.base }]);
    const tampered = await page.goto(`${board.base}/board`);
    expect(tampered!.status()).toBe(401);
    expect(await page.textContent('body')).toContain('发送 /board');

    board.app.take();
    await board.app.type(':as rider-1', ':dm', '/board');
    expect(board.app.take().join('\n')).not.toContain('login?t=');
  });

  it('signs in an organiser opening the Mini App with initData Telegram signed', async () => {
    const page = await (await board.browser.newContext({ locale: 'zh-CN' })).newPage();
    const initData = sign(
      { user: { id: 1001, first_name: '李', language_code: 'zh-hans' } } as never,
      TG_TOKEN,
      new Date(),
    );
    await page.goto(`${board.base}/board/tg#tgWebAppData=${encodeURIComponent(initData)}`);
    await page.waitForURL(`${board.base}/board`);
    const body = await page.textContent('body');
    // An organiser sees every branch's tickets.
    expect(body).toContain(ids.meituan);
    expect(body).toContain(ids.eleme);
  });
});

describe('the queue and a ticket', () => {
  it("a secretary of meituan sees only meituan's tickets and is refused eleme's", async () => {
    const page = await board.signIn('sec-meituan');
    const body = await page.textContent('body');
    expect(body).toContain(ids.meituan);
    expect(body).not.toContain(ids.eleme);
    const res = await page.goto(`${board.base}/board/t/${ids.eleme}`);
    expect(res!.status()).toBe(403);
    expect(await page.textContent('body')).toContain('不归您的支部处理');
    expect(await page.textContent('body')).not.toContain('扣钱');
  });

  it('claiming and resolving on the page edits the triage card in the chat and tells the worker', async () => {
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${ids.meituan}`);
    const card = cardOf(board.app, 'triage-meituan', ids.meituan!);
    await page.click('form[action$="/claim"] button');
    await expect.poll(() => page.textContent('#done')).toContain('已完成');
    const claimed = linesIn(board.app, 'triage-meituan')
      .filter((l) => l.id === card && l.kind === 'edit')
      .at(-1);
    expect(claimed!.text).toContain('sec-meituan');
    expect(claimed!.choices.join()).not.toContain('签收');

    await page.fill('form[action$="/resolve"] textarea', '已联系站长，罚款撤销');
    await page.click('form[action$="/resolve"] button');
    await expect.poll(() => page.textContent('#ticket')).toContain('已联系站长，罚款撤销');
    const resolved = linesIn(board.app, 'triage-meituan')
      .filter((l) => l.id === card && l.kind === 'edit')
      .at(-1);
    expect(resolved!.text).toContain('已联系站长，罚款撤销');
    expect(linesIn(board.app, 'rider-1').at(-1)!.text).toContain('已联系站长，罚款撤销');
  });

  it('shows HTML in a report as text, refuses a POST without the form token, unknown ids and oversized queries', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/t/${ids.eleme}`);
    expect(await page.textContent('#ticket')).toContain('<script>alert(1)</script>');
    expect(await page.locator('#ticket script, #ticket b:text("扣钱")').count()).toBe(0);
    // Anonymous: no reporter identity on the page.
    expect(await page.textContent('#ticket')).not.toContain('rider-2');

    const noToken = await page.request.post(`${board.base}/board/t/${ids.eleme}/claim`, { form: {} });
    expect(noToken.status()).toBe(403);
    expect(await noToken.text()).toContain('表单已过期');
    expect((await board.app.app.deps.store.tickets.get(ids.eleme!))!.status).toBe('new');

    const unknown = await page.goto(`${board.base}/board/t/JN-2099-999999`);
    expect(unknown!.status()).toBe(404);
    expect(await page.textContent('body')).toContain('没有这个编号的反映');
    const long = await page.goto(`${board.base}/board?category=${'x'.repeat(3000)}`);
    expect(long!.status()).toBe(414);
    expect(await page.textContent('body')).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('a long report and 督办 on the page', () => {
  it('shows the whole of a long report, its end included, numbers masked', async () => {
    const long = `${'站长扣钱不给说法。'.repeat(400)}最后一句：请打我电话 13912345678 联系我`;
    const id = await fileFrom(board.app, 'rider-7', 'riders-meituan', long, { category: '薪酬与罚款' });
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${id}`);
    const shown = (await page.textContent('#ticket'))!;
    expect(shown).toContain(long.replace('13912345678', '139****5678'));
    expect(shown).not.toContain('13912345678');
  });

  it('escalating asks for a reason, and a second escalation within the hour is refused', async () => {
    const id = await fileFrom(board.app, 'rider-8', 'riders-meituan', '站长扣了我80块', {
      category: '薪酬与罚款',
    });
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${id}`);
    expect(await page.getAttribute('form[action$="/escalate"] textarea', 'required')).not.toBeNull();
    const csrf = (await page.getAttribute('form[action$="/escalate"] input[name="_csrf"]', 'value'))!;
    const bare = await page.request.post(`${board.base}/board/t/${id}/escalate`, { form: { _csrf: csrf } });
    expect(bare.status()).toBe(400);
    await page.fill('form[action$="/escalate"] textarea', '站点不回话，请区里催');
    await page.click('form[action$="/escalate"] button');
    await expect.poll(() => page.textContent('#done')).toContain('已完成');
    const again = await page.request.post(`${board.base}/board/t/${id}/escalate`, {
      form: { _csrf: csrf, note: '再催一次' },
    });
    expect(again.status()).toBe(409);
    expect(await again.text()).toContain('已经督办过');
    const t = (await board.app.app.deps.store.tickets.get(id))!;
    expect(t.escalations).toBe(1);
    expect(
      linesIn(board.app, 'district-escalation').some((l) => l.text.includes('站点不回话，请区里催')),
    ).toBe(true);
  });
});

describe('figures', () => {
  it('the rates on the page are the rates in the CSV, and the charts are drawn', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    await page.waitForSelector('#trend canvas, #trend svg');
    const href = await page.getAttribute('#csv', 'href');
    const csv = (await (await page.request.get(`${board.base}${href!}`)).text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    const meituan = rows.find((r) => r[0] === 'meituan-yangpu')!;
    const col = (name: string) => meituan[header!.indexOf(name)]!;
    const cell = async (rate: string) =>
      page.textContent(`tr[data-branch="meituan-yangpu"] td[data-rate="${rate}"] .muted`);
    expect(await cell('response')).toBe(`${col('responded_in_time')}/${col('due_for_response')}`);
    expect(await cell('closure')).toBe(`${col('closed')}/${col('due_for_resolution')}`);
    expect(await cell('solved')).toBe(`${col('solved')}/${col('decided')}`);
    expect(await cell('satisfaction')).toBe(`${col('satisfied')}/${col('rated')}`);
  });
});

describe('figures: the board and /stats agree', () => {
  it("a secretary's row on the page shows the numbers /stats sends in chat", async () => {
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/figures`);
    board.app.take();
    await board.app.type(':as sec-meituan', ':dm', '/stats');
    const stats = board.app.take().join('\n');
    const cell = async (rate: string) =>
      page.textContent(`tr[data-branch="meituan-yangpu"] td[data-rate="${rate}"] .muted`);
    const inChat = (re: RegExp) => re.exec(stats)?.slice(1, 3).join('/');
    expect(await cell('response')).toBe(inChat(/响应率 .*?（按时响应 (\d+)\/(\d+) 件/));
    expect(await cell('closure')).toBe(inChat(/办结率 .*?（已办结 (\d+)\/(\d+) 件/));
    expect(await cell('closureOnTime')).toBe(inChat(/按期办结率 .*?（(\d+)\/(\d+)）/));
    expect(await cell('solved')).toBe(inChat(/实际解决率 .*?（已解决 (\d+)\/(\d+) 件/));
    expect(await cell('solvedOnTime')).toBe(inChat(/按期解决率 .*?（(\d+)\/(\d+)）/));
    expect(await cell('satisfaction')).toBe(inChat(/满意率 .*?（4–5 星 (\d+)\/(\d+) 条/));
    const received = await page.textContent('tr[data-branch="meituan-yangpu"] td:nth-child(2)');
    expect(stats).toContain(`受理 ${received} 件`);
  });
});

describe('stations and gaps', () => {
  it('lists stations with open-now and services on a coordinate plot when no tiles are configured', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/stations`);
    await page.waitForSelector('#plot canvas, #plot svg');
    const pack = board.app.app.deps.content.get();
    const first = pack.stations[0]!;
    const row = await page.textContent(`tr[data-station="${first.id}"]`);
    expect(row).toContain(first.name);
    expect(row).toMatch(/营业|休息|开放|24/);
    expect(await page.locator('#map').count()).toBe(0);
    // Axes named in the page's language, and a key to the grey dots.
    expect(await page.textContent('script[data-for="plot"]')).toContain('"name":"经度"');
    expect(await page.textContent('#plot-legend')).toContain('灰点：现在关闭');
    // Stations drawn on top of each other are told apart: each dot's number is its row's number, and
    // the plot zooms (pinch or wheel) into a crowded spot.
    const option = JSON.parse((await page.textContent('script[data-for="plot"]'))!) as {
      dataZoom: { type: string }[];
      series: { label: { formatter: string }; data: { name: string; value: number[] }[] }[];
    };
    expect(option.dataZoom.map((z) => z.type)).toEqual(['inside', 'inside']);
    expect(option.series[0]!.label.formatter).toBe('{b}');
    for (const [i, s] of pack.stations.entries()) {
      expect(option.series[0]!.data[i]).toMatchObject({
        name: `${i + 1} ${s.name}`,
        value: [s.lon, s.lat, i + 1],
      });
      expect(await page.textContent(`tr[data-station="${s.id}"] td:first-child`)).toBe(`${i + 1} ${s.name}`);
    }
  });

  it('in zh-TW the stations page reads names and addresses in traditional script', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/stations?lang=zh-TW`);
    const table = (await page.textContent('#stations'))!;
    expect(table).toContain('五角場萬達暖心驛站');
    expect(table).toContain('楊浦區邯鄲路600號');
    expect(table).not.toContain('杨浦区');
    // Names and addresses are converted character by character: the sign says 社區, not Taiwan's word 社群 (QA5 #4).
    expect(table).toContain('控江路社區暖心驛站');
    expect(table).toContain('社區黨群服務中心');
    expect(table).not.toContain('社群');
    expect(await page.textContent('script[data-for="plot"]')).toContain('五角場萬達暖心驛站');
  });

  it('in English the stations page gives each name and address with its pinyin reading', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/stations?lang=en`);
    const table = (await page.textContent('#stations'))!;
    // The Chinese as the sign reads it, then how to say it (stop 33): a worker can match one and read out the other.
    expect(table).toContain('五角场万达暖心驿站 (Wujiaochang Wanda Nuanxin Yizhan)');
    expect(table).toContain(
      '杨浦区邯郸路600号 万达广场 1 号门东侧 (Yangpu Qu Handan Lu 600 Hao Wanda Guangchang 1 Hao Men Dongce)',
    );
    expect(await page.textContent('script[data-for="plot"]')).toContain('(Wujiaochang Wanda Nuanxin Yizhan)');
    // Other readers are unchanged.
    await page.goto(`${board.base}/board/stations?lang=zh-CN`);
    expect(await page.textContent('#stations')).not.toContain('Yizhan');
  });

  it('shows unanswered questions as text', async () => {
    await board.app.app.deps.store.faq.logGap('<img src=x onerror=alert(1)>电动车哪里充电便宜');
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/gaps`);
    expect(await page.textContent('main')).toContain('<img src=x onerror=alert(1)>电动车哪里充电便宜');
    expect(await page.locator('main img').count()).toBe(0);
  });
});

describe('gaps: the chat /gaps actions on the page', () => {
  const question = '大篷车啥时候开到我们站点';
  const dataOf = (l: ConsoleLine | undefined) =>
    (l?.card.buttons ?? []).flat().map((b) => ('data' in b ? b.data : b.url));
  async function ask(user: string, text: string): Promise<ConsoleLine> {
    await board.app.type(`:as ${user} zh-CN`, ':dm', text);
    board.app.take();
    return linesIn(board.app, user).at(-1)!;
  }
  async function gapOf(text: string): Promise<string> {
    const gap = (await board.app.app.deps.store.faq.topGaps(100)).find((g) => g.text === text);
    if (!gap) throw new Error(`no gap for ${text}`);
    return gap.id;
  }

  it('a secretary sees no actions and gets 403 when posting one, even with a valid form token', async () => {
    expect(dataOf(await ask('rider-g1', question))).not.toContain('fb:health-check-tour:up');
    const gap = await gapOf(question);
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/gaps`);
    expect(await page.locator('a.act').count()).toBe(0);
    // Only what a secretary may do: look. No "handle it here or with /gaps", no export link.
    expect(await page.textContent('#gaps-note')).toContain('由区里的组织者处理');
    expect(await page.textContent('#gaps-note')).not.toContain('/gaps');
    expect(await page.locator('#export').count()).toBe(0);
    await page.goto(`${board.base}/board`);
    const csrf = await page.getAttribute('input[name="_csrf"]', 'value');
    const res = await page.request.post(`${board.base}/board/gaps/${gap}/learn`, {
      form: { _csrf: csrf!, entry: 'health-check-tour' },
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('只有区里的组织者可以处理问答缺口');
    expect(await gapOf(question)).toBe(gap);
    expect((await page.goto(`${board.base}/board/gaps/export.yaml`))!.status()).toBe(403);
  });

  it('an organiser marks the gap as an entry, and the same question in chat gets that entry', async () => {
    const gap = await gapOf(question);
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps`);
    await page.click(`tr[data-gap="${gap}"] a.act`);
    expect(await page.textContent('h1')).toContain(`「${question}」是下面哪一条？`);
    await page.click('#closest form:has(input[value="health-check-tour"]) button');
    // POST/redirect/GET: the page after the action is the gaps list, so a reload sends nothing again.
    expect(page.url()).toBe(`${board.base}/board/gaps?learned=health-check-tour`);
    expect(await page.textContent('#done')).toContain('这类问法以后会用「骑手免费巡回体检：时间和报名」回答');
    expect(await page.locator('#gaps th').allTextContents()).toEqual(['问题', '问过几次', '线索', '处理']);
    const answer = await ask('rider-g2', question);
    expect(dataOf(answer)).toContain('fb:health-check-tour:up');
    expect((await board.app.app.deps.store.faq.topGaps(100)).map((g) => g.id)).not.toContain(gap);
  });

  it('puts the entry the asker picked from "did you mean" first, marked', async () => {
    const unsure = '平台扣钱了不合理';
    const reply = await ask('rider-p1', unsure);
    const appeal = dataOf(reply).findIndex((d) => d.startsWith('faq:show:penalty-appeal:'));
    await board.app.type(`:press ${appeal + 1} ${reply.id}`);
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps/${await gapOf(unsure)}`);
    const first = page.locator('#closest form').first();
    expect(await first.locator('input[name="entry"]').getAttribute('value')).toBe('penalty-appeal');
    expect(await first.locator('.picked').textContent()).toBe('👆 1');
    await page.goto(`${board.base}/board/gaps`);
    expect(await page.textContent(`tr[data-gap="${await gapOf(unsure)}"] .evidence`)).toMatch(
      /^👆 提问的人点了「.*申诉.*」1 次$/,
    );
  });

  it('shows an answer its asker passed over for the entry offered under it, with both', async () => {
    const asked = '骑手体检在哪预约';
    const answer = await ask('rider-s1', asked);
    const report = dataOf(answer).indexOf('faq:show:health-check-report');
    await board.app.type(`:press ${report + 1} ${answer.id}`);
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps`);
    const row = await page.textContent(`tr[data-gap="${await gapOf(asked)}"] .evidence`);
    expect(row).toMatch(
      /^🔀 答的是「骑手免费巡回体检.*」，提问的人改点别的 1 次 · 👆 提问的人点了「体检报告怎么查.*」1 次$/,
    );
  });

  it('a 👎 in chat shows the question asked under the entry; an organiser handles it from there, a secretary only reads', async () => {
    const asked = '骑手免费体检怎么报名啊';
    const answer = await ask('rider-d1', asked);
    const down = dataOf(answer).findIndex((d) => /^fb:[\w-]+:down$/.test(d));
    expect(down).toBeGreaterThanOrEqual(0);
    const entry = dataOf(answer)[down]!.split(':')[1]!;
    await board.app.type(`:press ${down + 1} ${answer.id}`);
    const sec = await board.signIn('sec-meituan');
    await sec.goto(`${board.base}/board/gaps`);
    const secRow = sec.locator(`#downvoted tr[data-entry="${entry}"]`);
    expect(await secRow.textContent()).toContain(asked);
    expect(await secRow.locator('a.act').count()).toBe(0);
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps`);
    const row = page.locator(`#downvoted tr[data-entry="${entry}"]`);
    // The entry by its title (the id only as a hint), the votes, and the question behind the 👎.
    expect(await row.locator('td').first().textContent()).toMatch(/^\S.* [\w-]+$/);
    expect(await row.textContent()).toContain('👎 1');
    await row.locator('a.act').click();
    expect(await page.textContent('h1')).toContain(asked);
    expect(await page.locator('form[action$="/write"]').count()).toBe(1);
  });

  it('an organiser writes an answer, which is confirmed and downloaded as YAML', async () => {
    const other = '公积金怎么提取';
    await ask('rider-g3', other);
    const gap = await gapOf(other);
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps/${gap}`);
    await page.fill('form[action$="/write"] input[name="title"]', '公积金提取');
    await page.fill('form[action$="/write"] textarea', '带身份证到区公积金中心办理。');
    await page.click('form[action$="/write"] button');
    expect(await page.textContent('#done')).toMatch(/草稿 draft-[0-9a-f]+ 已确认/);
    expect(page.url()).toMatch(/\/board\/gaps\?draft=draft-[0-9a-f]+$/);
    const href = await page.getAttribute('#export', 'href');
    const res = await page.request.get(`${board.base}${href!}`);
    expect(res.headers()['content-disposition']).toMatch(/attachment; filename="faq-drafts-.*\.yaml"/);
    const yaml = await res.text();
    expect(yaml).toContain('title: 公积金提取');
    expect(yaml).toContain(other);
    expect(yaml).toContain('health-check-tour: 大篷车啥时候开到我们站点');

    // In use at once (QA5 #7): the page says so and lists the question under the new entry, and a worker asking
    // again gets the answer — the question does not come back as a gap.
    expect(await page.textContent('#done')).toContain('从现在起就用它回答工人（尚未写入问答包）');
    const live = (await page.textContent('#live-drafts'))!;
    expect(live).toContain(other);
    expect(live).toContain('公积金提取');
    const again = await ask('rider-g3b', other);
    expect(again.text).toContain('带身份证到区公积金中心办理。');
    expect(await gapOf(other).catch(() => undefined)).toBeUndefined();
    const secretary = await board.signIn('sec-meituan');
    await secretary.goto(`${board.base}/board/gaps`);
    expect(await secretary.locator('#gaps tr', { hasText: other }).count()).toBe(0);
    expect(await secretary.textContent('#live-drafts')).toContain(other);
  });
});

describe('notices and lessons', () => {
  it("lists a secretary's own silent groups only", async () => {
    // Silent means asked and unanswered: a lesson reaches both groups, nobody answers its quiz.
    await board.app.type(':as rider-s1', ':in riders-meituan', '/lesson', ':in riders-eleme', '/lesson');
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/notices`);
    const silent = await page.textContent('#silent');
    expect(silent).toContain('美团骑手群');
    expect(silent).not.toContain('饿了么骑手群');
  });
});

describe('on a phone (390 px)', () => {
  const fitsWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

  it('the queue is one card per ticket (number, state, deadline, summary) in English and Chinese, nothing off-screen; the desktop keeps the table', async () => {
    const page = await board.signIn('org-li', PHONE);
    for (const lang of ['en', 'zh-CN']) {
      await page.goto(`${board.base}/board?lang=${lang}`);
      expect(await fitsWidth(page)).toBeLessThanOrEqual(390);
      expect(await page.locator('#queue thead').isVisible()).toBe(false);
      const card = page.locator(`#queue tr[data-ticket="${ids.eleme}"]`);
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // The card is about the screen's width, so a branch name reads on a line, not a character a line.
      expect(box.width).toBeGreaterThan(300);
      for (const cell of ['.q-id', '.q-st', '.q-sum', '.q-due']) {
        const b = (await card.locator(cell).boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(390);
      }
      expect(await card.locator('.q-id').textContent()).toBe(ids.eleme);
      // The filters fit too, unfolded: the branch select is not cut.
      if (!(await page.locator('select[name="branch"]').isVisible()))
        await page.locator('#filters > summary').click();
      const select = (await page.locator('select[name="branch"]').boundingBox())!;
      expect(select.x + select.width).toBeLessThanOrEqual(390);
    }
    const desk = await board.signIn('org-li');
    await desk.goto(`${board.base}/board?lang=en`);
    expect(await desk.locator('#queue thead').isVisible()).toBe(true);
    expect(
      await desk
        .locator('#queue tr')
        .first()
        .evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).display),
    ).toBe('table-row');
  });

  it('the figures fit the screen, the rates table a card per branch inside its own box', async () => {
    const page = await board.signIn('org-li', PHONE);
    for (const lang of ['en', 'zh-CN']) {
      await page.goto(`${board.base}/board/figures?lang=${lang}`);
      expect(await fitsWidth(page)).toBeLessThanOrEqual(390);
      const box = page.locator('#rates').locator('xpath=..');
      const { scroll, client } = await box.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(client).toBeLessThanOrEqual(390);
      // A card per branch (stop 43): nothing to scroll to, in the box or the page.
      expect(scroll).toBeLessThanOrEqual(client);
      expect(await box.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).overflowX)).toBe(
        'auto',
      );
    }
  });
});

const fitsWidthOf = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

describe('small things (QA round 3 §9)', () => {
  let fresh = '';
  beforeAll(async () => {
    fresh = await fileFrom(board.app, 'rider-sm1', 'riders-meituan', '站点的充电柜坏了三天没人修', {
      category: '薪酬与罚款',
    });
  });

  it('on a phone the ticket forms are folded under their names and open with a tap; on a desktop they are open', async () => {
    const phone = await board.signIn('sec-meituan', PHONE);
    await phone.goto(`${board.base}/board/t/${fresh}`);
    expect(await fitsWidthOf(phone)).toBeLessThanOrEqual(390);
    const resolve = phone.locator('details[data-act="resolve"]');
    expect(await resolve.locator('textarea').isVisible()).toBe(false);
    expect(await phone.locator('details.act[open]').count()).toBe(0);
    expect(await phone.locator('details.act summary').allTextContents()).toContain('办结');
    await resolve.locator('summary').click();
    expect(await resolve.locator('textarea').isVisible()).toBe(true);
    const box = (await resolve.locator('button').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    const desk = await board.signIn('sec-meituan');
    await desk.goto(`${board.base}/board/t/${fresh}`);
    expect(await desk.locator('details[data-act="resolve"] textarea').isVisible()).toBe(true);
  });

  it('转派 offers "请选择…" first and refuses a transfer with no branch chosen', async () => {
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${fresh}`);
    const select = page.locator('form[action$="/transfer"] select');
    expect(await select.locator('option').first().textContent()).toBe('请选择…');
    expect(await select.inputValue()).toBe('');
    expect(await select.getAttribute('required')).not.toBeNull();
    const csrf = await page.getAttribute('input[name="_csrf"]', 'value');
    const res = await page.request.post(`${board.base}/board/t/${fresh}/transfer`, {
      form: { _csrf: csrf!, target: '', note: '不归我们管' },
    });
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('请先选择转派给哪个组织');
  });

  it('🏷️ 改类别 files the ticket under another category, and says when such reports go to another branch', async () => {
    const id = await fileFrom(
      board.app,
      'rider-cat',
      'riders-meituan',
      '站点派单太不公平了，老是给新人派远单',
      {
        category: '平台规则与派单',
      },
    );
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${id}`);
    const form = page.locator('form[action$="/category"]');
    const options = await form.locator('option').allTextContents();
    expect(options).toContain('道路隐患');
    expect(options).not.toContain('平台规则与派单');
    // Unfolded on a wide screen already (board.js); folded elsewhere.
    await page.locator('details[data-act="category"]').evaluate((d) => d.setAttribute('open', ''));
    await form.locator('select').selectOption('road-hazard');
    await form.locator('button').click();
    await expect.poll(() => page.textContent('#done')).toContain('已完成');
    // Reports of road hazards with no place go to the district: said, the ticket left where it is.
    expect(await page.textContent('#category-elsewhere')).toContain('「道路隐患」这类问题通常由');
    // The transfer form below has that branch chosen already, as the chat's ↪️ offers it.
    await page.click('#category-elsewhere a');
    const transfer = page.locator('form[action$="/transfer"] select');
    await expect.poll(() => transfer.isVisible()).toBe(true);
    expect(await transfer.locator('option:checked').textContent()).toBe('杨浦区新就业群体党委');
    const ticket = await board.app.app.deps.store.tickets.get(id);
    expect(ticket).toMatchObject({ category: 'road-hazard', branch: 'meituan-yangpu' });
    expect(await page.textContent('#ticket')).toContain('改类别：平台规则与派单 → 道路隐患');
    // The triage card in the chat is redrawn with it.
    expect(latest(board.app, cardOf(board.app, 'triage-meituan', id))!.text).toContain('道路隐患');
  });

  it('every page names the board icon, so the browser asks for no missing /favicon.ico', async () => {
    const page = await board.signIn('org-li');
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto(`${board.base}/board/figures`);
    await page.goto(`${board.base}/board/stations`);
    const href = (await page.getAttribute('link[rel="icon"]', 'href'))!;
    const icon = await page.request.get(`${board.base}${href}`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    expect(missing).toEqual([]);
  });

  it('the month is chosen in the page’s language, whatever the phone’s, and the server refuses a month that is not one', async () => {
    // A phone set to Chinese, the page in English: <input type="month"> wrote "2026年11月" and a Chinese calendar.
    const page = await board.signIn('org-li', { locale: 'zh-CN' });
    const now = board.app.app.deps.now();
    const name = (locale: string) =>
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'Asia/Shanghai' }).format(
        now,
      );
    for (const path of ['/board/figures', '/board/map']) {
      await page.goto(`${board.base}${path}?lang=en`);
      const month = page.locator('select[name="month"]');
      expect(await month.inputValue()).toMatch(/^\d{4}-\d{2}$/);
      expect(await month.locator('option:checked').textContent(), path).toBe(name('en'));
      await page.goto(`${board.base}${path}?lang=zh-CN`);
      expect(await month.locator('option:checked').textContent(), path).toBe(name('zh-CN'));
    }
    expect((await page.goto(`${board.base}/board/figures?month=abc`))!.status()).toBe(400);
    expect((await page.goto(`${board.base}/board/figures?month=2026-13`))!.status()).toBe(400);
  });
});

describe('the category chart', () => {
  it('gives ten categories ten colours, the legend under the chart, clear of the axis on a phone', async () => {
    const names = [
      '平台规则与派单',
      '道路隐患',
      '停车与通行',
      '住宿',
      '医疗健康',
      '驿站设施',
      '欠薪',
      '封号与申诉',
      '其他',
    ];
    for (const [i, category] of names.entries())
      await fileFrom(board.app, `rider-c${i}`, 'riders-eleme', `第${i}件：站点的事情需要处理`, { category });
    const page = await board.signIn('org-li', PHONE);
    await page.goto(`${board.base}/board/figures`);
    await page.waitForSelector('#cats canvas, #cats svg');
    const legend = page.locator('#cats-legend li');
    expect(await legend.count()).toBeGreaterThanOrEqual(10);
    const colours = await legend
      .locator('.swatch')
      .evaluateAll((els) =>
        els.map((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor),
      );
    expect(new Set(colours).size).toBe(colours.length);
    // The bars are drawn in the legend's colours.
    const option = JSON.parse((await page.textContent('script[data-for="cats"]'))!) as {
      series: { name: string; itemStyle: { color: string } }[];
    };
    expect(new Set(option.series.map((x) => x.itemStyle.color)).size).toBe(option.series.length);
    for (const x of option.series) expect(CATEGORY_COLOURS as readonly string[]).toContain(x.itemStyle.color);
    expect(await legend.allTextContents()).toEqual(option.series.map((x) => x.name));
    const chart = (await page.locator('#cats').boundingBox())!;
    const first = (await legend.first().boundingBox())!;
    expect(first.y).toBeGreaterThanOrEqual(chart.y + chart.height);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });
});

describe('an extension request on the board', () => {
  it('an organiser approves it on the ticket page (the same call as the chat), a secretary cannot; 督办 is named as in chat', async () => {
    const id = await fileFrom(board.app, 'rider-x1', 'riders-meituan', '站点欠我三天工资', {
      category: '薪酬与罚款',
    });
    const sec = await board.signIn('sec-meituan');
    await sec.goto(`${board.base}/board/t/${id}`);
    expect(await sec.textContent('form[action$="/escalate"] button')).toBe('🔺 督办');
    await sec.click('form[action$="/claim"] button');
    await sec.selectOption('form[action$="/extend"] select', '3');
    await sec.fill('form[action$="/extend"] textarea', '要等平台回复');
    await sec.click('form[action$="/extend"] button');
    await expect.poll(() => sec.textContent('#done')).toContain('已完成');
    const until = (await board.app.app.deps.store.tickets.get(id))!.ext!.until;
    // The secretary sees the request on the card, and no way to decide it; a forged POST is refused.
    expect(await sec.locator('#extension').count()).toBe(0);
    const csrf = (await sec.getAttribute('input[name="_csrf"]', 'value'))!;
    const forged = await sec.request.post(`${board.base}/board/t/${id}/approve`, { form: { _csrf: csrf } });
    expect(forged.status()).toBe(403);
    expect((await board.app.app.deps.store.tickets.get(id))!.ext).toBeDefined();

    const org = await board.signIn('org-li');
    await org.goto(`${board.base}/board/t/${id}`);
    expect(await org.textContent('#extension')).toContain('要等平台回复');
    expect(await org.textContent('#extension form[action$="/refuse"] button')).toBe('❌ 驳回');
    await org.click('#extension form[action$="/approve"] button');
    await expect.poll(() => org.textContent('#done')).toContain('已完成');
    const t = (await board.app.app.deps.store.tickets.get(id))!;
    expect(t.ext).toBeUndefined();
    expect(t.resolveBy).toBe(until);
    expect(await org.locator('#extension').count()).toBe(0);
    expect(linesIn(board.app, 'triage-meituan').some((l) => l.text.includes(`${id} 的延期申请已批准`))).toBe(
      true,
    );
    expect(linesIn(board.app, 'rider-x1').at(-1)!.text).toContain(id);
    // The same request decided again (a second tab, the chat's button): refused, nothing changes.
    const again = await org.request.post(`${board.base}/board/t/${id}/refuse`, {
      form: { _csrf: (await org.getAttribute('input[name="_csrf"]', 'value'))! },
    });
    expect(again.status()).toBe(409);
    expect(await again.text()).toContain('没有待审批的延期申请');
  });
});

describe('the map with tiles over http', () => {
  const map = useTiledBoard(board, { tileAttribution: '<b>© 本地图源</b> & OpenStreetMap' });

  it('names the tile server in the CSP, so http tiles load, and shows the configured credit as text', async () => {
    const context = await board.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(`${board.base}/board/login?t=${await boardLink(board.app, 'org-li')}`);
    const res = await page.goto(`${map.base}/board/stations`);
    expect(res!.headers()['content-security-policy']).toContain(`img-src 'self' data: ${map.tiles};`);
    await page.waitForSelector('#map img.leaflet-tile-loaded');
    expect(map.served.length).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    const credit = page.locator('#map + .map-credit');
    expect(await credit.textContent()).toContain('<b>© 本地图源</b> & OpenStreetMap');
    expect(await credit.locator('b').count()).toBe(0);
    // The board without tiles allows no outside image at all.
    const plain = await page.request.get(`${board.base}/board/stations`);
    expect(plain.headers()['content-security-policy']).toContain("img-src 'self' data:;");
    // Its connections to both servers end with it, so afterAll's close() has nothing to wait for.
    await context.close();
  });

  it("shows a report's location on the board's own map with tiles, and without tiles in words from the nearest station; no outside link", async () => {
    const words = '这个路口的井盖松了，电动车过去会颠';
    const id = await fileFrom(board.app, 'rider-loc1', 'riders-meituan', words, {
      anonymous: true,
      attach: ':loc 31.3040 121.5150',
    });
    expect((await board.app.app.deps.store.tickets.get(id))!.location).toEqual({ lat: 31.304, lon: 121.515 });
    const stations = board.app.app.deps.content.get().stations;
    const nearest = [...stations].sort(
      (a, b) => Math.hypot(a.lat - 31.304, a.lon - 121.515) - Math.hypot(b.lat - 31.304, b.lon - 121.515),
    )[0]!;

    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/t/${id}`);
    expect(await page.textContent('#location-near')).toMatch(
      new RegExp(`^在「${nearest.name}」(北边|东北|东边|东南|南边|西南|西边|西北)约 \\d+ 米$`),
    );
    expect(await page.locator('#location a, #location-map').count()).toBe(0);
    await page.goto(`${board.base}/board/t/${id}?lang=zh-TW`);
    expect(await page.textContent('#location-near')).toContain('驛站');

    // With tiles: the report in red among the stations, on the board's map, tiles from the configured server.
    await page.goto(`${map.base}/board/login?t=${await boardLink(board.app, 'org-li')}`);
    await page.goto(`${map.base}/board/t/${id}`);
    await page.waitForSelector('#location-map img.leaflet-tile-loaded');
    expect(await page.locator('#location-map path[stroke="#c00000"]').count()).toBe(1);
    expect(
      await page.locator(`#location-map path[stroke="#0a6b0a"], #location-map path[stroke="#999"]`).count(),
    ).toBe(stations.length);
    expect(await page.textContent('#location-near')).toContain(nearest.name);
    await page.context().close();
  });

  it('derives the CSP source from a template, subdomains as a wildcard', () => {
    expect(tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.openstreetmap.org',
    );
    expect(tileSource('http://10.0.0.5:8080/tiles/{z}/{x}/{y}.png')).toBe('http://10.0.0.5:8080');
    expect(tileSource('https://a{s}b.example.org/{z}/{x}/{y}.png')).toBe('https:');
    expect(DEFAULT_TILE_ATTRIBUTION).toContain('OpenStreetMap');
  });
});

describe('evidence on the ticket page', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );

  it('a console report with a photo: the page lists it and says it can only be seen in the chat', async () => {
    const id = await fileFrom(board.app, 'rider-ev1', 'riders-meituan', '站点门口的地锁把车卡坏了', {
      anonymous: true,
      attach: ':photo',
    });
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${id}`);
    expect(await page.textContent('#evidence')).toContain('照片 1');
    expect(await page.textContent('#evidence-note')).toContain('请到分诊群里');
    expect(await page.locator('#evidence img, #evidence a').count()).toBe(0);
    expect((await page.request.get(`${board.base}/board/t/${id}/evidence/0`)).status()).toBe(404);

    // The photo the secretary then asks for, added with 📎 补充: listed next to the first, with when (QA5 #1).
    await board.app.type(':as rider-ev1', ':dm', ':photo 罚款单');
    await press(board.app, 'rider-ev1', `补充到 ${id}`);
    await page.goto(`${board.base}/board/t/${id}`);
    const items = page.locator('#evidence li');
    expect(await items.allTextContents()).toEqual([
      '照片 1',
      expect.stringMatching(/^照片 2 报告人 .+ 补充$/),
    ]);
    expect(await page.locator('#evidence li[data-added]').count()).toBe(1);
    expect(await page.textContent('#ticket')).toContain(
      '证据：照片 2 · 语音 0 · 其他 0（其中 1 个是报告人后来补充的）',
    );
  });

  describe('a Telegram report with a photo', () => {
    let tg: TelegramTestApp;
    let tgHttp: HttpServer;
    let tgBase: string;
    beforeAll(async () => {
      tg = await createTelegramTestApp();
      ({ http: tgHttp, base: tgBase } = await serveBoard(tg.app, { telegramToken: FAKE_TOKEN }));
    });
    afterAll(async () => {
      await tgHttp?.close();
      await tg?.close();
    });

    async function tap(user: { id: number }, suffix: string) {
      const message = tg.api.lastMessage(user.id);
      const button = buttonsOf(message).find((b) => b.data?.endsWith(suffix));
      if (!message || !button?.data) throw new Error(`no "${suffix}" on: ${message?.text}`);
      await tg.handle(tg.u.press(message, tg.u.person(user.id), button.data));
    }
    async function signInTg(id: number) {
      const page = await (await board.browser.newContext({ locale: 'zh-CN' })).newPage();
      const initData = sign({ user: { id, first_name: '书记' } } as never, FAKE_TOKEN, new Date());
      await page.goto(`${tgBase}/board/tg#tgWebAppData=${encodeURIComponent(initData)}`);
      await page.waitForURL(`${tgBase}/board`);
      return page;
    }

    it('shows the photo, fetched through getFile by the board, to staff who may see the ticket only; no token in the page', async () => {
      const path = tg.api.addFile('ev-photo-1', PNG, { path: 'photos/file_1.png' });
      const worker = tg.u.person(8901);
      const mark = tg.api.mark();
      await tg.handle(tg.u.privateText(worker, '/report'));
      await tg.handle(tg.u.privatePhoto(worker, 'ev-photo-1'));
      await tg.handle(tg.u.privateText(worker, '站点门口的地锁把车卡坏了'));
      if (buttonsOf(tg.api.lastMessage(worker.id)).some((b) => b.data?.endsWith(':ok')))
        await tap(worker, ':ok');
      else {
        await tap(worker, ':cats');
        await tap(worker, ':cat:other');
      }
      await tap(worker, ':anon:1');
      await tap(worker, ':submit');
      const id = /JN-\d{4}-\d{6}/.exec(tg.api.shownTexts(mark).join('\n'))![0];
      const ticket = (await tg.app.deps.store.tickets.get(id))!;
      expect(ticket.evidence).toEqual([{ kind: 'photo', fileId: 'ev-photo-1' }]);
      const secretary = Number(
        tg.app.deps.content.get().branches.find((b) => b.id === ticket.branch)!.secretaries.telegram![0],
      );

      const page = await signInTg(secretary);
      await page.goto(`${tgBase}/board/t/${id}`);
      const img = page.locator('#evidence img.thumb');
      await expect
        .poll(() =>
          img.evaluate((el) => {
            const i = el as unknown as { complete: boolean; naturalWidth: number };
            return i.complete && i.naturalWidth;
          }),
        )
        .toBe(1);
      expect(await img.getAttribute('alt')).toBe('照片 1');
      expect(tg.api.downloads).toContain(path);
      expect(await page.content()).not.toContain(FAKE_TOKEN);
      expect(await page.locator('#evidence-note').count()).toBe(0);
      const res = await page.request.get(`${tgBase}/board/t/${id}/evidence/0`);
      expect(res.headers()['content-type']).toBe('image/png');
      expect(Buffer.from(await res.body()).equals(PNG)).toBe(true);
      expect((await page.request.get(`${tgBase}/board/t/${id}/evidence/1`)).status()).toBe(404);

      // A secretary of another branch gets the ticket page's answer for the file too.
      const other = tg.app.deps.content
        .get()
        .branches.find((b) => b.id !== ticket.branch && b.secretaries.telegram?.length)!;
      const stranger = await signInTg(Number(other.secretaries.telegram![0]));
      const refused = await stranger.request.get(`${tgBase}/board/t/${id}/evidence/0`);
      expect(refused.status()).toBe(403);
      expect(await refused.text()).not.toContain('PNG');
    });
  });
});

describe('figures: clusters and empty charts', () => {
  it('a cluster is reports at one place; reports that named no place are counted apart; zh-TW reads the place in traditional', async () => {
    for (const [i, user] of ['rider-w1', 'rider-w2'].entries())
      await fileFrom(board.app, user, 'riders-meituan', `五角场环岛那边的井盖没了，第${i + 1}次看到`, {
        category: '道路隐患',
      });
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    const clusters = await page.locator('#clusters li').allTextContents();
    expect(clusters.some((l) => /道路隐患 · 五角场: \d+/.test(l))).toBe(true);
    // Every line of the list names a place; the pay reports without one are counted on their own line.
    for (const line of clusters) expect(line).toMatch(/ · .+: \d+$/);
    expect(await page.textContent('#clusters-noplace')).toMatch(/没写地点的反映.*薪酬与罚款 \d+/);
    await page.goto(`${board.base}/board/figures?lang=zh-TW`);
    expect(await page.textContent('#clusters')).toContain('五角場');
    expect(await page.textContent('#clusters')).not.toContain('五角场');
  });

  it('a cluster opens exactly its reports: the queue filtered by category, area and the same 30 days; the area select works on its own', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    const link = page.locator('#clusters li', { hasText: '道路隐患 · 五角场' });
    const n = Number(/: (\d+)$/.exec((await link.textContent())!)![1]);
    await link.locator('a').click();
    await page.waitForURL(/area=/);
    expect(await page.locator('select[name="area"]').inputValue()).toBe('五角场');
    expect(await page.locator('select[name="category"] option:checked').textContent()).toBe('道路隐患');
    expect(await page.locator('#since input').isChecked()).toBe(true);
    const rows = page.locator('#queue tbody tr');
    expect(await rows.count()).toBe(n);
    for (const cat of await rows.locator('.q-cat').allTextContents()) expect(cat).toBe('道路隐患');
    // Chosen by hand: every category at 五角场 — the road reports and nothing from elsewhere.
    await page.goto(`${board.base}/board?state=all`);
    await page.selectOption('select[name="area"]', '五角场');
    await page.click('form.card button');
    await page.waitForURL(/area=/);
    const shown = await page
      .locator('#queue tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-ticket')));
    expect(shown.length).toBeGreaterThanOrEqual(n);
    for (const id of shown) expect((await board.app.app.deps.store.tickets.get(id!))!.area).toBe('五角场');
    expect(shown).not.toContain(ids.meituan);
  });

  it('a secretary whose branch has no reports sees "暂无数据" instead of empty charts', async () => {
    const page = await board.signIn('sec-zto');
    await page.goto(`${board.base}/board/figures`);
    expect(await page.textContent('#trend-empty')).toBe('暂无数据');
    expect(await page.textContent('#cats-empty')).toBe('暂无数据');
    expect(await page.locator('.chart').count()).toBe(0);
  });
});
