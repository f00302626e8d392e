/**
 * A claimer taken out of the pack (QA11 #4): sec-meituan-2 claims tickets, then branches.yaml drops them. The
 * card, /ticket, the board and the reminder say "（已不在名单）", the branch's secretaries get 签收 again, and
 * 签收 takes the ticket over — only from a claimer who is gone, and one of two pressing at once.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingButton } from '../../../src/core/types.js';
import { createTestApp, SAMPLE_PACK, type TestApp } from '../../helpers/app.js';
import { waitFor } from '../../helpers/wait.js';
import { bindGroups, boardPage, cardOf, claim, fileFrom } from './drive.js';
import { clock, HOUR, latest, linesIn, press, T0, toasts } from './helpers.js';

const TRIAGE = 'triage-meituan';
const c = clock();
let app: TestApp;
let dir: string;
const ids: string[] = [];

const tickets = () => app.app.deps.store.tickets;
const card = (id: string) => latest(app, cardOf(app, TRIAGE, id))!;

function pressUpdate(user: string, data: string, n: number): IncomingButton {
  return {
    type: 'button',
    updateId: `gone-${user}-${n}`,
    chat: { address: { channel: 'console', chatId: TRIAGE }, kind: 'group' },
    from: { channel: 'console', id: user, name: user },
    data,
    pressId: `gone-${n}`,
  };
}

beforeAll(async () => {
  c.set(T0);
  dir = await mkdtemp(path.join(tmpdir(), 'ws-owner-gone-'));
  await cp(SAMPLE_PACK, dir, { recursive: true });
  app = await createTestApp({ contentDir: dir, now: c.now });
  await bindGroups(app);
  for (const [rider, text] of [
    ['rider-g1', '今天中午超时被罚款50元，站长说不能申诉'],
    ['rider-g2', '站点这个月少发了300元工资，问站长也不给说法'],
  ] as const) {
    const id = await fileFrom(app, rider, 'riders-meituan', text);
    await claim(app, 'sec-meituan-2', TRIAGE, id);
    ids.push(id);
  }
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a claimer who is no longer in the pack', () => {
  it('while listed, nobody else can claim over them', async () => {
    const [id] = ids as [string];
    expect(card(id).text).toContain('签收人：sec-meituan-2）');
    expect(card(id).choices).not.toContain('✋ 签收');
    await app.app.core.handle(pressUpdate('sec-meituan', `tk:claim:${id}`, 1));
    expect(toasts(app, TRIAGE).at(-1)).toContain('已由 sec-meituan-2 签收');
    expect((await tickets().get(id))!.owner).toBe('console:sec-meituan-2');
  });

  it('once dropped from branches.yaml: the card says so and offers 签收 at once', async () => {
    const file = path.join(dir, 'branches.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('console: [sec-meituan, sec-meituan-2]', 'console: [sec-meituan]'));
    const meituan = () => app.app.deps.content.get().branches.find((b) => b.id === 'meituan-yangpu')!;
    await waitFor(() => !meituan().secretaries.console.includes('sec-meituan-2'), 'the pack reloaded');
    // No event on the ticket: the reload itself draws the cards of the tickets they hold.
    for (const id of ids)
      await waitFor(
        () => card(id).text.includes('签收人：sec-meituan-2（已不在名单）'),
        `${id}'s card drawn`,
      );
    expect(card(ids[0]!).choices[0]).toBe('✋ 签收');
  });

  it('/ticket, the board and the reminder say so too, and offer 签收', async () => {
    const [id] = ids as [string];
    await app.type(':as sec-meituan', `:in ${TRIAGE}`, `/ticket ${id}`);
    const view = linesIn(app, TRIAGE)
      .filter((l) => l.kind === 'send')
      .at(-1)!;
    expect(view.text).toContain('签收人：sec-meituan-2（已不在名单）');
    expect(view.choices).toContain('✋ 签收');

    const page = await boardPage(app, 'sec-meituan', `/board/t/${id}`);
    expect(page).toContain('签收人：sec-meituan-2（已不在名单）');
    expect(page).toContain(`action="/board/t/${id}/claim"`);

    await app.app.jobs.sweep(T0 + 126 * HOUR + 60_000);
    const reminder = linesIn(app, TRIAGE)
      .filter((l) => l.kind === 'send' && l.text.includes('⏰'))
      .at(-1)!;
    expect(reminder.text).toContain('承办人：sec-meituan-2（已不在名单）');
    expect(reminder.choices).toEqual(['✋ 签收', '📄 查看详情']);
  });

  it('签收 by the branch’s secretary takes it over; the history says from whom', async () => {
    const [id] = ids as [string];
    await app.type(':as sec-meituan', `:in ${TRIAGE}`);
    await press(app, TRIAGE, '签收', cardOf(app, TRIAGE, id));
    const t = (await tickets().get(id))!;
    expect(t).toMatchObject({ owner: 'console:sec-meituan', status: 'claimed' });
    expect(card(id).text).toContain('签收人：sec-meituan）');
    expect(card(id).text).not.toContain('已不在名单');
    expect(card(id).choices).not.toContain('✋ 签收');
    await app.type(`/ticket ${id}`);
    const view = linesIn(app, TRIAGE)
      .filter((l) => l.kind === 'send')
      .at(-1)!;
    expect(view.text).toContain('sec-meituan 签收接手（原签收人 sec-meituan-2 已不在名单）');
    // Taken now by someone listed: 签收 again is refused.
    await app.app.core.handle(pressUpdate('org-li', `tk:claim:${id}`, 2));
    expect(toasts(app, TRIAGE).at(-1)).toContain('已由 sec-meituan 签收');
  });

  it('two pressing 签收 at once: one takes it over, the other is told who', async () => {
    const id = ids[1]!;
    await Promise.all([
      app.app.core.handle(pressUpdate('sec-meituan', `tk:claim:${id}`, 3)),
      app.app.core.handle(pressUpdate('org-li', `tk:claim:${id}`, 4)),
    ]);
    const t = (await tickets().get(id))!;
    expect(['console:sec-meituan', 'console:org-li']).toContain(t.owner);
    const overs = (await tickets().events(id)).filter((e) => e.type === 'claimed' && e.previous);
    expect(overs).toHaveLength(1);
    expect(overs[0]!.previous).toBe('console:sec-meituan-2');
    expect(toasts(app, TRIAGE).slice(-2).join('\n')).toContain(`已由 ${t.owner!.split(':')[1]} 签收`);
  });
});
