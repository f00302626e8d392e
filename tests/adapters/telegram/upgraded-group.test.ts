/**
 * A Telegram group upgraded to a supergroup (past 200 members, or when some settings change) gets a new chat id;
 * the old one answers every send with 400 "group chat was upgraded to a supergroup chat" and the new id in
 * `parameters.migrate_to_chat_id`, and the bot sees a service message in each chat (QA10, not fixed #1). The real
 * app, real Redis and the real grammY adapter against the Bot API stand-in, which answers as Telegram does for a
 * chat marked migrated (`api.migrate`).
 *
 * Sample pack (content/): organisers 1001 and 1002, meituan-yangpu's triage chat -1002001 (secretary 2001), the
 * escalation chat -1009999 — all old-style group ids, the kind that can still be upgraded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Chat, User } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { sendNoticeToAll } from '../../helpers/telegram-notice.js';
import { waitFor } from '../../helpers/wait.js';

const ORGANISER = 1001;
const TRIAGE = -1002001;
const ESCALATION = -1009999;

let t: TelegramTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start(): Promise<TelegramTestApp> {
  t = await createTelegramTestApp();
  t.app.deps.delivery.start(['telegram']);
  return t;
}

/** An old-style (basic) group: the kind Telegram upgrades, with a small negative id. */
const basicGroup = (id: number, title = '美团杨浦骑手群') => ({ id, type: 'group', title }) as Chat;
const supergroup = (id: number, title = '美团杨浦骑手群') => ({ id, type: 'supergroup', title }) as Chat;

/** The organiser writes a notice in private and sends it to every bound group. */
const sendNotice = (t: TelegramTestApp, text: string) => sendNoticeToAll(t, t.u.person(ORGANISER), text);

const textsTo = (t: TelegramTestApp, chat: number, mark = 0) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === chat && !c.error)
    .map((c) => String(c.params.text));

