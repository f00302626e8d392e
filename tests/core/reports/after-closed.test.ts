/**
 * Danger told about a ticket that is already over, in Slack: the worker answers the branch's question
 * only after the ticket was resolved, or says "not solved" after the confirmation window — and the words
 * tell of a person in danger now. They become a new emergency report (🔴 card in the triage channel,
 * naming the closed ticket), and the worker is told both numbers in one message. Calm words keep today's
 * answer. Real app, real Redis, the Slack stand-in.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { clock, HOUR, T0 } from './helpers.js';
import { bindRiders, dm, dmOf, fileBySlack, secretaryWrites, shown, TRIAGE, cardOf } from './slack-loop.js';

const DANGER = '他头在流血 叫不醒';
const c = clock();
let t: SlackTestApp;
beforeAll(async () => {
  c.set(T0);
  t = await createSlackTestApp({ now: c.now });
  await bindRiders(t);
});
afterAll(async () => {
  await t?.close();
});

const tickets = () => t.app.deps.store.tickets;

/** A ticket the secretary asked about and then resolved before the worker answered. */
async function resolvedWhileAsked(worker: { id: string; name: string }, flags: string[] = []) {
  const id = await fileBySlack(t, worker, '超时罚款50元不合理，站长不给解释', flags);
  await secretaryWrites(t, id, 'ask', '是哪一天的哪一单？');
  await secretaryWrites(t, id, 'rs', '已与站点核实，罚款撤销');
  expect((await tickets().get(id))!.status).toBe('resolved');
  return id;
}

/**
 * The worker's "resolved" message with its 没解决 button, once it has arrived: the worker is told after the ticket's
 * effects run, which a loaded machine may finish after the secretary's press has settled.
 */
async function resolvedMessage(worker: { id: string; name: string }, id: string) {
  return vi.waitFor(
    () => {
      const message = dmOf(t, worker).findLast((m) => JSON.stringify(m.blocks).includes(`tw:no:${id}`));
      if (!message) throw new Error(`no "resolved" message for ${id} yet`);
      return message;
    },
    { timeout: 10_000 },
  );
}

describe('danger in a late answer to a resolved ticket', () => {
  const worker = { id: 'U0LATEDNG1', name: '小李' };
  let old = '';
  let seen = 0;

  it('files a new emergency report: worker told both numbers, 🔴 card in the triage channel naming the old one', async () => {
    old = await resolvedWhileAsked(worker, ['anonymous']);
    seen = dmOf(t, worker).length;
    const cards = t.api.messages.get(TRIAGE)!.length;
    await dm(t, worker, DANGER);

    const mine = await tickets().forWorker('slack', worker.id, 0, 5);
    expect(mine).toHaveLength(2);
    const fresh = mine.find((x) => x.id !== old)!;
    expect(fresh).toMatchObject({
      urgency: 'emergency',
      follows: old,
      anonymous: true,
      branch: 'meituan-yangpu',
      originChat: 'slack:C0MTRIDERS',
    });
    expect(fresh.text).toBe(DANGER);
    // The emergency deadlines, counted from now (the pack: respond within 1 h, resolve within 24 h).
    expect(fresh.respondBy).toBe(T0 + HOUR);
    expect(fresh.resolveBy).toBe(T0 + 24 * HOUR);

    // The worker: the numbers at once, then one message with both numbers.
    const said = dmOf(t, worker).slice(seen).map(shown);
    expect(said[0]).toContain('请立即拨打');
    const told = said.filter((s) => s.includes(old) && s.includes(fresh.id));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`工单 ${old} 已经关闭`);
    expect(told[0]).toContain(`新的紧急报告 ${fresh.id}`);
    expect(said.join('\n')).not.toContain('这个问题已经办结了');

    // The secretaries: a new card, 特急, with the link to the closed ticket; the old one stays closed.
    expect(t.api.messages.get(TRIAGE)!.length).toBeGreaterThan(cards);
    const card = shown(await cardOf(t, fresh.id));
    expect(card).toContain('🔴');
    expect(card).toContain(`接续已关闭的工单 ${old}`);
    expect(card).toContain('叫不醒');
    expect((await tickets().get(old))!.status).toBe('resolved');
  });

  it('the same words again (no dialog left) are not a second report on the old ticket', async () => {
    const before = (await tickets().forWorker('slack', worker.id, 0, 5)).length;
    await dm(t, worker, '还是叫不醒，血止不住');
    // Outside a report the numbers come first and the words wait as a draft; nothing is filed unasked.
    expect((await tickets().forWorker('slack', worker.id, 0, 5)).length).toBe(before);
    expect(shown(dmOf(t, worker).at(-1))).toContain('请立即拨打');
  });
});

