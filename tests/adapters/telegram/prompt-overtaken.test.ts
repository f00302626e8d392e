/**
 * A secretary's prompt overtaken by someone else (stop 43): ↩️ 退单, ✅ 办结 or ↪️ 转派 asks for words, and before the
 * secretary answers, another person claims, resolves or moves the ticket. The prompt then says at once that it is
 * closed and what the ticket is now, and a reply to it acts on nothing and says so — before, the reply acted on a
 * ticket that had moved on (a colleague's claim sent back by the 退单 typed afterwards). Telegram end to end (the real
 * app, real Redis, the grammY adapter and the Bot API stand-in), in zh-CN (the triage card), English and traditional
 * Chinese (the secretary's own /ticket view in private).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report, TRIAGE } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
const GROUP = -1001000008843;
const MEITUAN = -1002001;
beforeAll(async () => {
  t = await createTelegramTestApp();
  await t.handle(t.u.groupText(t.u.group(GROUP, '美团杨浦骑手群'), t.u.person(1001), '/bind meituan-yangpu'));
});
afterAll(async () => t?.close());

const SECRETARY = 2000;
const organiser = () => t.u.person(1001, { first_name: '李老师' });

/** The text a message shows now (after any edit), as the stand-in recorded the last edit of it. */
function nowShown(chat: number, message: Message, mark: number): string {
  return String(t.api.editsOf(chat, message.message_id, mark).at(-1)?.params.text ?? message.text ?? '');
}

/** The ticket's card in the district's triage chat, as it was posted (its buttons those a client still shows). */
async function cardOf(id: string): Promise<Message> {
  const ticket = (await t.app.deps.store.tickets.get(id))!;
  return (
    cards.get(ticket.id) ?? { ...t.api.lastMessage(TRIAGE)!, message_id: Number(ticket.card!.messageId) }
  );
}
const cards = new Map<string, Message>();

/** A report filed from the Meituan riders' group (so it lands at the Meituan branch, which may send it back). */
async function meituanReport(worker: number, text: string): Promise<{ id: string; card: Message }> {
  const rider = t.u.person(worker);
  await t.handle(t.u.groupText(t.u.group(GROUP, '美团杨浦骑手群'), rider, '/report'));
  const link = buttonsOf(t.api.lastMessage(GROUP)!).find((b) => b.url)!.url!;
  await t.handle(t.u.privateText(rider, `/start ${/start=(.*)$/.exec(link)![1]}`));
  await t.handle(t.u.privateText(rider, text));
  await pressIn(t, rider.id, rider, ':ok');
  await pressIn(t, rider.id, rider, ':anon:1');
  await pressIn(t, rider.id, rider, ':submit');
  const card = t.api.lastMessage(MEITUAN)!;
  return { id: /[A-Z]{2}-\d{4}-\d{6}/.exec(card.text ?? '')![0], card };
}

/** Report to the district, keeping its card as posted. */
async function districtReport(worker: number, text: string): Promise<string> {
  const id = await report(t, TRIAGE, t.u.person(worker), text);
  cards.set(id, t.api.lastMessage(TRIAGE)!);
  return id;
}