describe('a bound group upgraded to a supergroup', () => {
  it('a notice reaches the new id once, the binding follows (active, nobody asked to re-add the bot), later sends go straight there, and it survives a restart', async () => {
    const t = await start();
    const old = basicGroup(-4_100_001);
    const upgraded = supergroup(-1_004_100_001_000);
    await t.handle(t.u.groupText(old, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    t.api.migrate(old.id, upgraded.id);

    const mark = t.api.mark();
    await sendNotice(t, '明天上午九点起平凉路封路施工，请绕行。');
    await t.api.waitFor('sendMessage', (p) => String(p.text).includes('平凉路封路'), { after: mark });
    await t.api.waitFor('editMessageText', (p) => String(p.text).includes('已发送 1'), { after: mark });
    // Refused once at the old id, sent once at the new one.
    const refused = t.api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === old.id);
    expect(refused.map((c) => c.error)).toEqual([400]);
    expect(textsTo(t, upgraded.id, mark).filter((s) => s.includes('平凉路封路'))).toHaveLength(1);
    // The group stays bound and active under its new id; nobody is told to re-add the bot.
    expect(await t.app.deps.store.groups.get(`telegram:${upgraded.id}`)).toMatchObject({
      branch: 'meituan-yangpu',
      active: true,
    });
    expect(await t.app.deps.store.groups.get(`telegram:${old.id}`)).toBeUndefined();
    expect(textsTo(t, ESCALATION, mark)).toEqual([]);
    // A worker's "got it" under it, in the new chat, counts.
    const notice = t.api.lastMessage(upgraded.id)!;
    const ack = buttonsOf(notice).find((b) => b.data?.startsWith('ack:'))!;
    const pressed = t.api.mark();
    await t.handle(t.u.press(notice, t.u.person(7300), ack.data!));
    expect(t.api.since(pressed).find((c) => c.method === 'answerCallbackQuery')?.params.text).toBe(
      '已确认收到，谢谢！',
    );

    // The next notice goes straight to the new id.
    const next = t.api.mark();
    await sendNotice(t, '周五下午三点驿站有免费体检。');
    await t.api.waitFor('sendMessage', (p) => String(p.text).includes('免费体检'), { after: next });
    expect(
      t.api.since(next).filter((c) => c.params.chat_id !== undefined && Number(c.params.chat_id) === old.id),
    ).toEqual([]);
    expect(textsTo(t, upgraded.id, next).filter((s) => s.includes('免费体检'))).toHaveLength(1);

    // A new process on the same Redis knows the group by its new id.
    const again = await createTelegramTestApp({ prefix: t.prefix });
    try {
      const m = again.api.mark();
      await again.handle(t.u.groupText(upgraded, t.u.person(7301), '/group'));
      expect(again.api.shownTexts(m)[0]).toContain('支部：美团外卖杨浦骑手支部');
    } finally {
      await again.close({ keepData: true });
    }
  });

  it('the upgrade’s service messages move the binding before anything is sent, and say nothing in the chat', async () => {
    const t = await start();
    const old = basicGroup(-4_100_002);
    const upgraded = supergroup(-1_004_100_002_000);
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(old, organiser, '/bind meituan-yangpu en 夜班'));
    await t.app.deps.store.lessons.recordDelivered(`telegram:${old.id}`, 'safety-helmet');
    await t.app.deps.store.lessons.setSchedulePaused(`telegram:${old.id}`, 'riders-safety-weekdays', true);
    t.api.migrate(old.id, upgraded.id);

    const mark = t.api.mark();
    const [inOld, inNew] = t.u.migration(old, upgraded, organiser);
    await t.handle(inOld);
    await t.handle(inNew);
    expect(t.api.since(mark)).toEqual([]);
    expect(await t.app.deps.store.groups.get(`telegram:${upgraded.id}`)).toMatchObject({
      branch: 'meituan-yangpu',
      locale: 'en',
      tags: ['夜班'],
      active: true,
    });
    expect(await t.app.deps.store.groups.get(`telegram:${old.id}`)).toBeUndefined();
    expect((await t.app.deps.store.groups.list('meituan-yangpu')).map((g) => g.chat)).toEqual([
      `telegram:${upgraded.id}`,
    ]);
    // What the group had been given and chosen goes with it: no lesson pushed twice, a paused series stays paused.
    expect(await t.app.deps.store.lessons.stats([`telegram:${upgraded.id}`])).toMatchObject([
      { delivered: 1 },
    ]);
    expect(await t.app.deps.store.lessons.pausedFor('riders-safety-weekdays')).toEqual(
      new Set([`telegram:${upgraded.id}`]),
    );
  });

  it('the 第 N 课 the group was shown goes with it: a lesson it had that the pack dropped since still counts', async () => {
    const t = await start();
    const old = basicGroup(-4_100_003);
    const upgraded = supergroup(-1_004_100_003_000);
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(old, organiser, '/bind meituan-yangpu'));
    const series = t.app.deps.content.get().series.find((s) => s.id === 'traffic-safety')!;
    // The group had a lesson of the series that a later pack dropped: it was its 第 1 课.
    const retired = (await t.app.deps.store.lessons.pick('p0', `telegram:${old.id}`, ['traffic-retired']))!;
    await t.app.deps.store.lessons.place(
      `telegram:${old.id}`,
      retired,
      { id: series.id, lessons: ['traffic-retired', ...series.lessons.map((l) => l.id)] },
      'record',
    );
    const before = t.api.mark();
    await t.handle(t.u.groupText(old, organiser, '/schedule'));
    const shownBefore = /第 \d+\/\d+ 课/.exec(textsTo(t, old.id, before).join('\n'))?.[0];
    expect(shownBefore).toBe(`第 2/${series.lessons.length + 1} 课`);

    t.api.migrate(old.id, upgraded.id);
    const [inOld, inNew] = t.u.migration(old, upgraded, organiser);
    await t.handle(inOld);
    await t.handle(inNew);
    const after = t.api.mark();
    await t.handle(t.u.groupText(upgraded, organiser, '/schedule'));
    // Before: the new chat counted from its moved progress alone, "第 1/N 课" — the lesson it had was forgotten.
    expect(/第 \d+\/\d+ 课/.exec(textsTo(t, upgraded.id, after).join('\n'))?.[0]).toBe(shownBefore);
  });

  it('"上节课讲的什么" and a question about the latest notice, asked in the new chat, find what the group was sent before', async () => {
    const t = await start();
    const old = basicGroup(-4_100_005);
    const upgraded = supergroup(-1_004_100_005_000);
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(old, organiser, '/bind meituan-yangpu'));
    const mark = t.api.mark();
    await t.handle(t.u.groupText(old, organiser, '/lesson'));
    const lesson = textsTo(t, old.id, mark).find((x) => /第 \d+\/\d+ 课/.test(x))!;
    expect(lesson).toBeDefined();
    await sendNotice(t, '明天上午九点起平凉路封路施工，请绕行。');
    await t.api.waitFor('sendMessage', (p) => String(p.text).includes('平凉路封路'), { after: mark });
    await waitFor(
      async () => !!(await t.app.deps.store.posts.latestNotice(`telegram:${old.id}`)),
      'notice kept',
    );

    t.api.migrate(old.id, upgraded.id);
    const [inOld, inNew] = t.u.migration(old, upgraded, organiser);
    await t.handle(inOld);
    await t.handle(inNew);
    const after = t.api.mark();
    await t.handle(t.u.groupText(upgraded, t.u.person(7301), '@waystation_bot 上节课讲的什么'));
    const shown = textsTo(t, upgraded.id, after).join('\n');
    // Before: "最近两周本群没有推送过课程" — the group's latest lesson was kept under its old id only.
    expect(shown).toContain('本群上一节课');
    expect(shown).toContain(/第 \d+\/\d+ 课[^\n]*/.exec(lesson)![0]);

    const asked = t.api.mark();
    await t.handle(
      t.u.groupText(upgraded, t.u.person(7302), '@waystation_bot 刚才的通知说平凉路施工几点开始'),
    );
    // Before: the FAQ's answer, the notice being unknown to the new chat.
    expect(textsTo(t, upgraded.id, asked).join('\n')).toContain('通知里是这样写的');
  });

  it('when the new chat refuses the bot too, the group is marked inactive under its new id and the organisers are told', async () => {
    const t = await start();
    const old = basicGroup(-4_100_004);
    const upgraded = supergroup(-1_004_100_004_000);
    await t.handle(t.u.groupText(old, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    t.api.migrate(old.id, upgraded.id);
    t.api.fail('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was kicked from the supergroup chat',
      when: (p) => Number(p.chat_id) === upgraded.id,
    });

    const mark = t.api.mark();
    await sendNotice(t, '明天上午九点起平凉路封路施工，请绕行。');
    await t.api.waitFor('sendMessage', (p) => Number(p.chat_id) === ESCALATION, { after: mark });
    expect(textsTo(t, ESCALATION, mark)).toEqual([expect.stringContaining('重新拉进群')]);
    expect(await t.app.deps.store.groups.get(`telegram:${upgraded.id}`)).toMatchObject({ active: false });
  });
});