describe('calm words in a late answer', () => {
  it('keep today’s reply: the ticket is resolved, nothing new is filed', async () => {
    const worker = { id: 'U0LATECLM1', name: '小王' };
    const old = await resolvedWhileAsked(worker);
    const seen = dmOf(t, worker).length;
    await dm(t, worker, '是上周三中午那一单');
    expect(await tickets().countSince('slack', worker.id, 0)).toBe(1);
    const said = dmOf(t, worker).slice(seen).map(shown).join('\n');
    expect(said).toContain('这个问题已经办结了');
    expect(said).not.toContain('请立即拨打');
    expect((await tickets().get(old))!.status).toBe('resolved');
  });
});

describe('danger in "not solved" after the confirmation window', () => {
  it('files a new emergency report instead of "too late"', async () => {
    const worker = { id: 'U0LATEWIN1', name: '小赵' };
    c.set(T0 + 48 * HOUR);
    const old = await fileBySlack(t, worker, '配送费这个月降了两次，单价太低', ['contact']);
    await secretaryWrites(t, old, 'rs', '已向平台反映单价问题');
    const resolved = await resolvedMessage(worker, old);
    // Past the pack's confirmation window (3 days).
    c.advance(4 * 24 * HOUR);
    await t.interact(t.p.press(worker, resolved, `tw:no:${old}`));
    await t.settle();
    const seen = dmOf(t, worker).length;
    await dm(t, worker, '站长拿刀把他捅了，流了很多血，人叫不醒');

    const fresh = (await tickets().forWorker('slack', worker.id, 0, 5)).find((x) => x.id !== old)!;
    expect(fresh).toMatchObject({ urgency: 'emergency', follows: old, contact: true, anonymous: false });
    const said = dmOf(t, worker).slice(seen).map(shown).join('\n');
    expect(said).toContain('请立即拨打');
    expect(said).toContain(`新的紧急报告 ${fresh.id}`);
    expect(said).not.toContain('确认期');
    expect(shown(await cardOf(t, fresh.id))).toContain(`接续已关闭的工单 ${old}`);
  });

  it('calm words after the window still get "too late"', async () => {
    const worker = { id: 'U0LATEWIN2', name: '小钱' };
    const old = await fileBySlack(t, worker, '平台罚款申诉一直没人理');
    await secretaryWrites(t, old, 'rs', '申诉已转平台处理');
    const resolved = await resolvedMessage(worker, old);
    c.advance(4 * 24 * HOUR);
    await t.interact(t.p.press(worker, resolved, `tw:no:${old}`));
    await t.settle();
    const seen = dmOf(t, worker).length;
    await dm(t, worker, '还是没人处理，罚款也没退');
    expect(await tickets().countSince('slack', worker.id, 0)).toBe(1);
    expect(dmOf(t, worker).slice(seen).map(shown).join('\n')).toContain('已超过 3 天的确认期');
  });
});

describe('danger after close when the worker is out of reports for the hour', () => {
  it('at the ordinary limit the danger is still filed: an emergency has room of its own', async () => {
    const worker = { id: 'U0LATELIM2', name: '小郑' };
    const old = await resolvedWhileAsked(worker);
    // The pack allows 5 reports an hour: four more, all within the hour.
    for (const text of ['单价又降了', '罚款不合理', '站点不让休息', '电瓶被偷了'])
      await fileBySlack(t, worker, text);
    await dm(t, worker, DANGER);
    const mine = await tickets().forWorker('slack', worker.id, 0, 10);
    expect(mine).toHaveLength(6);
    expect(mine[0]).toMatchObject({ urgency: 'emergency', follows: old });
  });

  it('past the emergency room too: told the old ticket is closed and to call the numbers; nothing more is filed', async () => {
    const worker = { id: 'U0LATELIM1', name: '小冯' };
    const old = await resolvedWhileAsked(worker);
    const { reportsPerHour, extraEmergencyReports } = t.app.deps.content.get().settings;
    for (const text of ['单价又降了', '罚款不合理', '站点不让休息', '电瓶被偷了'])
      await fileBySlack(t, worker, text);
    for (let i = 0; i < extraEmergencyReports; i++)
      await fileBySlack(t, worker, `第${i + 1}个工友摔倒了 头一直流血`);
    const full = reportsPerHour + extraEmergencyReports;
    expect(await tickets().countSince('slack', worker.id, 0)).toBe(full);
    const seen = dmOf(t, worker).length;
    await dm(t, worker, DANGER);
    expect(await tickets().countSince('slack', worker.id, 0)).toBe(full);
    const said = dmOf(t, worker).slice(seen).map(shown).join('\n');
    expect(said).toContain('请立即拨打');
    expect(said).toContain(`工单 ${old} 已经关闭。请先拨打上面的电话`);
  });
});
