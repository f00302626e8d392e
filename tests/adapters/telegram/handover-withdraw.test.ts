/**
 * QA20 #3 and #7, Telegram end to end (the real app, real Redis, the grammY adapter and the Bot API stand-in):
 * a secretary at shift end lists the tickets they hold (`/queue mine`) and hands them to a colleague of the same
 * branch; a worker withdraws a report they filed. The sample pack's district branch gets more Telegram secretaries
 * in a copy of the pack: 2010, and two who never use the bot — 2020, a member of the triage chat (Telegram names
 * them there), and 2030, who is not (Telegram will not say who they are).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report } from '../../helpers/telegram-report.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const TRIAGE = -1002000; // district-yangpu: a private report with no group goes there
let t: TelegramTestApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ws-handover-'));
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  const file = join(dir, 'branches.yaml');
  const yaml = readFileSync(file, 'utf8');
  const district = yaml.indexOf('id: district-yangpu');
  const at = yaml.indexOf("telegram: ['2000']", district);
  writeFileSync(file, yaml.slice(0, at) + "telegram: ['2000', '2010', '2020', '2030']" + yaml.slice(at + 18));
  t = await createTelegramTestApp({ contentDir: dir });
  t.api.addMember(TRIAGE, { id: 2020, is_bot: false, first_name: '张', last_name: '书记' });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sec1 = () => t.u.person(2000, { first_name: '王书记' });
const sec2 = () => t.u.person(2010, { first_name: '李书记' });

const textsTo = (mark: number, chat: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === chat)
    .map((c) => String(c.params.text))
    .join('\n');

describe('a secretary hands their tickets to a colleague at shift end (QA20 #3)', () => {
  it('/queue mine lists the tickets held; 全部转给同事 passes them; the worker and the triage chat are told', async () => {
    const rider = t.u.person(8860);
    const id = await report(t, TRIAGE, rider, '我们站点的充电柜坏了三天了，一直没人修');
    // The colleague has used the bot before: the picker names them.
    await t.handle(t.u.privateText(sec2(), '/queue mine'));
    expect(t.api.lastMessage(2010)!.text).toContain('您手上没有待办的工单');

    await pressIn(t, TRIAGE, sec1(), `tk:claim:${id}`);
    await t.handle(t.u.privateText(sec1(), '/queue 我签收的'));
    const list = t.api.lastMessage(2000)!;
    expect(list.text).toContain('我签收的待办');
    expect(list.text).toContain(id);

    await pressIn(t, 2000, sec1(), 'th:all');
    const picker = t.api.lastMessage(2000)!;
    expect(buttonsOf(picker).map((b) => b.text)).toContain('李书记');
    expect(buttonsOf(picker).map((b) => b.text)).not.toContain('王书记');
    const mark = t.api.mark();
    await pressIn(t, 2000, sec1(), 'th:allto:telegram:2010');
    expect(t.api.lastMessage(2000)!.text).toContain('已把 1 件工单转给 李书记');

    const ticket = await t.app.deps.store.tickets.get(id);
    expect(ticket?.owner).toBe('telegram:2010');
    expect(ticket?.status).toBe('claimed');
    // An anonymous reporter is told of "the branch secretary", never a name (docs/reports.md, anonymity).
    expect(textsTo(mark, rider.id)).toContain(`${id} 已由支部书记接手`);
    expect(textsTo(mark, TRIAGE)).toContain(`${id} 已由 王书记 转给 李书记 接手`);
    // The card itself now names the new holder.
    const card = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text))
      .pop();
    expect(card).toContain('李书记');

    // The former holder holds nothing now, and may not pass the ticket on again.
    await t.handle(t.u.privateText(sec1(), '/queue mine'));
    expect(t.api.lastMessage(2000)!.text).toContain('您手上没有待办的工单');
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, sec1(), `th:to:${id}:telegram:2000`));
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe('telegram:2010');
  });

  it('one ticket from its card; someone of another branch, or a receiver not of the branch, is refused', async () => {
    const rider = t.u.person(8861);
    const id = await report(t, TRIAGE, rider, '驿站的饮水机坏了，夏天没水喝');
    await pressIn(t, TRIAGE, sec2(), `tk:claim:${id}`);
    // A secretary of another branch, pressing a forged button: nothing changes.
    const eleme = t.u.person(2002, { first_name: '饿了么书记' });
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, eleme, `th:to:${id}:telegram:2002`));
    // The holder naming someone who is not a secretary of the branch: refused too.
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, sec2(), `th:to:${id}:telegram:2002`));
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe('telegram:2010');

    await pressIn(t, TRIAGE, sec2(), `th:pick:${id}`);
    const picker = t.api.lastMessage(TRIAGE)!;
    expect(picker.text).toContain(`把 ${id} 转给哪位同事`);
    const mark = t.api.mark();
    await pressIn(t, TRIAGE, sec2(), `th:to:${id}:telegram:2000`);
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe('telegram:2000');
    expect(textsTo(mark, rider.id)).toContain('已由支部书记接手');
    const events = await t.app.deps.store.tickets.events(id);
    expect(events.at(-1)).toMatchObject({
      type: 'handed-over',
      previous: 'telegram:2010',
      receiver: 'telegram:2000',
    });
  });
});

describe('a colleague the bot has never seen act (QA23)', () => {
  it('is named as Telegram names them in the triage chat; someone Telegram will not name keeps their id', async () => {
    const rider = t.u.person(8862);
    const id = await report(t, TRIAGE, rider, '站点门口的路灯坏了，晚上取餐看不见路');
    await pressIn(t, TRIAGE, sec1(), `tk:claim:${id}`);
    await pressIn(t, TRIAGE, sec1(), `th:pick:${id}`);
    const labels = buttonsOf(t.api.lastMessage(TRIAGE)).map((b) => b.text);
    expect(labels).toContain('张 书记');
    expect(labels).toContain('2030');
    expect(labels).not.toContain('2020');

    const mark = t.api.mark();
    await pressIn(t, TRIAGE, sec1(), `th:to:${id}:telegram:2020`);
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe('telegram:2020');
    expect(textsTo(mark, TRIAGE)).toContain(`${id} 已由 王书记 转给 张 书记 接手`);
    const card = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text))
      .pop();
    expect(card).toContain('张 书记');
    expect(card).not.toContain('2020');
  });
});

describe('a colleague nobody can name (stop 38: "已由 张书记 转给 2011 接手")', () => {
  it('is "另一位书记" in the triage chat and the branch’s secretary on the card and in the history, never an id', async () => {
    const rider = t.u.person(8863);
    const id = await report(t, TRIAGE, rider, '站点门口的井盖松了，电动车压上去会翻');
    await pressIn(t, TRIAGE, sec1(), `tk:claim:${id}`);
    await pressIn(t, TRIAGE, sec1(), `th:pick:${id}`);
    const mark = t.api.mark();
    await pressIn(t, TRIAGE, sec1(), `th:to:${id}:telegram:2030`);
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe('telegram:2030');
    const said = textsTo(mark, TRIAGE);
    expect(said).toContain(`${id} 已由 王书记 转给 另一位书记 接手`);
    expect(said).not.toContain('2030');
    const edits = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text));
    // The picker's outcome, and the card's holder line.
    expect(edits.join('\n')).toContain(`已把 ${id} 转给 另一位书记`);
    expect(edits.join('\n')).toContain('的一位书记');
    expect(edits.join('\n')).not.toContain('2030');
    const viewed = t.api.mark();
    await t.handle(t.u.privateText(sec1(), `/ticket ${id}`));
    const view = textsTo(viewed, 2000);
    expect(view).toContain('王书记 转给同事');
    expect(view).not.toContain('2030');

    // Once the colleague uses the bot, the ticket names them (QA31 #6): in their own /ticket (English) and in
    // everyone else's view of it.
    const zhao = t.u.person(2030, { first_name: '赵书记', language_code: 'en' });
    const own = t.api.mark();
    await t.handle(t.u.privateText(zhao, `/ticket ${id}`));
    const theirs = textsTo(own, 2030);
    expect(theirs).toContain('赵书记');
    expect(theirs).not.toContain('a secretary of');
    const again = t.api.mark();
    await t.handle(t.u.privateText(sec1(), `/ticket ${id}`));
    const others = textsTo(again, 2000);
    expect(others).toContain('赵书记');
    expect(others).not.toContain('的一位书记');
  });
});

describe('a worker withdraws a report they filed (QA20 #7)', () => {
  it('/mytickets → 撤回 → 确定撤回 closes it as withdrawn; the card and the holder are told', async () => {
    const rider = t.u.person(8870);
    const id = await report(t, TRIAGE, rider, '站长扣了我两百块说我超时，我根本没超时');
    await pressIn(t, TRIAGE, sec1(), `tk:claim:${id}`);
    // Someone else pressing the reporter's buttons changes nothing.
    const other = t.u.person(8871);
    await t.handle(t.u.press(t.api.lastMessage(rider.id)!, other, `tw:wy:${id}`));
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('claimed');

    await t.handle(t.u.privateText(rider, '/mytickets'));
    await pressIn(t, rider.id, rider, `tw:v:${id}`);
    await pressIn(t, rider.id, rider, `tw:wd:${id}`);
    expect(t.api.lastMessage(rider.id)!.text).toContain(`确定撤回 ${id} 吗`);
    const mark = t.api.mark();
    await pressIn(t, rider.id, rider, `tw:wy:${id}`);
    expect(t.api.lastMessage(rider.id)!.text).toContain(`已撤回 ${id}`);

    const ticket = await t.app.deps.store.tickets.get(id);
    expect(ticket).toMatchObject({ status: 'closed', closeReason: 'withdrawn' });
    expect(await t.app.deps.store.tickets.queue('district-yangpu', 0, 100)).not.toContainEqual(
      expect.objectContaining({ id }),
    );
    expect(textsTo(mark, TRIAGE)).toContain(`${id} 已由报告人撤回`);
    expect(textsTo(mark, TRIAGE)).toContain('签收人 王书记 请知悉');
    const card = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === TRIAGE)
      .pop();
    expect(String(card?.params.text)).toContain('已由报告人撤回');
    expect(JSON.stringify(card?.params.reply_markup ?? {})).not.toContain('tk:rs:');

    // Again, from the old confirmation: nothing more happens.
    await t.handle(t.u.press(t.api.lastMessage(rider.id)!, rider, `tw:wy:${id}`));
    expect((await t.app.deps.store.tickets.events(id)).filter((e) => e.type === 'withdrawn')).toHaveLength(1);
  });

  it('an emergency is asked whether everyone is safe, with the numbers, before it is withdrawn', async () => {
    const rider = t.u.person(8872);
    const id = await report(t, TRIAGE, rider, '我同事在五角场被车撞了，腿一直流血站不起来');
    expect((await t.app.deps.store.tickets.get(id))?.urgency).toBe('emergency');
    await t.handle(t.u.privateText(rider, '/mytickets'));
    await pressIn(t, rider.id, rider, `tw:v:${id}`);
    await pressIn(t, rider.id, rider, `tw:wd:${id}`);
    const ask = t.api.lastMessage(rider.id)!.text ?? '';
    expect(ask).toContain('确定没事了吗');
    expect(ask).toContain('120');
    await pressIn(t, rider.id, rider, `tw:wn:${id}`);
    expect(t.api.lastMessage(rider.id)!.text).toContain('没有撤回');
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('new');
  });
});