describe('a staff chat named in the pack upgraded to a supergroup', () => {
  it('a new ticket’s card arrives in the new chat, from any process; the organisers are told once to update the pack; an error is logged', async () => {
    const t = await start();
    const group = supergroup(-1_004_100_003_000);
    await t.handle(t.u.groupText(group, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    const triage = supergroup(-1_004_100_009_000, '美团杨浦处置群');
    t.api.migrate(TRIAGE, triage.id);

    const mark = t.api.mark();
    await fileReport(t, group, t.u.person(7302), '这个月工资被扣了两百块，站长也不给说法');
    const card = await t.api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === triage.id && /JN-\d{4}-\d{6}/.test(String(p.text)),
      { after: mark },
    );
    expect(String(card.params.text)).toContain('工资');
    expect(buttonsOf(t.api.lastMessage(triage.id)).length).toBeGreaterThan(0);
    // The organisers hear of it in the escalation chat, once, with the new id to put in the pack.
    const told = await t.api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === ESCALATION && String(p.text).includes(String(triage.id)),
      { after: mark },
    );
    expect(String(told.params.text)).toContain(String(TRIAGE));
    expect(t.logs.filter((l) => l.level === 'error' || l.level === 50).map((l) => l.msg)).toContainEqual(
      expect.stringContaining('update the pack'),
    );

    // A second report, handled by another process on the same Redis (a replica, or after a restart): its card goes
    // straight to the new chat, and the organisers are not told again.
    const replica = await createTelegramTestApp({ prefix: t.prefix, api: t.api });
    replica.app.deps.delivery.start(['telegram']);
    try {
      const next = t.api.mark();
      await fileReport(
        { ...replica, u: t.u },
        group,
        t.u.person(7303),
        '电动车在站里充电被收费了，说好的免费',
      );
      await t.api.waitFor(
        'sendMessage',
        (p) => Number(p.chat_id) === triage.id && String(p.text).includes('充电'),
        { after: next },
      );
      expect(t.api.since(next).filter((c) => Number(c.params.chat_id) === TRIAGE)).toEqual([]);
      expect(textsTo(t, ESCALATION, next)).toEqual([]);
    } finally {
      await replica.close({ keepData: true, keepApi: true });
    }
  });
});

