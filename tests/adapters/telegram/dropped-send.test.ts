/**
 * A fresh send the Bot API took, then the connection dropped with no answer (the stand-in's `dropAfter`): whether the
 * message is in the chat cannot be known — Telegram has no idempotency key and a bot reads no history. The delivery
 * engine (a notice to groups) and the effects engine (a ticket's first triage card) send it again, for a notice or a
 * card lost is worse than one twice, and that copy opens with "↻ 重发 … 以这一条为准", so a repeat is identifiable.
 * A refusal the server answered (5xx) sent nothing: retried silently, sent once. The organiser's progress message
 * counts a maybe-sent as neither a failure nor twice. Real app, real Redis, real grammY against the stand-in.
 */
import type { Chat } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report, TRIAGE } from '../../helpers/telegram-report.js';
import { pressLabelled, sendNoticeToAll } from '../../helpers/telegram-notice.js';
import { waitFor } from '../../helpers/wait.js';

const ORGANISER = 1001;

let t: TelegramTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start(): Promise<TelegramTestApp> {
  // Retries come within a fraction of a second, not the 2 s a live bot waits.
  t = await createTelegramTestApp({ limits: { backoffBaseMs: 30, backoffMaxMs: 100 } });
  t.app.deps.delivery.start(['telegram']);
  return t;
}

const group = (id: number, title: string) => ({ id, type: 'supergroup', title }) as Chat;

/** What the chat holds: every message the stand-in took there since `mark`, answered or not. */
const textsIn = (t: TelegramTestApp, chat: number, mark: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && !c.error && Number(c.params.chat_id) === chat)
    .map((c) => String(c.params.text));

/** Two groups of meituan-yangpu, bound; a notice to both, with its progress message to the organiser. */
async function noticeToTwo(t: TelegramTestApp, n: number) {
  const a = group(-1_004_300_000_000 - n, '杨浦一群');
  const b = group(-1_004_300_100_000 - n, '杨浦二群');
  for (const g of [a, b]) await t.handle(t.u.groupText(g, t.u.person(ORGANISER), '/bind meituan-yangpu'));
  const send = () =>
    t.app.deps.delivery.enqueue({
      id: `notice:drop${n}`,
      kind: 'notice',
      items: [a, b].map((g) => ({
        to: { channel: 'telegram' as const, chatId: String(g.id) },
        card: { text: ['📢 明天上午九点起平凉路封路施工，请绕行。'] },
      })),
      progress: { to: { channel: 'telegram', chatId: String(ORGANISER) }, locale: 'zh-CN', title: '通知 N7' },
    });
  return { a, b, send };
}

/** The organiser's progress message as it ends. */
async function finalProgress(t: TelegramTestApp, n: number): Promise<string> {
  await waitFor(
    async () => Boolean((await t.app.deps.delivery.status(`notice:drop${n}`))?.finishedAt),
    'the notice finished',
  );
  const done = await t.api.waitFor(
    'editMessageText',
    (p) => Number(p.chat_id) === ORGANISER && String(p.text).includes('已完成'),
  );
  return String(done.params.text);
}

