/**
 * One district on two platforms (QA17): riders in Telegram groups, a branch's secretaries in Slack. The app runs
 * both adapters against their stand-ins; a question a Telegram rider passes to the branch ("转给支部") must reach
 * the branch's Slack triage channel — not the district's Telegram chat, whose secretaries may not answer it — and
 * the secretary's Reply there must come back to the rider's Telegram group. A report's photos cross too: fetched from
 * the reporter's platform and uploaded under the card (or a line pointing at the board when one cannot be had). A
 * branch with triage chats on both platforms gets the card on both, the copy's buttons working.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/adapter.js';
import { slackModals } from '../../../src/adapters/slack/modals.js';
import { createTelegramAdapter, type TelegramAdapter } from '../../../src/adapters/telegram/adapter.js';
import { createLogger } from '../../../src/core/logger.js';
import { testPrefix } from '../../helpers/app.js';
import {
  BOT_USER,
  createSlackPayloads,
  FAKE_SIGNING_SECRET,
  postSigned,
  shownText,
  startFakeSlackApi,
  type FakeSlackApi,
} from '../../helpers/fake-slack-api.js';
import {
  buttonsOf,
  createUpdateFactory,
  startFakeBotApi,
  type FakeBotApi,
} from '../../helpers/fake-bot-api.js';

const SLACK_TRIAGE = 'C0TRIMT';
const DISTRICT_TELEGRAM_TRIAGE = -1005001;

const RIDERS = -1007001;
const secretary = { id: 'U0SECMT01' };
const organiser = { id: 'U0ORG01' };
/** A Slack channel of Ele.me riders; the branch's triage chat is on Telegram only. */
const ELEME_RIDERS = 'C0ELRIDERS';
const ELEME_TELEGRAM_TRIAGE = -1005012;
/** The express couriers' branch has a triage chat on both platforms. */
const EXPRESS_TELEGRAM_TRIAGE = -1005013;
const EXPRESS_SLACK_TRIAGE = 'C0TRIEX';
const expressSecretary = { id: 'U0SECEX01' };

let dir: string;
let slack: FakeSlackApi;
let telegram: FakeBotApi;
let app: App;
let http: HttpServer;
let sa: SlackAdapter;
let ta: TelegramAdapter;
let eventsUrl: string;
/** One factory for the file: the adapter takes an update id once. */
let u: ReturnType<typeof createUpdateFactory>;
const prefix = testPrefix();

/** Wait until neither stand-in has had a call for a moment (Slack acknowledges before the work is done). */
async function settle(): Promise<void> {
  let last = -1;
  for (let quiet = 0, i = 0; quiet < 3 && i < 400; i++) {
    await sa.idle();
    await new Promise((r) => setTimeout(r, 20));
    const n = slack.calls.length + telegram.calls.length;
    quiet = n === last ? quiet + 1 : 0;
    last = n;
  }
}

