/**
 * An extension asked for before a ticket became an emergency: the raise voids it. The approvers are told
 * in the escalation channel that there is nothing to decide, the branch that the emergency deadline holds,
 * and an organiser pressing "approve" on the old request is told why it no longer applies — the resolve-by
 * stays the emergency one. A request asked afresh on the emergency ticket is decided as usual. Through the
 * Slack stand-in: real app, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { clock, HOUR, T0 } from './helpers.js';
import {
  bindRiders,
  cardOf,
  dm,
  ESCALATION,
  fileBySlack,
  ORGANISER,
  pressAndAnswer,
  secretaryWrites,
  SECRETARY,
  shown,
  TRIAGE,
} from './slack-loop.js';

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
const worker = { id: 'U0EXTRAISE', name: '小孙' };
const DAY = 24 * HOUR;

/** The secretary asks for `days` more from the card (延期 → the days → the reason in the prompt's thread). */
async function requestExtension(id: string, days: number, reason: string): Promise<void> {
  const mark = t.api.mark();
  await t.interact(t.p.press(SECRETARY, await cardOf(t, id), `tk:ex:${id}`));
  await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
  await t.settle();
  const chooser = t.api.lastMessage(TRIAGE)!;
  await pressAndAnswer(t, SECRETARY, chooser, `tk:xd:${id}:${days}`, reason);
}

/** The newest request for `id` in the escalation channel, with its approve/refuse buttons. */
const requestCard = (id: string) =>
  t.api.messages.get(ESCALATION)!.findLast((m) => JSON.stringify(m.blocks).includes(`tk:xa:${id}`))!;

/** The approve button of a request (its value names the request too). */
const approve = (id: string) => new RegExp(`^tk:xa:${id}:`);

const escalationSaid = () => (t.api.messages.get(ESCALATION) ?? []).map(shown).join('\n');
const triageSaid = () => (t.api.messages.get(TRIAGE) ?? []).map(shown).join('\n');

describe('an extension pending when the ticket becomes an emergency', () => {
  let id = '';
  let oldRequest: ReturnType<typeof requestCard>;

  it('before: the branch asked the worker, then asked for 7 more days; the request waits for approval', async () => {
    id = await fileBySlack(t, worker, '配送费这个月降了两次，单价太低');
    await secretaryWrites(t, id, 'ask', '是哪个站点？');
    await requestExtension(id, 7, '需要和平台协调，时间较长');
    const ticket = (await tickets().get(id))!;
    expect(ticket.ext?.until).toBe(ticket.resolveBy + 7 * DAY);
    oldRequest = requestCard(id);
    expect(shown(oldRequest)).toContain('延期申请');
  });

  it('the worker tells of danger: the request is void, approvers and branch are told', async () => {
    c.set(T0 + 2 * HOUR);
    await dm(t, worker, '站长拿刀把他捅了，流了很多血，人叫不醒');
    const ticket = (await tickets().get(id))!;
    expect(ticket.urgency).toBe('emergency');
    expect(ticket.ext).toBeUndefined();
    expect(ticket.resolveBy).toBe(T0 + 2 * HOUR + 24 * HOUR);
    expect(escalationSaid()).toContain(`${id}（美团外卖杨浦骑手支部）已升级为紧急`);
    expect(escalationSaid()).toContain('无需再审批');
    expect(triageSaid()).toContain(`${id} 已升级为紧急：延期至`);
  });

  it('"approve" on the old request is refused with the reason; the resolve-by stays the emergency one', async () => {
    const before = (await tickets().get(id))!;
    const mark = t.api.mark();
    await t.interact(t.p.press(ORGANISER, oldRequest, approve(id)));
    await t.api.waitFor('views.open', (p) => JSON.stringify(p.view).includes('延期申请已作废'), {
      after: mark,
    });
    await t.settle();
    // The old request's message now says so, without its buttons.
    const recorded = t.api.messages.get(ESCALATION)!.find((m) => m.ts === oldRequest.ts)!;
    expect(shown(recorded)).toContain('不再适用');
    expect(JSON.stringify(recorded.blocks)).not.toContain(`tk:xa:${id}`);
    const after = (await tickets().get(id))!;
    expect(after.resolveBy).toBe(before.resolveBy);
    expect(after.extensions).toBe(0);
    expect((await tickets().events(id)).map((e) => e.type)).toContain('extension-voided');
  });

  it('a request asked afresh on the emergency ticket is decided as usual', async () => {
    await requestExtension(id, 1, '伤者家属要求等鉴定结果');
    const before = (await tickets().get(id))!;
    expect(before.ext?.until).toBe(before.resolveBy + DAY);
    await t.interact(t.p.press(ORGANISER, requestCard(id), approve(id)));
    await t.settle();
    const after = (await tickets().get(id))!;
    expect(after.resolveBy).toBe(before.resolveBy + DAY);
    expect(after.extensions).toBe(1);
    expect(triageSaid()).toContain(`${id} 的延期申请已批准`);
  });
});

describe('the old request’s buttons after the branch asked again', () => {
  it('decide nothing: the new request waits for its own approval', async () => {
    const other = { id: 'U0EXTRAIS2', name: '小周' };
    const id = await fileBySlack(t, other, '平台罚款申诉一直没人理');
    await secretaryWrites(t, id, 'ask', '罚了多少？');
    await requestExtension(id, 3, '等平台回复');
    const old = requestCard(id);
    c.advance(HOUR);
    await dm(t, other, '他从楼上摔下来了，人叫不醒');
    c.advance(HOUR);
    await requestExtension(id, 1, '伤者还在医院');
    const pending = (await tickets().get(id))!.ext!;

    const mark = t.api.mark();
    await t.interact(t.p.press(ORGANISER, old, approve(id)));
    await t.api.waitFor('views.open', (p) => JSON.stringify(p.view).includes('延期申请已作废'), {
      after: mark,
    });
    await t.settle();
    const after = (await tickets().get(id))!;
    expect(after.ext).toEqual(pending);
    expect(after.extensions).toBe(0);
  });
});
