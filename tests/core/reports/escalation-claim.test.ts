/**
 * Stop 35 leftover: the escalation chat's card had only 📄 查看详情, so an organiser reading "特急仍无人签收" there
 * could not take the ticket. The card now offers ✋ 签收 while the ticket waits for a claim; it is the district's
 * button — the claim script refuses anyone but an organiser, with words saying so — and once the ticket is held
 * the card says by whom. The ticket is then the organiser's like any claim: the triage card names them
 * "（区里）" and the worker is told. Real Redis, the console app, the sweep with the clock moved.
 */
import { describe, expect, it } from 'vitest';
import { fileFrom, useReportsApp } from './drive.js';
import { HOUR, latest, linesIn, press, T0, toasts } from './helpers.js';

const setup = useReportsApp({ bind: true });
const MIN = 60_000;

/** An emergency nobody claimed, escalated by the sweep at its respond deadline. */
async function escalatedEmergency(user: string): Promise<{ id: string; card: string }> {
  setup.clock.set(T0);
  await setup.app.type(`:as ${user} zh-CN`);
  const id = await fileFrom(setup.app, user, 'riders-meituan', '同事在宿舍晕倒了，叫不醒');
  await setup.app.app.jobs.sweep(T0 + HOUR + 5 * MIN);
  // The 督办 card, not the heads-up the chat got when the emergency was filed
  // (tests/adapters/telegram/escalation-summary.test.ts).
  const card = linesIn(setup.app, 'district-escalation').find(
    (l) => l.kind === 'send' && l.text.includes(id) && l.text.includes('督办'),
  );
  expect(card, 'the escalation card').toBeDefined();
  return { id, card: card!.id };
}

describe("the escalation chat's card", () => {
  it('lets an organiser claim the ticket there; it is theirs everywhere', async () => {
    const { id, card } = await escalatedEmergency('rider-ec1');
    expect(latest(setup.app, card)!.choices.join(' ')).toContain('签收');

    await setup.app.type(':as org-li', ':in district-escalation');
    await press(setup.app, 'district-escalation', '签收', card);
    expect(toasts(setup.app, 'district-escalation').at(-1)).toContain('已签收');

    const ticket = (await setup.app.app.deps.store.tickets.get(id))!;
    expect(ticket.status).toBe('claimed');
    expect(ticket.owner).toBe('console:org-li');
    // The escalation card loses its 签收 and says who holds it; 查看详情 stays.
    const now = latest(setup.app, card)!;
    expect(now.choices.join(' ')).not.toContain('签收');
    expect(now.choices.join(' ')).toContain('查看详情');
    expect(now.text).toContain('已由 org-li（区里） 签收');
    // The branch sees the district has it, and has no 签收 left.
    const triage = linesIn(setup.app, 'triage-meituan').find(
      (l) => l.kind === 'send' && l.text.includes(id),
    )!;
    expect(latest(setup.app, triage.id)!.text).toContain('org-li（区里）');
    expect(latest(setup.app, triage.id)!.choices.join(' ')).not.toContain('签收');
    // The worker is told as for any claim.
    expect(linesIn(setup.app, 'rider-ec1').some((l) => l.text.includes(`${id} 已由`))).toBe(true);
    // The sweep's repeats for an unclaimed emergency stop.
    expect((await setup.app.app.jobs.sweep(T0 + 2 * HOUR + 5 * MIN)).escalated).not.toContain(id);
  });

  it('refuses a branch secretary and anyone else there, in their language, and changes nothing', async () => {
    const { id, card } = await escalatedEmergency('rider-ec2');
    await setup.app.type(':as sec-meituan', ':in district-escalation');
    await press(setup.app, 'district-escalation', '签收', card);
    expect(toasts(setup.app, 'district-escalation').at(-1)).toContain('区里组织者');
    // Anyone else is a worker to the bot: told it is the district staff's button, in a worker's words (QA23).
    await setup.app.type(':as passer-by en', ':in district-escalation');
    await press(setup.app, 'district-escalation', '签收', card);
    const told = toasts(setup.app, 'district-escalation').at(-1);
    expect(told).toContain("district's staff");
    expect(told).toContain('nothing for you to do');
    expect(told).not.toContain('triage chat');
    await setup.app.type(':as rider-ec2 zh-CN', ':in district-escalation');
    await press(setup.app, 'district-escalation', '签收', card);
    expect(toasts(setup.app, 'district-escalation').at(-1)).toContain('区里工作人员用的，您不用按');

    const ticket = (await setup.app.app.deps.store.tickets.get(id))!;
    expect(ticket.status).toBe('new');
    expect(ticket.owner).toBeUndefined();
    expect(latest(setup.app, card)!.choices.join(' ')).toContain('签收');
  });

  it('says by whom once the branch has claimed it', async () => {
    const { id, card } = await escalatedEmergency('rider-ec3');
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    const triage = linesIn(setup.app, 'triage-meituan').find(
      (l) => l.kind === 'send' && l.text.includes(id),
    )!;
    await press(setup.app, 'triage-meituan', '签收', triage.id);
    const now = latest(setup.app, card)!;
    expect(now.text).toContain('已由 sec-meituan 签收');
    expect(now.choices.join(' ')).not.toContain('签收');
  });
});
