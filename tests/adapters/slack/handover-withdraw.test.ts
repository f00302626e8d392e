/**
 * QA20 #3 and #7 on Slack (the real app, real Redis, the Bolt adapter and the Slack stand-in): a secretary hands a
 * ticket to a colleague from its card; the worker withdraws it from /waystation mytickets in the app's DM. A copy of
 * the sample pack gives the Meituan branch two more Slack secretaries who have never used the bot: U07MTSEC002, whom
 * Slack will not describe (users.info refused), and U07MTSEC003, whose Slack profile names them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePackWith, type PackCopy } from '../../helpers/pack-copy.js';
import {
  createSlackTestApp,
  shownText,
  type Person,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';

const worker = { id: 'U0TWRIDER1', name: '阿明' };
const secretary = { id: 'U07MTSEC001', name: '王书记' };
const colleague = { id: 'U07MTSEC002' };
const named = { id: 'U07MTSEC003', name: '赵书记' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };
const RIDERS = 'C0MTRIDERS';
const TRIAGE = 'C07TRIAGEMT';
const ESCALATION = 'C07ESCALATE';

let t: SlackTestApp;
let pack: PackCopy;
beforeAll(async () => {
  pack = samplePackWith({
    'branches.yaml': [['slack: [U07MTSEC001]', `slack: [U07MTSEC001, ${colleague.id}, ${named.id}]`]],
  });
  t = await createSlackTestApp({ contentDir: pack.dir });
  t.api.users.set(worker.id, { name: worker.name, locale: 'zh-TW' });
  t.api.users.set(secretary.id, { name: secretary.name });
  t.api.users.set(organiser.id, { name: organiser.name });
  t.api.users.set(named.id, { name: named.name });
  // Slack will not say who this colleague is (a user of another workspace, or the app lacks users:read for them).
  t.api.fail('users.info', { error: 'user_not_found', times: 100, when: (p) => p.user === colleague.id });
  await t.command(t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'riders' }));
  await t.settle();
});
afterAll(async () => {
  await t?.close();
  pack.remove();
});

const shown = (m: StoredMessage | undefined) => (m ? shownText(m.blocks) : '');
const dmOf = (p: Person) => t.api.lastMessage(t.api.imOf(p.id))!;
const card = (ts: string) => t.api.messages.get(TRIAGE)!.find((m) => m.ts === ts)!;

async function press(who: Person, message: StoredMessage, value: string): Promise<void> {
  await t.interact(t.p.press(who, message, value));
  await t.settle();
}

/** The message with one more button carrying `value`, as a forged payload would. */
const forged = (m: StoredMessage, value: string): StoredMessage => ({
  ...m,
  blocks: [
    ...m.blocks,
    {
      type: 'actions',
      elements: [{ type: 'button', action_id: 'ws:9:0', value, text: { type: 'plain_text', text: 'x' } }],
    },
  ],
});

/** A named report (may be contacted) through the modal; its id and its card's ts. */
async function file(text: string, category = 'pay-penalty'): Promise<{ id: string; ts: string }> {
  const before = t.api.views.length;
  await t.command(t.p.command(worker, '/report', text, { channel: RIDERS, name: 'riders' }));
  await t.api.waitFor('views.open', () => true);
  await t.settle();
  const mark = t.api.mark();
  await t.interact(
    t.p.submit(worker, t.api.views[before]!, {
      desc: { text: { type: 'plain_text_input', value: text } },
      category: { choice: { type: 'static_select', selected_option: { value: category } } },
      photos: { files: { type: 'file_input', files: [] } },
      options: { flags: { type: 'checkboxes', selected_options: [{ value: 'contact' }] } },
    }),
  );
  await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
  await t.settle();
  const posted = t.api.lastMessage(TRIAGE)!;
  return { id: /[A-Z]{2}-\d{4}-\d{6}/.exec(shown(posted))![0], ts: posted.ts };
}