describe('a notice whose send to a group had no answer', () => {
  it('is sent again with "↻ 重发 … 以这一条为准"; the other group gets it once, plain; the organiser reads 2 sent, 0 failed', async () => {
    const t = await start();
    const { a, b, send } = await noticeToTwo(t, 1);
    t.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === a.id });
    const mark = t.api.mark();
    await send();
    const progress = await finalProgress(t, 1);

    const inA = textsIn(t, a.id, mark);
    expect(inA).toHaveLength(2);
    expect(inA[0]).toBe('📢 明天上午九点起平凉路封路施工，请绕行。');
    expect(inA[1]).toMatch(
      /^↻ 重发：上次发到这里时网络断了，不知道是否已发出。上面如果已有一条同样的消息，以这一条为准。/,
    );
    expect(inA[1]).toContain('平凉路封路');
    expect(textsIn(t, b.id, mark)).toEqual(['📢 明天上午九点起平凉路封路施工，请绕行。']);
    expect(progress).toContain('已完成：已发送 2 · 失败 0（共 2 个群）');
    expect(progress).not.toContain('网络断了');
  });

  it('whose every try had no answer is neither sent nor failed: the organiser is told it may have arrived', async () => {
    const t = await start();
    const { a, b, send } = await noticeToTwo(t, 2);
    t.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === a.id, times: 20 });
    const mark = t.api.mark();
    await send();
    const progress = await finalProgress(t, 2);

    const inA = textsIn(t, a.id, mark);
    // Every copy after the first says it may repeat the one above.
    expect(inA.slice(1).every((x) => x.startsWith('↻ 重发'))).toBe(true);
    expect(textsIn(t, b.id, mark)).toHaveLength(1);
    expect(progress).toContain('已完成：已发送 1 · 失败 0（共 2 个群）');
    expect(progress).toContain('另有 1 个群发送时网络断了，无法确认是否收到');
    expect(progress).not.toContain('失败原因');
    const status = await t.app.deps.delivery.status('notice:drop2');
    expect(status).toMatchObject({ sent: 1, failed: [], unsure: 1, pending: 0 });
    // The group stays bound and active: nothing says the bot lost it.
    expect(await t.app.deps.store.groups.get(`telegram:${a.id}`)).toMatchObject({ active: true });
  });

  it('an organiser’s notice whose every try to a group had no answer: /notices says so, apart from failures', async () => {
    const t = await start();
    const organiser = t.u.person(ORGANISER);
    const g = group(-1_004_300_200_004, '杨浦三群');
    await t.handle(t.u.groupText(g, organiser, '/bind meituan-yangpu'));
    t.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === g.id, times: 20 });
    await sendNoticeToAll(t, organiser, '周五下午三点驿站有免费体检。');
    await t.api.waitFor(
      'editMessageText',
      (p) => Number(p.chat_id) === ORGANISER && String(p.text).includes('已完成'),
    );
    const mark = t.api.mark();
    await t.handle(t.u.privateText(organiser, '/notices'));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('另有 1 个群发送时网络断了，无法确认是否收到');
    expect(await t.app.deps.store.groups.get(`telegram:${g.id}`)).toMatchObject({ active: true });

    // The notice's details mark the group as /notices and the board do, counted under the title — not "待发送" (stop 44).
    const details = [
      {
        lang: 'zh-CN',
        show: '详情 #',
        mark: '📶 杨浦三群 · 发送时网络断了，无法确认是否收到',
        pending: '待发送',
      },
      {
        lang: 'zh-TW',
        show: '詳情 #',
        mark: '📶 杨浦三群 · 發送時網路斷了，無法確認是否收到',
        pending: '待發送',
      },
      {
        lang: 'en',
        show: 'Details #',
        mark: '📶 杨浦三群 · the connection dropped while sending, whether it arrived is not known',
        pending: 'waiting',
      },
    ];
    for (const d of details) {
      const reader = t.u.person(ORGANISER, { language_code: d.lang });
      await t.handle(t.u.privateText(reader, '/notices'));
      const at = t.api.mark();
      await pressLabelled(t, ORGANISER, reader, d.show);
      const view = t.api.shownTexts(at).join('\n');
      expect(view, d.lang).toContain(d.mark);
      expect(view, d.lang).not.toContain(d.pending);
      expect(view, d.lang).toMatch(
        d.lang === 'en' ? /1 more group: the connection dropped/ : /1 个群|1 個群/,
      );
    }
  });

  it('a refusal the server answered (502) sent nothing: the retry sends it once, with no note', async () => {
    const t = await start();
    const { a, send } = await noticeToTwo(t, 3);
    t.api.fail('sendMessage', {
      error_code: 502,
      description: 'Bad Gateway',
      when: (p) => Number(p.chat_id) === a.id,
    });
    const mark = t.api.mark();
    await send();
    const progress = await finalProgress(t, 3);
    expect(textsIn(t, a.id, mark)).toEqual(['📢 明天上午九点起平凉路封路施工，请绕行。']);
    expect(progress).toContain('已完成：已发送 2 · 失败 0（共 2 个群）');
  });
});

