/**
 * A district changes its pack while the bot is in use (QA21 #5–#7): v2 removes the street office a ticket and a
 * group belong to, and renames the ticket's category. What the organisers are told after v2 loads, what /queue
 * shows, and what a worker reads. Real app, real Redis, the grammY adapter against the Bot API stand-in.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Message, User } from 'grammy/types';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;
const ESCALATION = -1009999;
const GONE = 'street-wujiaochang';

let t: TelegramTestApp | undefined;
const dirs: string[] = [];
afterAll(async () => {
  await t?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** v2: the street office removed (its stations go to Kongjiang), the category road-hazard renamed road-danger. */
function packV2(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ws-pack-v2-'));
  dirs.push(dir);
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  const edit = (file: string, f: (s: string) => string) =>
    writeFileSync(path.join(dir, file), f(readFileSync(path.join(dir, file), 'utf8')));
  edit('branches.yaml', (s) => {
    const start = s.indexOf(`  - id: ${GONE}`);
    const end = s.indexOf('  - id: ', start + 10);
    return s.slice(0, start) + s.slice(end);
  });
  edit('routing.yaml', (s) =>
    s
      .split('\n')
      .filter((l) => !l.includes(`to: ${GONE}`))
      .join('\n')
      .replaceAll('road-hazard', 'road-danger'),
  );
  edit('stations.yaml', (s) => s.replaceAll(`branch: ${GONE}`, 'branch: street-kongjiang'));
  edit('categories.yaml', (s) => s.replaceAll('road-hazard', 'road-danger'));
  edit('faq/safety.yaml', (s) => s.replaceAll('road-hazard', 'road-danger'));
  return dir;
}

async function press(t: TelegramTestApp, rider: User, suffix: string) {
  const last = t.api.lastMessage(rider.id)!;
  const data = buttonsOf(last).find((b) => b.data?.endsWith(suffix))!.data!;
  await t.handle(t.u.press(last, rider, data));
}

/** A worker files a report in private; returns the ticket number. */
async function report(t: TelegramTestApp, rider: User, text: string): Promise<string> {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, text));
  await press(t, rider, ':ok');
  await press(t, rider, ':anon:1');
  const mark = t.api.mark();
  await press(t, rider, ':submit');
  const card = t.api
    .since(mark)
    .find((c) => c.method === 'sendMessage' && !c.error && String(c.params.text).includes('<b>JN-'));
  return /JN-\d{4}-\d{6}/.exec(String(card?.params.text))![0];
}

const textsTo = (t: TelegramTestApp, chat: number, mark = 0) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === chat && !c.error)
    .map((c) => String(c.params.text));

describe('a new pack version that removes a branch and renames a category', () => {
  it('organisers are told once, see the ticket in /queue and can transfer it; nobody reads a bare id', async () => {
    t = await createTelegramTestApp();
    const rider = t.u.person(8821);
    const id = await report(t, rider, '五角场路口的井盖没了，晚上骑车很危险');
    const ticket = await t.app.deps.store.tickets.get(id);
    expect(ticket?.branch).toBe(GONE);
    expect(ticket?.category).toBe('road-hazard');
    const organiser = t.u.person(ORGANISER);
    const group = t.u.group(-1005001, '五角场骑手群');
    await t.handle(t.u.groupText(group, organiser, `/bind ${GONE}`));
    await t.app.reports.start();
    // v1 leaves nothing behind: nothing told.
    expect(textsTo(t, ESCALATION).filter((x) => x.includes('⚠️'))).toEqual([]);

    // The bot restarts on v2.
    const { api, prefix, u } = t;
    await t.close({ keepData: true, keepApi: true });
    const v2 = packV2();
    t = await createTelegramTestApp({ api, prefix, contentDir: v2 });
    t.u = u;
    t.app.deps.delivery.start(['telegram']);
    let mark = t.api.mark();
    await t.app.reports.start();
    await t.api.waitFor('sendMessage', (p) => Number(p.chat_id) === ESCALATION, { after: mark });
    const told = textsTo(t, ESCALATION, mark).join('\n');
    expect(told).toContain('已移除的支部');
    expect(told).toContain(id);
    expect(told).toContain('五角场街道');
    expect(told).toContain('/bind');
    expect(told).toContain('五角场骑手群');
    expect(told).toContain('road-hazard');
    expect(t.logs.some((l) => String(l.msg).includes('branch the content pack no longer has'))).toBe(true);

    // A second replica (or a restart) on the same v2 tells nobody again.
    const again = await createTelegramTestApp({ api, prefix, contentDir: v2 });
    mark = t.api.mark();
    again.app.deps.delivery.start(['telegram']);
    await again.app.reports.start();
    expect(again.logs.some((l) => String(l.msg).includes('branch the content pack no longer has'))).toBe(
      true,
    );
    expect(again.logs.some((l) => String(l.msg).includes('organisers told what'))).toBe(false);
    await again.close({ keepData: true, keepApi: true });

    // /queue: the ticket is counted and has a row; opening it and transferring works.
    mark = t.api.mark();
    await t.handle(t.u.privateText(organiser, '/queue'));
    const overview = t.api.lastMessage(ORGANISER) as Message;
    expect(overview.text).toContain('合计：待办 1');
    expect(overview.text).toContain('不在问答包中的支部：待办 1');
    const row = buttonsOf(overview).find((b) => b.text.startsWith('不在问答包中的支部'))!;
    await t.handle(t.u.press(overview, organiser, row.data!));
    const queue = t.api.lastMessage(ORGANISER) as Message;
    expect(queue.text).toContain(id);
    expect(queue.text).toContain('承办：五角场街道（已移除）');
    expect(queue.text).not.toContain('road-hazard ');
    // Transfer from there: open it, ↪️ 转派, pick the branch that takes over.
    await t.handle(t.u.press(queue, organiser, buttonsOf(queue).find((b) => b.text === id)!.data!));
    const view = t.api.lastMessage(ORGANISER) as Message;
    const transfer = buttonsOf(view).find((b) => b.text.includes('转派'))!;
    await t.handle(t.u.press(view, organiser, transfer.data!));
    const choices = t.api.lastMessage(ORGANISER) as Message;
    const kongjiang = buttonsOf(choices).find((b) => b.text.includes('控江路街道'))!;
    await t.handle(t.u.press(choices, organiser, kongjiang.data!));
    await t.handle(t.u.privateText(organiser, '五角场街道已并入控江路街道'));
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('street-kongjiang');

    // The worker's /mytickets: the category's former name, never its id.
    mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '/mytickets'));
    const mine = textsTo(t, rider.id, mark).join('\n');
    expect(mine).toContain(id);
    expect(mine).not.toContain('road-hazard');
    expect(mine).not.toContain(GONE);

    // /group in the group bound to the removed branch names it.
    mark = t.api.mark();
    await t.handle(t.u.groupText(group, organiser, '/group'));
    expect(textsTo(t, group.id, mark).join('\n')).toContain('五角场街道（已移除）');
  });
});