describe('hand-over and withdrawal on Slack', () => {
  it('a colleague Slack names though the bot has never seen them act: the picker and the card use that name', async () => {
    const { id, ts } = await file('站长这个月扣了我三百块，说是差评，可是没有差评');
    await press(secretary, card(ts), `tk:claim:${id}`);
    await press(secretary, card(ts), `th:pick:${id}`);
    const picker = t.api.lastMessage(TRIAGE)!;
    // The buttons: the colleague by the name Slack gives, the one Slack will not describe by their id.
    const labels = JSON.stringify(picker.blocks);
    expect(labels).toContain(`"${named.name}"`);
    expect(labels).toContain(`"${colleague.id}"`);
    await press(secretary, picker, `th:to:${id}:slack:${named.id}`);
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe(`slack:${named.id}`);
    expect(shown(card(picker.ts))).toContain(`已把 ${id} 转给 ${named.name}`);
    expect(shown(t.api.lastMessage(TRIAGE))).toContain(`${id} 已由 王书记 转给 ${named.name} 接手`);
    expect(shown(card(ts))).toContain(`签收人：${named.name}`);
    expect(shown(dmOf(worker))).toContain(`已由${named.name}接手`);
  });

  it('a colleague neither the bot nor Slack can name: staff read a role word, the worker "the branch secretary"', async () => {
    const { id, ts } = await file('站长扣了我两百块说我超时，我根本没超时');
    await press(secretary, card(ts), `tk:claim:${id}`);
    // The worker cannot open the picker, nor hand the ticket over with a forged value.
    await press(worker, card(ts), `th:pick:${id}`);
    await press(
      worker,
      forged(card(ts), `th:to:${id}:slack:${colleague.id}`),
      `th:to:${id}:slack:${colleague.id}`,
    );
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe(`slack:${secretary.id}`);

    await press(secretary, card(ts), `th:pick:${id}`);
    const picker = t.api.lastMessage(TRIAGE)!;
    expect(shown(picker)).toContain(`把 ${id} 转给哪位同事`);
    await press(secretary, picker, `th:to:${id}:slack:${colleague.id}`);
    expect((await t.app.deps.store.tickets.get(id))?.owner).toBe(`slack:${colleague.id}`);
    // The picker becomes the answer; the triage channel is told under it. Staff read a role word, never the
    // platform id as if it were a name (stop 38: "已由 张书记 转给 2011 接手").
    expect(shown(card(picker.ts))).toContain(`已把 ${id} 转给 另一位书记`);
    expect(shown(t.api.lastMessage(TRIAGE))).toContain(`${id} 已由 王书记 转给 另一位书记 接手`);
    expect(shown(card(ts))).toMatch(/签收人：\S+的一位书记/);
    expect(shown(card(ts))).not.toContain(colleague.id);
    // The worker reads Traditional Chinese, and a Slack id is no name to them.
    const told = shown(dmOf(worker));
    expect(told).toContain(`您反映的問題 ${id} 已由支部書記接手`);
    expect(told).not.toContain(colleague.id);

    // Withdrawn from the DM: /waystation mytickets → the ticket → ↩️ 撤回 → ✅ 确定撤回.
    await t.command(t.p.command(worker, '/waystation', 'mytickets', { channel: t.api.imOf(worker.id) }));
    await t.settle();
    await press(worker, dmOf(worker), `tw:v:${id}`);
    await press(worker, dmOf(worker), `tw:wd:${id}`);
    const confirm = dmOf(worker);
    // Someone else pressing the reporter's confirmation changes nothing, and is told whose button it is.
    const mark = t.api.calls.length;
    await press(secretary, confirm, `tw:wy:${id}`);
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('claimed');
    const refusal = JSON.stringify(t.api.calls.slice(mark));
    expect(refusal).toContain('只有反映这个问题的人本人能用');
    expect(refusal).not.toContain('找不到');
    await press(worker, confirm, `tw:wy:${id}`);
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      status: 'closed',
      closeReason: 'withdrawn',
    });
    expect(shown(dmOf(worker))).toContain(`已撤回 ${id}`);
    expect(shown(card(ts))).toContain('已由报告人撤回');
    expect(JSON.stringify(card(ts).blocks)).not.toContain('tk:rs:');
  });

  it('an emergency withdrawn: its heads-up in the escalation channel says so, not just closed', async () => {
    const { id } = await file('我同事在五角场被车撞了，腿一直流血站不起来', 'accident-insurance');
    const headsUp = t.api.lastMessage(ESCALATION)!;
    expect(shown(headsUp)).toContain(id);
    await t.command(t.p.command(worker, '/waystation', 'mytickets', { channel: t.api.imOf(worker.id) }));
    await t.settle();
    await press(worker, dmOf(worker), `tw:v:${id}`);
    await press(worker, dmOf(worker), `tw:wd:${id}`);
    expect(shown(dmOf(worker))).toContain('120');
    await press(worker, dmOf(worker), `tw:wy:${id}`);
    const now = t.api.messages.get(ESCALATION)!.find((m) => m.ts === headsUp.ts)!;
    expect(shown(now)).toContain('已由报告人撤回');
    expect(JSON.stringify(now.blocks)).not.toContain('tk:oc:');
  });
});