describe('a ticket’s first triage card whose send had no answer', () => {
  const cardsIn = (t: TelegramTestApp, id: string, mark: number) =>
    textsIn(t, TRIAGE, mark).filter((x) => x.includes(id));

  it('is posted again on the retry with "↻ 重发 …"; that copy is the card the secretary works', async () => {
    const t = await start();
    const rider = t.u.person(7401);
    t.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === TRIAGE });
    const mark = t.api.mark();
    const id = await report(t, TRIAGE, rider, '这个月工资被扣了两百块，站长也不给说法');
    expect(cardsIn(t, id, mark)).toHaveLength(1);
    expect((await t.app.deps.store.tickets.pending()).has(id)).toBe(true);

    await t.app.reports.recover();
    const cards = cardsIn(t, id, mark);
    expect(cards).toHaveLength(2);
    expect(cards[0]).not.toContain('重发');
    expect(cards[1]).toMatch(/^↻ 重发：上次发到这里时网络断了/);
    const ticket = (await t.app.deps.store.tickets.get(id))!;
    expect(ticket.card?.messageId).toBe(String(t.api.lastMessage(TRIAGE)!.message_id));
    // Settled: another recovery sends nothing more.
    expect((await t.app.deps.store.tickets.pending()).has(id)).toBe(false);
    await t.app.reports.recover();
    expect(cardsIn(t, id, mark)).toHaveLength(2);
  });

  it('a refusal the server answered (502) sent nothing: the retry posts it once, with no note', async () => {
    const t = await start();
    const rider = t.u.person(7402);
    t.api.fail('sendMessage', {
      error_code: 502,
      description: 'Bad Gateway',
      when: (p) => Number(p.chat_id) === TRIAGE,
    });
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '这个月工资被扣了两百块，站长也不给说法'));
    await pressIn(t, rider.id, rider, ':ok');
    if (buttonsOf(t.api.lastMessage(rider.id)).some((b) => b.data?.endsWith(':anon:1')))
      await pressIn(t, rider.id, rider, ':anon:1');
    await pressIn(t, rider.id, rider, ':submit');
    const id = /[A-Z]{2}-\d{4}-\d{6}/.exec(t.api.lastMessage(rider.id)?.text ?? '')![0];
    expect(cardsIn(t, id, mark)).toHaveLength(0);
    await t.app.reports.recover();
    const cards = cardsIn(t, id, mark);
    expect(cards).toHaveLength(1);
    expect(cards[0]).not.toContain('重发');
  });
});

describe('a passed question whose announcement in the branch’s triage chat had no answer', () => {
  it('is not announced again in the district’s chat: it may be in the branch’s, whose secretary answers it there', async () => {
    const t = await start();
    const BRANCH_TRIAGE = -1002001; // meituan-yangpu's
    const worker = t.u.person(7403);
    await t.handle(t.u.privateText(worker, '驿站能帮忙代收快递吗'));
    const unsure = t.api.lastMessage(worker.id)!;
    const pass = buttonsOf(unsure).find((b) => b.data?.startsWith('faq:pass:'));
    expect(pass, unsure.text).toBeDefined();
    await t.handle(t.u.press(unsure, worker, pass!.data!));
    const picker = t.api.lastMessage(worker.id)!;
    const toBranch = buttonsOf(picker).find((b) => b.data?.endsWith(':meituan-yangpu'));
    expect(toBranch, picker.text).toBeDefined();
    t.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === BRANCH_TRIAGE });
    const mark = t.api.mark();
    await t.handle(t.u.press(picker, worker, toBranch!.data!));

    expect(textsIn(t, BRANCH_TRIAGE, mark).filter((x) => x.includes('代收快递'))).toHaveLength(1);
    expect(textsIn(t, TRIAGE, mark)).toEqual([]);
    // Its Reply button works from there: the secretary's answer reaches the worker.
    const card = t.api.lastMessage(BRANCH_TRIAGE)!;
    const reply = buttonsOf(card).find((b) => b.data?.startsWith('fq:r:'));
    expect(reply).toBeDefined();
  });
});