describe('a prompt someone else overtook', () => {
  it('zh-CN: 退单 on the card, then a colleague claims it — the prompt closes, the reason sends nothing back', async () => {
    const { id, card } = await meituanReport(8801, '站长扣了我两百块，说我超时，我没有超时');
    const secretary = t.u.person(2001, { first_name: '王书记', language_code: 'zh-CN' });
    const colleague = t.u.person(2011, { first_name: '赵书记', language_code: 'zh-CN' });
    await t.handle(t.u.press(card, secretary, `tk:rt:${id}`));
    const prompt = t.api.lastMessage(MEITUAN)!;
    expect(prompt.text).toContain(`退单：请写明为什么不归本支部办理（${id}）`);

    const mark = t.api.mark();
    await t.handle(t.u.press(card, colleague, `tk:claim:${id}`));
    // The prompt says so at once, naming who holds the ticket now.
    const closed = nowShown(MEITUAN, prompt, mark);
    expect(closed).toContain(`这个提示已关闭：${id} 已有变化`);
    expect(closed).toContain('签收人 赵书记');

    await t.handle(t.u.replyTo(prompt, secretary, '这是区里的事，不归我们'));
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      status: 'claimed',
      branch: 'meituan-yangpu',
      owner: 'telegram:2011',
    });
    const said = t.api.lastMessage(MEITUAN)!.text ?? '';
    expect(said).toContain(`${id} 在您打开这个提示之后已有变化`);
    expect(said).toContain('您写的退单理由没有执行，也没有发给任何人');
    expect(t.api.sentTexts(mark).join('\n')).not.toContain('这是区里的事');
  });

  it('zh-CN: a prompt nobody overtook acts as before, and is not marked closed by its own outcome', async () => {
    const { id, card } = await meituanReport(8806, '站长又扣了我一百块，说我超时');
    const secretary = t.u.person(2001, { first_name: '王书记', language_code: 'zh-CN' });
    await t.handle(t.u.press(card, secretary, `tk:rt:${id}`));
    const prompt = t.api.lastMessage(MEITUAN)!;
    const mark = t.api.mark();
    await t.handle(t.u.replyTo(prompt, secretary, '超时罚款是平台规则，归区里协调'));
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('district-yangpu');
    expect(nowShown(MEITUAN, prompt, mark)).not.toContain('这个提示已关闭');
  });

  it('en: 办结 on the view in private, then the organiser claims it — the note is not sent to the worker', async () => {
    const id = await districtReport(8802, '驿站的饮水机坏了一个星期了，一直没人修');
    const secretary = t.u.person(SECRETARY, { first_name: 'Wang', language_code: 'en' });
    await t.handle(t.u.privateText(secretary, `/ticket ${id}`));
    await pressIn(t, SECRETARY, secretary, `tk:rs:${id}`);
    const prompt = t.api.lastMessage(SECRETARY)!;

    const mark = t.api.mark();
    await t.handle(t.u.press(await cardOf(id), organiser(), `tk:claim:${id}`));
    const closed = nowShown(SECRETARY, prompt, mark);
    expect(closed).toContain(`This prompt is closed: ${id} has changed`);
    expect(closed).toContain('held by 李老师');

    await t.handle(t.u.replyTo(prompt, secretary, 'Fixed it, the machine works again'));
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('claimed');
    const said = t.api.lastMessage(SECRETARY)!.text ?? '';
    expect(said).toContain(`${id} changed after you opened this prompt`);
    expect(said).toContain('your resolution note was not used and reached nobody');
    expect(t.api.sentTexts(mark).join('\n')).not.toContain('Fixed it');
  });

  it('zh-TW: 转派 chosen in private, then someone else transfers it first — the prompt says where it went', async () => {
    const id = await districtReport(8803, '平台说我差评要罚五十块，可是顾客说没给差评');
    const secretary = t.u.person(SECRETARY, { first_name: '王書記', language_code: 'zh-TW' });
    await t.handle(t.u.privateText(secretary, `/ticket ${id}`));
    await pressIn(t, SECRETARY, secretary, `tk:tr:${id}`);
    await pressIn(t, SECRETARY, secretary, `tk:tb:${id}:meituan-yangpu`);
    const prompt = t.api.lastMessage(SECRETARY)!;
    expect(buttonsOf(prompt)).toHaveLength(0);

    // The organiser moves it to the street office first, from the card.
    const mark = t.api.mark();
    await t.handle(t.u.press(await cardOf(id), organiser(), `tk:tr:${id}`));
    await pressIn(t, TRIAGE, organiser(), `tk:tb:${id}:eleme-yangpu`);
    await t.handle(t.u.replyTo(t.api.lastMessage(TRIAGE)!, organiser(), '路灯归街道'));
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('eleme-yangpu');
    expect(nowShown(SECRETARY, prompt, mark)).toContain(`這個提示已關閉：${id} 已有變化（現在：已轉至`);

    await t.handle(t.u.replyTo(prompt, secretary, '美團騎手的事'));
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('eleme-yangpu');
    const said = t.api.lastMessage(SECRETARY)!.text ?? '';
    expect(said).toContain(`${id} 在您打開這個提示之後已有變化（現在：已轉至`);
    expect(said).toContain('您寫的轉派理由沒有執行');
  });

  it('the script refuses what a prompt saw once it changed, atomically (a claim landing between check and write)', async () => {
    const id = await report(t, TRIAGE, t.u.person(8804), '站点的充电柜坏了，电瓶充不了电');
    const tickets = t.app.deps.store.tickets;
    const me = { by: `telegram:${SECRETARY}`, name: '王书记', role: 'secretary' };
    expect(
      (await tickets.claim(id, { by: 'telegram:1001', role: 'organiser' }, 'district-yangpu', 1)).ok,
    ).toBe(true);
    const r = await tickets.resolve(id, { ...me, saw: 'new|' }, 'district-yangpu', 2, '修好了');
    expect(r).toMatchObject({ ok: false, reason: 'changed' });
    expect((await tickets.get(id))?.status).toBe('claimed');
    // What the prompter did themselves is no change: their own claim, then their own note.
    const own = await report(t, TRIAGE, t.u.person(8805), '站点的充电柜又坏了');
    expect((await tickets.claim(own, me, 'district-yangpu', 3)).ok).toBe(true);
    expect((await tickets.resolve(own, { ...me, saw: 'new|' }, 'district-yangpu', 4, '修好了')).ok).toBe(
      true,
    );
  });
});
