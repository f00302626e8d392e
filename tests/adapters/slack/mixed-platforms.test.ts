/**
 * One district on two platforms (QA17): riders in Telegram groups, a branch's secretaries in Slack. The app runs
 * both adapters against their stand-ins; a question a Telegram rider passes to the branch ("转给支部") must reach
 * the branch's Slack triage channel — not the district's Telegram chat, whose secretaries may not answer it — and
 * the secretary's Reply there must come back to the rider's Telegram group.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/adapter.js';
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

let dir: string;
let slack: FakeSlackApi;
let telegram: FakeBotApi;
let app: App;
let http: HttpServer;
let sa: SlackAdapter;
let ta: TelegramAdapter;
let eventsUrl: string;
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
  await writeFile(branches, yaml);

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
    const u = createUpdateFactory(telegram.me);
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
