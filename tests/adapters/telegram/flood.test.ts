/**
 * One person sending message after message (QA30 "Not fixed"): past the per-person limit of a chat in one minute —
 * 30 in private, 10 addressed to the bot in a group — they get one short line, "您发得太快了，请过一分钟再发。",
 * and the rest are marked done unanswered; everyone else is answered as before. Danger, the answers to an open
 * dialog (a report being written) and staff in their own chats are never limited. Real app, real Redis, the real
 * grammY adapter against the Bot API stand-in; the app's clock stands still, so the minute is one window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { DEFAULT_FLOOD_LIMITS } from '../../../src/core/flood.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

const ORGANISER = 1001;
/** The Meituan branch's secretary (content/branches.yaml). */
const SECRETARY = 2001;
const ESCALATION_CHAT = -1009999;
const SLOW_DOWN = '您发得太快了，请过一分钟再发。';
const QUESTION = '附近哪里能充电';

/** A few bytes that start like an Ogg file (the stand-ins do not decode audio). */
const OGG = Buffer.concat([Buffer.from('OggS\0\x02', 'latin1'), Buffer.alloc(2048, 7)]);

let t: TelegramTestApp;
let heard: TelegramTestApp;
let fake: FakeOpenAI;
let clock = new Date('2026-12-07T02:00:05Z');
beforeAll(async () => {
  t = await createTelegramTestApp({ now: () => clock, flood: DEFAULT_FLOOD_LIMITS });
  fake = await startFakeOpenAI(() => ({ content: '{}' }));
  heard = await createTelegramTestApp({
    now: () => clock,
    flood: DEFAULT_FLOOD_LIMITS,
    openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' },
  });
});
afterAll(async () => {
  await t?.close();
  await heard?.close();
  await fake?.close();
});

let nextId = 39000;
const worker = () => t.u.person(++nextId);

/** What the bot showed in answer to one update. */
async function shown(update: Parameters<TelegramTestApp['handle']>[0]): Promise<string[]> {
  const mark = t.api.mark();
  await t.handle(update);
  return t.api.shownTexts(mark);
}

async function dropped(): Promise<number> {
  const m = await t.app.deps.metrics.registry.getSingleMetric('waystation_flood_dropped_total')?.get();
  return (m?.values ?? []).reduce((n, v) => n + v.value, 0);
}

describe('a worker sending too many messages in private', () => {
  it('is answered 30 times, told once to slow down, then not answered until the minute is over', async () => {
    const flooder = worker();
    const before = await dropped();
    // The first answer carries buttons (👍 / 👎); one is pressed below, past the limit.
    expect(await shown(t.u.privateText(flooder, '送餐路上摔伤了算工伤吗'))).not.toEqual([]);
    const answer = t.api.lastMessage(flooder.id)!;
    for (let i = 2; i <= 30; i++) expect(await shown(t.u.privateText(flooder, QUESTION))).not.toEqual([]);
    expect(await shown(t.u.privateText(flooder, QUESTION))).toEqual([SLOW_DOWN]);
    for (let i = 0; i < 5; i++) expect(await shown(t.u.privateText(flooder, QUESTION))).toEqual([]);
    expect((await dropped()) - before).toBe(6);

    // A button press is not a message: still taken (here a button under the last answer).
    const button = buttonsOf(answer).find((b) => b.data)!;
    const mark = t.api.mark();
    await t.handle(t.u.press(answer, flooder, button.data!));
    expect(t.api.since(mark).map((c) => c.method)).toContain('answerCallbackQuery');
    expect(t.api.shownTexts(mark).join('\n')).not.toContain('太快');

    // Someone else asking meanwhile is answered.
    const other = await shown(t.u.privateText(worker(), QUESTION));
    expect(other.join('\n')).toContain('充电');

    // Danger is always handled, past the limit too.
    const danger = await shown(t.u.privateText(flooder, '我同事从楼梯摔下来了 头在流血'));
    expect(danger.join('\n')).toContain('120');

    // The next minute is a new window.
    clock = new Date(clock.getTime() + 60_000);
    expect((await shown(t.u.privateText(flooder, QUESTION))).join('\n')).toContain('充电');
  });

  it('keeps what a worker types into a report; a command dropped mid-report is told the report is kept', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const reporter = worker();
    for (let i = 1; i <= 29; i++) await t.handle(t.u.privateText(reporter, QUESTION));
    // The 30th message starts a report: still within the limit.
    expect((await shown(t.u.privateText(reporter, '/report'))).join('\n')).toContain('反映问题');
    // Words typed into the report are the report's: never counted, never dropped.
    const words = await shown(t.u.privateText(reporter, '站长扣了我200块钱，说我超时'));
    expect(words.join('\n')).toContain('薪酬与罚款');
    // A command past the limit is not read, and the line says the report is still there.
    expect(await shown(t.u.privateText(reporter, '/help'))).toEqual([
      '您发得太快了，这一条没有收到，请过一分钟再发。您正在写的反映还在，前面写的都没丢。',
    ]);
    expect(await shown(t.u.privateText(reporter, '/help'))).toEqual([]);
    expect(await shown(t.u.privateText(reporter, '可是那单是系统派错了地址'))).toEqual([
      expect.stringContaining('已补充到您的反映里'),
    ]);
  });
});