beforeAll(async () => {
  // jianye with the Meituan branch working in Slack only; the district centre keeps its Telegram triage chat.
  dir = await mkdtemp(join(tmpdir(), 'ws-mixed-'));
  await cp(resolve(import.meta.dirname, '../../../packs/jianye'), dir, { recursive: true });
  const branches = join(dir, 'branches.yaml');
  const yaml = (await readFile(branches, 'utf8')).replace(
    "secretaries: { console: [sec-meituan], telegram: ['5011'] }\n    triage: { console: { chat: triage-meituan }, telegram: { chat: '-1005011' } }",
    `secretaries: { slack: [${secretary.id}] }\n    triage: { slack: { chat: ${SLACK_TRIAGE} } }`,
  );
  expect(yaml).toContain(SLACK_TRIAGE);
  // The express couriers' branch works on both: its Telegram chat and a Slack channel.
  const both = yaml.replace(
    "secretaries: { console: [sec-express], telegram: ['5013'] }\n    triage: { console: { chat: triage-express }, telegram: { chat: '-1005013' } }",
    `secretaries: { console: [sec-express], telegram: ['5013'], slack: [${expressSecretary.id}] }\n    triage: { console: { chat: triage-express }, telegram: { chat: '${EXPRESS_TELEGRAM_TRIAGE}' }, slack: { chat: ${EXPRESS_SLACK_TRIAGE} } }`,
  );
  expect(both).toContain(EXPRESS_SLACK_TRIAGE);
  await writeFile(branches, both);
  // An organiser in Slack too, to bind Slack channels.
  const organisers = join(dir, 'organisers.yaml');
  await writeFile(
    organisers,
    (await readFile(organisers, 'utf8')).replace(
      "telegram: ['5901', '5902']",
      `telegram: ['5901', '5902']\n  slack: [${organiser.id}]`,
    ),
  );

  slack = await startFakeSlackApi();
  telegram = await startFakeBotApi();
  slack.users.set(secretary.id, { name: '王书记' });
  const logger = createLogger({ level: 'silent', pretty: false });
  app = await createApp({
    contentDir: dir,
    redisUrl: inject('redisUrl'),
    logger,
    timezone: 'Asia/Shanghai',
    redisPrefix: prefix,
    pacing: false,
    watchContent: false,
  });
  http = createHttpServer({
    health: () => app.health(),
    registry: app.deps.metrics.registry,
    onError: () => {},
  });
  eventsUrl = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}/slack/events`;
  sa = createSlackAdapter({
    config: { botToken: slack.token, mode: 'http', signingSecret: FAKE_SIGNING_SECRET, apiUrl: slack.apiUrl },
    core: app.core,
    logger,
    metrics: app.deps.metrics,
    i18n: app.deps.i18n,
    threads: app.deps.store.threads,
    modals: slackModals(app.deps, { kit: app.reports.kit }),
    retries: 0,
  });
  app.outbox.register('slack', sa.outbox);
  app.bulkOutbox.register('slack', sa.bulkOutbox);
  await sa.start(http);
  ta = createTelegramAdapter({
    config: { token: telegram.token, apiRoot: telegram.apiRoot, mode: 'polling' },
    core: app.core,
    logger,
    metrics: app.deps.metrics,
    i18n: app.deps.i18n,
    content: () => app.deps.content.get(),
    menuState: app.deps.store.menus,
  });
  app.outbox.register('telegram', ta.outbox);
  await ta.bot.init();
  u = createUpdateFactory(telegram.me);
});

afterAll(async () => {
  await sa?.stop();
  await ta?.stop();
  await http?.close();
  if (app) {
    const keys = await app.store.redis.keys(`${prefix}:*`);
    if (keys.length) await app.store.redis.del(...keys);
    await app.close();
  }
  await slack?.close();
  await telegram?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a question passed from Telegram to a branch that works in Slack', () => {
  it('is announced in the branch’s Slack triage channel, and the Reply there reaches the Telegram group', async () => {
    const group = u.group(RIDERS, '美团建邺骑手群');
    const rider = u.person(7002, { first_name: '小王' });
    await ta.bot.handleUpdate(u.groupText(group, u.person(5901), '/bind jy-meituan'));
    await ta.bot.handleUpdate(
      u.groupText(group, rider, '@waystation_bot 美团骑手站长扣我绩效分怎么申诉啊，电话13912345678'),
    );
    const offer = telegram.lastMessage(RIDERS)!;
    const pass = buttonsOf(offer).find((b) => b.data?.startsWith('faq:pass:'))!;
    await ta.bot.handleUpdate(u.press(offer, rider, pass.data!));
    await settle();

    const announced = slack.lastMessage(SLACK_TRIAGE);
    expect(shownText(announced?.blocks ?? [])).toContain('美团骑手站长扣我绩效分怎么申诉啊，电话139****5678');
    expect(telegram.lastMessage(DISTRICT_TELEGRAM_TRIAGE)).toBeUndefined();

    const p = createSlackPayloads(slack);
    const post = (body: string, type: string) => postSigned(eventsUrl, body, type);
    await post(p.press(secretary, announced!, /fq:r:/), 'application/x-www-form-urlencoded');
    await settle();
    const prompt = slack.lastMessage(SLACK_TRIAGE)!;
    const mark = telegram.mark();
    await post(
      JSON.stringify(
        p.channelMessage(secretary, SLACK_TRIAGE, '先找站长申诉，&lt;不行&gt;再找工会 &amp; 我们', {
          thread_ts: prompt.thread_ts ?? prompt.ts,
          parent_user_id: BOT_USER,
        }),
      ),
      'application/json',
    );
    await telegram.waitFor('sendMessage', (m) => Number(m.chat_id) === RIDERS, { after: mark });
    await settle();
    const answer = telegram.shownTexts(mark).join('\n');
    expect(answer).toContain('美团建邺骑手党支部回复了您的问题');
    expect(answer).toContain('先找站长申诉，<不行>再找工会 & 我们');
  });
});

/** A Slack message's thread as the secretaries see it: the texts posted in it, and how many files were shared into it. */
function slackThread(channel: string, ts: string, after = 0) {
  return {
    texts: (slack.messages.get(channel) ?? [])
      .filter((m) => m.thread_ts === ts)
      .map((m) => shownText(m.blocks) || m.text),
    uploads: slack
      .since(after)
      .filter(
        (c) =>
          c.method === 'files.completeUploadExternal' &&
          c.params.channel_id === channel &&
          c.params.thread_ts === ts,
      ).length,
  };
}

/** A Slack channel's top-level messages, oldest first. */
const topLevels = (channel: string) => (slack.messages.get(channel) ?? []).filter((m) => !m.thread_ts);

describe('evidence photos across platforms', () => {
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('telegram photo bytes')]);
  let ticket = '';

  it('a Telegram rider’s photos reach the branch’s Slack channel under the card, a lost one as a line', async () => {
    const group = u.group(-1007003, '美团建邺骑手二群');
    const rider = u.person(7003, { first_name: '小陈' });
    telegram.addFile('tg-ev-1', JPEG, { path: 'photos/file_1.jpg' });
    telegram.addFile('tg-ev-2', JPEG, { path: 'photos/file_2.jpg' });
    await ta.bot.handleUpdate(u.groupText(group, u.person(5901), '/bind jy-meituan'));
    await ta.bot.handleUpdate(u.groupText(group, rider, '/report'));
    const link = /start=(report-[a-z0-9]+)/.exec(
      JSON.stringify(telegram.callsOf('sendMessage').filter((m) => Number(m.chat_id) === group.id)),
    )?.[1];
    expect(link).toBeTruthy();
    await ta.bot.handleUpdate(u.privateText(rider, `/start ${link}`));
    await ta.bot.handleUpdate(u.privatePhoto(rider, 'tg-ev-1'));
    await ta.bot.handleUpdate(u.privatePhoto(rider, 'tg-ev-2'));
    // A photo Telegram no longer has (getFile refuses it): nothing to upload.
    await ta.bot.handleUpdate(u.privatePhoto(rider, 'tg-ev-gone'));
    await ta.bot.handleUpdate(u.privateText(rider, '站长这个月无故扣了我两百块工资，不给说法'));
    const pressEnding = async (suffix: string) => {
      const m = telegram.lastMessage(rider.id)!;
      const b = buttonsOf(m).find((x) => x.data?.endsWith(suffix));
      if (b?.data) await ta.bot.handleUpdate(u.press(m, rider, b.data));
    };
    await pressEnding(':ok');
    await pressEnding(':anon:1');
    const mark = slack.mark();
    const mark2 = telegram.mark();
    await pressEnding(':submit');
    await settle();
    ticket = /JY-\d{4}-\d{6}/.exec(telegram.sentTexts(mark2).join('\n'))?.[0] ?? '';
    expect(ticket).toBeTruthy();

    const card = topLevels(SLACK_TRIAGE).findLast((m) => shownText(m.blocks).includes(ticket));
    expect(card).toBeDefined();
    const thread = slackThread(SLACK_TRIAGE, card!.ts, mark);
    // Both photos in one upload, one message whose comment holds their captions (not a photo and a caption each).
    expect(thread.uploads).toBe(1);
    const shared = (slack.messages.get(SLACK_TRIAGE) ?? []).filter(
      (m) => m.thread_ts === card!.ts && m.files,
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]!.files).toHaveLength(2);
    // Each picture described for a screen reader by its caption, as a single picture is (stop 38: none was).
    expect(shared[0]!.files!.map((f) => f.alt)).toEqual([
      expect.stringContaining(`${ticket} 的证据照片 1/3`),
      expect.stringContaining(`${ticket} 的证据照片 2/3`),
    ]);
    expect(shared[0]!.text).toContain(`${ticket} 的证据照片 1/3`);
    expect(shared[0]!.text).toContain(`${ticket} 的证据照片 2/3`);
    expect(thread.texts.filter((x) => x.includes('的证据照片'))).toHaveLength(1);
    expect(thread.texts.join('\n')).toContain('照片请在看板查看');
    expect(telegram.downloads).toEqual(expect.arrayContaining(['photos/file_1.jpg', 'photos/file_2.jpg']));
  });

  it('/ticket in Slack shows the Telegram photo under the view', async () => {
    const p = createSlackPayloads(slack);
    const mark = slack.mark();
    const before = topLevels(SLACK_TRIAGE).length;
    await postSigned(
      eventsUrl,
      p.command(secretary, '/waystation', `ticket ${ticket}`, { channel: SLACK_TRIAGE }),
      'application/x-www-form-urlencoded',
    );
    await settle();
    const view = topLevels(SLACK_TRIAGE)[before];
    expect(shownText(view?.blocks ?? [])).toContain(ticket);
    const thread = slackThread(SLACK_TRIAGE, view!.ts, mark);
    expect(thread.uploads).toBe(1);
    expect(thread.texts.join('\n')).toContain('照片请在看板查看');
  });

  it('a Slack worker’s photo reaches a Telegram-only triage chat as an uploaded photo', async () => {
    const worker = { id: 'U0WK02' };
    slack.users.set(worker.id, { name: '小周' });
    slack.addFile('F0EVPNG1', Buffer.from('\x89PNG slack photo bytes'), {
      name: 'IMG_0001.png',
      mimetype: 'image/png',
    });
    const p = createSlackPayloads(slack);
    const post = (body: string) => postSigned(eventsUrl, body, 'application/x-www-form-urlencoded');
    await post(
      p.command(organiser, '/waystation', 'bind jy-eleme', { channel: ELEME_RIDERS, name: 'eleme-riders' }),
    );
    await settle();
    const opened = slack.views.length;
    await post(
      p.command(worker, '/report', '平台拖欠我三个月工资，一直不发', {
        channel: ELEME_RIDERS,
        name: 'eleme-riders',
      }),
    );
    await slack.waitFor('views.open', () => true);
    await settle();
    expect(slack.views.length).toBe(opened + 1);
    const form = slack.views[slack.views.length - 1]!;
    const mark = telegram.mark();
    await post(
      p.submit(worker, form, {
        desc: { text: { type: 'plain_text_input', value: '平台拖欠我三个月工资，一直不发' } },
        category: { choice: { type: 'static_select', selected_option: { value: 'pay-wages' } } },
        photos: { files: { type: 'file_input', files: [{ id: 'F0EVPNG1', mimetype: 'image/png' }] } },
        options: { flags: { type: 'checkboxes', selected_options: [] } },
      }),
    );
    await telegram.waitFor('sendMessage', (m) => Number(m.chat_id) === ELEME_TELEGRAM_TRIAGE, {
      after: mark,
    });
    await settle();
    const there = telegram.calls
      .slice(mark)
      .filter((c) => !c.error && Number(c.params.chat_id) === ELEME_TELEGRAM_TRIAGE);
    const photos = there.filter((c) => c.method === 'sendPhoto');
    expect(photos).toHaveLength(1);
    expect(photos[0]!.params.photo).toEqual({ file: 'IMG_0001.png' });
    // The caption travels with the photo: one message, not the photo and then a line saying what it is.
    expect(String(photos[0]!.params.caption)).toMatch(/的证据照片 1\/1/);
    expect(telegram.shownTexts(mark).join('\n')).not.toMatch(/的证据照片/);
    expect(telegram.shownTexts(mark).join('\n')).not.toContain('照片请在看板查看');
  });

  it('the card of a Slack form report names the reporter by their display name, not their Slack handle', async () => {
    const card = telegram
      .callsOf('sendMessage')
      .filter((m) => Number(m.chat_id) === ELEME_TELEGRAM_TRIAGE)
      .map((m) => String(m.text))
      .find((text) => text.includes('平台拖欠我三个月工资'));
    expect(card).toContain('报告人：小周');
    expect(card).not.toContain('u0wk02');
  });
});

describe('a branch with triage chats on both platforms', () => {
  it('gets the card on both; a claim on the Slack copy updates the Telegram card, the copy and tells the rider', async () => {
    slack.users.set(expressSecretary.id, { name: '赵书记' });
    const group = u.group(-1007004, '建邺快递小哥群');
    const rider = u.person(7004, { first_name: '小吴' });
    await ta.bot.handleUpdate(u.groupText(group, u.person(5901), '/bind jy-express'));
    await ta.bot.handleUpdate(u.groupText(group, rider, '/report'));
    const link = /start=(report-[a-z0-9]+)/.exec(
      JSON.stringify(telegram.callsOf('sendMessage').filter((m) => Number(m.chat_id) === group.id)),
    )?.[1];
    expect(link).toBeTruthy();
    await ta.bot.handleUpdate(u.privateText(rider, `/start ${link}`));
    await ta.bot.handleUpdate(u.privateText(rider, '网点这个月无故扣了我三百块工资，站长不给说法'));
    const pressEnding = async (suffix: string) => {
      const m = telegram.lastMessage(rider.id)!;
      const b = buttonsOf(m).find((x) => x.data?.endsWith(suffix));
      if (b?.data) await ta.bot.handleUpdate(u.press(m, rider, b.data));
    };
    await pressEnding(':ok');
    await pressEnding(':anon:1');
    const mark = telegram.mark();
    await pressEnding(':submit');
    await settle();
    const ticket = /JY-\d{4}-\d{6}/.exec(telegram.sentTexts(mark).join('\n'))?.[0] ?? '';
    expect(ticket).toBeTruthy();

    // The card in the branch's Telegram chat, and its copy in the branch's Slack channel, both with 签收.
    const tgCard = telegram.lastMessage(EXPRESS_TELEGRAM_TRIAGE)!;
    expect(tgCard.text).toContain(ticket);
    expect(buttonsOf(tgCard).some((b) => b.data === `tk:claim:${ticket}`)).toBe(true);
    const copy = topLevels(EXPRESS_SLACK_TRIAGE).findLast((m) => shownText(m.blocks).includes(ticket));
    expect(copy).toBeDefined();
    expect(JSON.stringify(copy!.blocks)).toContain(`tk:claim:${ticket}`);

    // The Slack secretary claims on the copy.
    const p = createSlackPayloads(slack);
    const tgMark = telegram.mark();
    await postSigned(
      eventsUrl,
      p.press(expressSecretary, copy!, /tk:claim:/),
      'application/x-www-form-urlencoded',
    );
    await telegram.waitFor('sendMessage', (m) => Number(m.chat_id) === rider.id, { after: tgMark });
    await settle();
    expect(telegram.shownTexts(tgMark).join('\n')).toContain(`${ticket} 已由支部书记签收`);
    const edited = telegram.lastMessage(EXPRESS_TELEGRAM_TRIAGE)!;
    expect(edited.message_id).toBe(tgCard.message_id);
    expect(edited.text).toContain('赵书记');
    expect(buttonsOf(edited).some((b) => b.data === `tk:claim:${ticket}`)).toBe(false);
    const copyNow = (slack.messages.get(EXPRESS_SLACK_TRIAGE) ?? []).find((m) => m.ts === copy!.ts)!;
    expect(shownText(copyNow.blocks)).toContain('赵书记');
    expect(JSON.stringify(copyNow.blocks)).not.toContain(`tk:claim:${ticket}`);
  });
});

describe('a copy of the card that failed to post for a passing reason', () => {
  it('is posted on the ticket’s next change, once, showing the ticket as it is then', async () => {
    const group = u.group(-1007005, '建邺快递小哥二群');
    const rider = u.person(7005, { first_name: '小郑' });
    await ta.bot.handleUpdate(u.groupText(group, u.person(5901), '/bind jy-express'));
    await ta.bot.handleUpdate(u.groupText(group, rider, '/report'));
    const link = /start=(report-[a-z0-9]+)/.exec(
      JSON.stringify(telegram.callsOf('sendMessage').filter((m) => Number(m.chat_id) === group.id)),
    )?.[1];
    expect(link).toBeTruthy();
    await ta.bot.handleUpdate(u.privateText(rider, `/start ${link}`));
    await ta.bot.handleUpdate(u.privateText(rider, '网点扣押了我的电动车钥匙，不让我下班回家'));
    const pressEnding = async (suffix: string) => {
      const m = telegram.lastMessage(rider.id)!;
      const b = buttonsOf(m).find((x) => x.data?.endsWith(suffix));
      if (b?.data) await ta.bot.handleUpdate(u.press(m, rider, b.data));
    };
    await pressEnding(':ok');
    await pressEnding(':anon:1');
    // Slack is down for a moment when the card goes out: its copy in the branch's Slack channel fails.
    slack.fail('chat.postMessage', {
      error: 'internal_error',
      when: (p) => p.channel === EXPRESS_SLACK_TRIAGE,
    });
    const mark = telegram.mark();
    await pressEnding(':submit');
    await settle();
    const ticket = /JY-\d{4}-\d{6}/.exec(telegram.sentTexts(mark).join('\n'))?.[0] ?? '';
    expect(ticket).toBeTruthy();
    const copies = () => topLevels(EXPRESS_SLACK_TRIAGE).filter((m) => shownText(m.blocks).includes(ticket));
    expect(copies()).toHaveLength(0);

    // The Telegram secretary claims: the copy is posted now, drawn as claimed.
    const tgCard = telegram.lastMessage(EXPRESS_TELEGRAM_TRIAGE)!;
    expect(tgCard.text).toContain(ticket);
    await ta.bot.handleUpdate(u.press(tgCard, u.person(5013), `tk:claim:${ticket}`));
    await settle();
    expect(copies()).toHaveLength(1);
    expect(JSON.stringify(copies()[0]!.blocks)).not.toContain(`tk:claim:${ticket}`);
    expect(shownText(copies()[0]!.blocks)).toMatch(/^🛠/);

    // Later changes and the recovery timer edit that copy; no second one.
    await app.reports.kit.effects(app.deps).recover();
    await settle();
    expect(copies()).toHaveLength(1);
  });
});