describe('the organisers’ warning about a moved staff chat', () => {
  it('reads in the language the pack gives the escalation chat, as every other card there does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waystation-moved-locale-'));
    try {
      cpSync(SAMPLE_PACK, dir, { recursive: true });
      const organisers = readFileSync(join(dir, 'organisers.yaml'), 'utf8');
      writeFileSync(
        join(dir, 'organisers.yaml'),
        organisers.replace("telegram: { chat: '-1009999' }", "telegram: { chat: '-1009999', locale: en }"),
      );
      t = await createTelegramTestApp({ contentDir: dir });
      t.app.deps.delivery.start(['telegram']);
      const triage = supergroup(-1_004_100_010_000, '美团杨浦处置群');
      t.api.migrate(TRIAGE, triage.id);
      const mark = t.api.mark();
      await t.handle(t.u.migration(basicGroup(TRIAGE, '美团杨浦处置群'), triage, t.u.person(2001))[0]!);
      const told = await t.api.waitFor('sendMessage', (p) => Number(p.chat_id) === ESCALATION, {
        after: mark,
      });
      expect(String(told.params.text)).toContain('was upgraded to a supergroup');
      expect(String(told.params.text)).toContain(String(triage.id));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Messages sent before a move stay in the old group, under their old ids (a supergroup is a new chat with its own
 * ids), and Telegram still lets the bot edit them there (tdlib/telegram-bot-api#266): the stand-in answers so.
 * What a secretary sees: the card they press in the group's history is brought up to date where it is.
 */
describe('messages sent before the move', () => {
  /** A ticket whose card reached the triage chat before it was upgraded; the upgrade's service messages seen. */
  async function cardThenMove(t: TelegramTestApp, n: number) {
    const group = supergroup(-1_004_100_020_000 - n);
    await t.handle(t.u.groupText(group, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    const worker = t.u.person(7310 + n);
    const id = await fileReport(t, group, worker, '这个月工资被扣了两百块，站长也不给说法');
    await t.api.waitFor('sendMessage', (p) => Number(p.chat_id) === TRIAGE && String(p.text).includes(id));
    const card = t.api.lastMessage(TRIAGE)!;
    const upgraded = supergroup(-1_004_100_030_000 - n, '美团杨浦处置群');
    t.api.migrate(TRIAGE, upgraded.id);
    for (const u of t.u.migration(basicGroup(TRIAGE, '美团杨浦处置群'), upgraded, t.u.person(2001)))
      await t.handle(u);
    return { id, card, upgraded, worker };
  }

  const claimOn = (
    t: TelegramTestApp,
    card: NonNullable<ReturnType<TelegramTestApp['api']['lastMessage']>>,
  ) =>
    t.handle(t.u.press(card, t.u.person(2001), buttonsOf(card).find((b) => b.text.includes('签收'))!.data!));

  it('a triage card is edited in the old group when a secretary claims it there; nothing goes to the new chat', async () => {
    const t = await start();
    const { id, card, upgraded, worker } = await cardThenMove(t, 1);
    const mark = t.api.mark();
    await claimOn(t, card);
    await t.api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === worker.id && String(p.text).includes(id),
      {
        after: mark,
      },
    );
    const edits = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && String(c.params.text).includes(id));
    expect(edits.map((c) => [Number(c.params.chat_id), Number(c.params.message_id), c.error])).toContainEqual(
      [TRIAGE, card.message_id, undefined],
    );
    expect(String(edits.at(-1)!.params.text)).toContain('签收人');
    expect(
      t.api
        .since(mark)
        .filter((c) => Number(c.params.chat_id) === upgraded.id && String(c.params.text).includes(id)),
    ).toEqual([]);
  });

  it('should Telegram refuse the edit with a migrate error anyway, the card goes afresh to the new chat, once, and is the card from then on', async () => {
    const t = await start();
    const { id, card, upgraded, worker } = await cardThenMove(t, 2);
    t.api.fail('editMessageText', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      migrate_to_chat_id: upgraded.id,
      when: (p) => Number(p.chat_id) === TRIAGE,
      times: 10,
    });
    const mark = t.api.mark();
    await claimOn(t, card);
    await t.api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === worker.id && String(p.text).includes(id),
      {
        after: mark,
      },
    );
    const fresh = t.api
      .since(mark)
      .filter(
        (c) =>
          c.method === 'sendMessage' &&
          Number(c.params.chat_id) === upgraded.id &&
          String(c.params.text).includes(id),
      );
    expect(fresh).toHaveLength(1);
    expect(String(fresh[0]!.params.text)).toContain('签收人');
    const ticket = (await t.app.deps.store.tickets.get(id))!;
    expect(ticket.card?.address.chatId).toBe(String(upgraded.id));
    expect(ticket.card?.messageId).toBe(String(t.api.lastMessage(upgraded.id)!.message_id));
  });

  /** The card's edit is refused with a migrate error, so it goes afresh to the new chat (as in the test above). */
  const refuseEdits = (t: TelegramTestApp, upgraded: Chat) =>
    t.api.fail('editMessageText', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      migrate_to_chat_id: upgraded.id,
      when: (p) => Number(p.chat_id) === TRIAGE,
      times: 10,
    });
  const freshTo = (t: TelegramTestApp, chat: number, id: string, mark: number) =>
    t.api
      .since(mark)
      .filter(
        (c) =>
          c.method === 'sendMessage' &&
          !c.error &&
          Number(c.params.chat_id) === chat &&
          String(c.params.text).includes(id),
      )
      .map((c) => String(c.params.text));

  it('an afresh card the server took before the connection dropped: the retry’s copy says it may repeat the one above, and later edits go to it (stop 42)', async () => {
    const t = await start();
    const { id, card, upgraded } = await cardThenMove(t, 3);
    refuseEdits(t, upgraded);
    t.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === upgraded.id });
    const mark = t.api.mark();
    await claimOn(t, card);
    // The first copy is in the new chat, but the bot never heard so: the ticket's effects wait for a retry.
    expect(freshTo(t, upgraded.id, id, mark)).toHaveLength(1);
    expect((await t.app.deps.store.tickets.pending()).has(id)).toBe(true);

    await t.app.reports.recover();
    const copies = freshTo(t, upgraded.id, id, mark);
    expect(copies).toHaveLength(2);
    expect(copies[0]).not.toContain('重发');
    expect(copies[1]).toMatch(/^↻ 重发：上次发到这里时网络断了/);
    expect(copies[1]).toContain('签收人');
    const ticket = (await t.app.deps.store.tickets.get(id))!;
    expect(ticket.card?.messageId).toBe(String(t.api.lastMessage(upgraded.id)!.message_id));
    // Settled: nothing more is sent, and the mark is gone (a later copy would be no repeat).
    expect((await t.app.deps.store.tickets.pending()).has(id)).toBe(false);
    await t.app.reports.recover();
    expect(freshTo(t, upgraded.id, id, mark)).toHaveLength(2);
    expect(await t.app.deps.store.groups.unsureResend(`telegram:${TRIAGE}:${card.message_id}`)).toBe(false);
  });

  it('an afresh card the server refused (5xx) was not sent: the retry sends it once, with no note', async () => {
    const t = await start();
    const { id, card, upgraded } = await cardThenMove(t, 4);
    refuseEdits(t, upgraded);
    t.api.fail('sendMessage', {
      error_code: 502,
      description: 'Bad Gateway',
      when: (p) => Number(p.chat_id) === upgraded.id,
    });
    const mark = t.api.mark();
    await claimOn(t, card);
    expect(freshTo(t, upgraded.id, id, mark)).toHaveLength(0);
    expect((await t.app.deps.store.tickets.pending()).has(id)).toBe(true);
    await t.app.reports.recover();
    const copies = freshTo(t, upgraded.id, id, mark);
    expect(copies).toHaveLength(1);
    expect(copies[0]).not.toContain('重发');
    expect(copies[0]).toContain('签收人');
  });

  it('a notice\'s "got it" count is edited on the notice in the old group', async () => {
    const t = await start();
    const old = basicGroup(-4_100_040);
    const upgraded = supergroup(-1_004_100_040_000);
    await t.handle(t.u.groupText(old, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    const sent = t.api.mark();
    await sendNotice(t, '明天上午九点起平凉路封路施工，请绕行。');
    await t.api.waitFor(
      'sendMessage',
      (p) => Number(p.chat_id) === old.id && String(p.text).includes('平凉路'),
      {
        after: sent,
      },
    );
    const notice = t.api.lastMessage(old.id)!;
    t.api.migrate(old.id, upgraded.id);
    for (const u of t.u.migration(old, upgraded, t.u.person(ORGANISER))) await t.handle(u);

    const mark = t.api.mark();
    const ack = buttonsOf(notice).find((b) => b.data?.startsWith('ack:'))!;
    await t.handle(t.u.press(notice, t.u.person(7320), ack.data!));
    const edit = await t.api.waitFor('editMessageText', (p) => Number(p.chat_id) === old.id, { after: mark });
    expect(Number(edit.params.message_id)).toBe(notice.message_id);
    expect(JSON.stringify(edit.params.reply_markup)).toContain('收到 · 1');
    expect(t.api.since(mark).filter((c) => Number(c.params.chat_id) === upgraded.id)).toEqual([]);
  });
});