describe('a worker addressing the bot again and again in a group', () => {
  it('is answered 10 times a minute, told once, then left unanswered; the rest of the group is answered', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const g = t.u.group(-1003900000001, '美团杨浦骑手群');
    await t.handle(t.u.groupText(g, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    const flooder = worker();
    const ask = `@waystation_bot ${QUESTION}`;
    for (let i = 1; i <= 10; i++) expect(await shown(t.u.groupText(g, flooder, ask))).not.toEqual([]);
    expect(await shown(t.u.groupText(g, flooder, ask))).toEqual([SLOW_DOWN]);
    expect(await shown(t.u.groupText(g, flooder, '/help'))).toEqual([]);
    expect(await shown(t.u.groupText(g, flooder, ask))).toEqual([]);
    // Another worker in the same group is answered at once.
    expect((await shown(t.u.groupText(g, worker(), ask))).join('\n')).toContain('充电');
    // The flooder's limit is this group's: in private they are answered.
    expect((await shown(t.u.privateText(flooder, QUESTION))).join('\n')).toContain('充电');
  });

  it('never limits staff in their own chat', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const escalation = t.u.group(ESCALATION_CHAT, '区级升级处理群');
    const organiser = t.u.person(ORGANISER);
    for (let i = 1; i <= 12; i++)
      expect((await shown(t.u.groupText(escalation, organiser, '/help'))).join('\n')).not.toContain('太快');
  });
});

describe('the holes the limit had (stop 40)', () => {
  it('counts unknown commands meant for the bot, in private and in a group; a bare one in a group is not ours', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const typist = worker();
    for (let i = 1; i <= 30; i++)
      expect((await shown(t.u.privateText(typist, '/foo'))).join('\n')).toContain('没有 /foo 这个命令');
    expect(await shown(t.u.privateText(typist, '/foo'))).toEqual([SLOW_DOWN]);
    expect(await shown(t.u.privateText(typist, QUESTION))).toEqual([]);

    const g = t.u.group(-1003900000002, '饿了么杨浦骑手群');
    await t.handle(t.u.groupText(g, t.u.person(ORGANISER), '/bind eleme-yangpu'));
    const flooder = worker();
    for (let i = 1; i <= 9; i++)
      expect((await shown(t.u.groupText(g, flooder, '/foo@waystation_bot'))).join('\n')).toContain('/foo');
    // Bare, it may be another bot's: neither answered nor counted.
    for (let i = 1; i <= 3; i++) expect(await shown(t.u.groupText(g, flooder, '/foo'))).toEqual([]);
    expect((await shown(t.u.groupText(g, flooder, '/foo@waystation_bot'))).join('\n')).toContain('/foo');
    expect(await shown(t.u.groupText(g, flooder, '/foo@waystation_bot'))).toEqual([SLOW_DOWN]);
    expect(await shown(t.u.groupText(g, flooder, `@waystation_bot ${QUESTION}`))).toEqual([]);
  });

  it('counts a location pin sent to a station card that asked for one', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const rider = worker();
    // "哪个驿站有热水" knows no place: the card asks for a location, and the next pin gets the same filter.
    for (let i = 1; i <= 14; i++) {
      expect((await shown(t.u.privateText(rider, '哪个驿站有热水'))).join('\n')).toContain('发送我的位置');
      expect((await shown(t.u.privateLocation(rider, 31.2998, 121.5146))).join('\n')).toContain('最近的驿站');
    }
    expect((await shown(t.u.privateText(rider, '送餐路上摔伤了算工伤吗'))).join('\n')).toContain('理赔');
    expect((await shown(t.u.privateText(rider, '哪个驿站有热水'))).join('\n')).toContain('发送我的位置');
    // The 31st message of the minute, a pin the card asked for: not read.
    expect(await shown(t.u.privateLocation(rider, 31.2998, 121.5146))).toEqual([SLOW_DOWN]);
    expect(await shown(t.u.privateLocation(rider, 31.2998, 121.5146))).toEqual([]);
  });

  it('never limits an organiser or a secretary in private; in a workers’ group they are limited as anyone', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const organiser = t.u.person(ORGANISER);
    for (let i = 1; i <= 35; i++)
      expect((await shown(t.u.privateText(organiser, '/gaps'))).join('\n')).not.toContain('太快');
    const secretary = t.u.person(SECRETARY);
    for (let i = 1; i <= 35; i++)
      expect((await shown(t.u.privateText(secretary, QUESTION))).join('\n')).toContain('充电');

    const g = t.u.group(-1003900000003, '美团五角场骑手群');
    await t.handle(t.u.groupText(g, organiser, '/bind meituan-yangpu'));
    for (let i = 1; i <= 10; i++) await t.handle(t.u.groupText(g, secretary, `@waystation_bot ${QUESTION}`));
    expect(await shown(t.u.groupText(g, secretary, `@waystation_bot ${QUESTION}`))).toEqual([SLOW_DOWN]);
  });
});

describe('a voice note from a worker past the limit (QA31 #4)', () => {
  it('is heard, not dropped: danger told aloud gets the emergency numbers', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const flooder = heard.u.person(++nextId);
    const said = async (update: Parameters<TelegramTestApp['handle']>[0]) => {
      const mark = heard.api.mark();
      await heard.handle(update);
      return heard.api.shownTexts(mark);
    };
    for (let i = 1; i <= 30; i++) await heard.handle(heard.u.privateText(flooder, QUESTION));
    expect(await said(heard.u.privateText(flooder, QUESTION))).toEqual([SLOW_DOWN]);
    expect(await said(heard.u.privateText(flooder, QUESTION))).toEqual([]);
    // Voice notes are not counted (each takes seconds to record; the emergency check can read one only once heard).
    heard.api.addFile('voice-flood-sos', OGG);
    fake.setTranscriber(() => ({ text: '我同事从楼梯摔下来了 头在流血' }));
    const danger = (await said(heard.u.privateVoice(flooder, 'voice-flood-sos'))).join('\n');
    expect(danger).toContain('我同事从楼梯摔下来了');
    expect(danger).toContain('120');
  });
});