/** A worker in a bound group asks for /report, follows the private link and files the report. */
async function fileReport(t: TelegramTestApp, group: Chat, worker: User, words: string): Promise<string> {
  await t.handle(t.u.groupText(group, worker, '/report'));
  const link = /start=(report-[a-z0-9]+)/.exec(JSON.stringify(t.api.lastMessage(group.id)))?.[1];
  if (!link) throw new Error('no /report link in the group');
  await t.handle(t.u.privateText(worker, `/start ${link}`));
  await t.handle(t.u.privateText(worker, words));
  const pressEnding = async (suffix: string) => {
    const m = t.api.lastMessage(worker.id);
    const b = buttonsOf(m).find((x) => x.data?.endsWith(suffix));
    if (!m || !b?.data) throw new Error(`no button ending "${suffix}" on: ${m?.text ?? 'no message'}`);
    await t.handle(t.u.press(m, worker, b.data));
  };
  if (buttonsOf(t.api.lastMessage(worker.id)).some((b) => b.data?.endsWith(':ok'))) await pressEnding(':ok');
  await pressEnding(':anon:1');
  await pressEnding(':submit');
  const id = /JN-\d{4}-\d{6}/.exec(t.api.lastMessage(worker.id)?.text ?? '')?.[0];
  if (!id) throw new Error(`no ticket number: ${t.api.lastMessage(worker.id)?.text}`);
  return id;
}
