/**
 * Older copies of a ticket's card (QA7 #5): the full view a secretary or organiser opened with /ticket or
 * 📄 查看详情 — in the triage chat, in private — and the deadline reminder kept live 签收 buttons after the ticket
 * was claimed or moved. A stale 签收 is refused by the server whoever presses it; the copies are edited to the
 * ticket as it is now, and lose their buttons once it has left their branch. Real Redis, the console app.
 */
import { describe, expect, it } from 'vitest';
import type { IncomingButton } from '../../../src/core/types.js';
import { claim, fileFrom, useReportsApp } from './drive.js';
import { HOUR, latest, linesIn, press, T0, toasts } from './helpers.js';

const setup = useReportsApp({ bind: true });

/** The newest message in `chat` that is a full view of ticket `id` (it has the history). */
function viewIn(chat: string, id: string): string {
  const line = linesIn(setup.app, chat)
    .filter((l) => l.kind === 'send' && l.text.includes(id) && l.text.includes('办理记录'))
    .at(-1);
  if (!line) throw new Error(`no view of ${id} in ${chat}`);
  return line.id;
}

/** A press of `data` on message `messageId` as the platform would send it for a button drawn there earlier. */
function stalePress(user: string, chat: string, messageId: string, data: string): IncomingButton {
  return {
    type: 'button',
    updateId: `stale-${user}-${messageId}-${Math.random()}`,
    chat: { address: { channel: 'console', chatId: chat }, kind: 'group' },
    from: { channel: 'console', id: user, name: user },
    data,
    message: { address: { channel: 'console', chatId: chat }, messageId },
    pressId: `stale-${messageId}`,
  };
}

describe('copies of a ticket card', () => {
  it('a stale 签收 is refused by the server, and the copies are edited to the claimed ticket', async () => {
    const app = setup.app;
    const id = await fileFrom(app, 'rider-sc1', 'riders-meituan', '站长扣了我三百块钱说我超时');
    await app.type(':as sec-meituan-2', ':in triage-meituan', `/ticket ${id}`);
    const inTriage = viewIn('triage-meituan', id);
    await app.type(':as org-li', ':dm', `/ticket ${id}`);
    const inPrivate = viewIn('org-li', id);
    expect(latest(app, inTriage)!.choices.join()).toContain('签收');

    await claim(app, 'sec-meituan', 'triage-meituan', id);
    // Both copies now show the ticket as claimed, with a claimed ticket's buttons: no 签收.
    for (const copy of [inTriage, inPrivate]) {
      const now = latest(app, copy)!;
      expect(now.kind).toBe('edit');
      expect(now.text).toContain('办理中（签收人：sec-meituan）');
      expect(now.choices.join()).not.toContain('签收');
      expect(now.choices.join()).toContain('办结');
    }
    // A press of the 签收 the copy had (a client that still shows it) changes nothing: one owner, the other told who.
    await app.app.core.handle(stalePress('sec-meituan-2', 'triage-meituan', inTriage, `tk:claim:${id}`));
    expect(toasts(app, 'triage-meituan').at(-1)).toContain('已由 sec-meituan 签收');
    const ticket = (await app.app.deps.store.tickets.get(id))!;
    expect(ticket.owner).toBe('console:sec-meituan');
    expect((await app.app.deps.store.tickets.events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
  });

  it('once the ticket leaves the branch, its copies there keep no buttons; the reminder loses 签收 when claimed', async () => {
    const app = setup.app;
    const id = await fileFrom(app, 'rider-sc2', 'riders-meituan', '站长扣了我三百块钱说我超时');
    await app.type(':as sec-meituan-2', ':in triage-meituan', `/ticket ${id}`);
    const view = viewIn('triage-meituan', id);
    await app.type(':as sec-meituan', ':in triage-meituan');
    await press(app, 'triage-meituan', '转派', view);
    await press(app, 'triage-meituan', '饿了么');
    await app.type(':reply 是饿了么的单');
    expect((await app.app.deps.store.tickets.get(id))!.branch).toBe('eleme-yangpu');
    const after = latest(app, view)!;
    expect(after.text).toContain('承办：饿了么');
    expect(after.choices).toEqual([]);
    // The old branch's secretary pressing what the copy once had is refused.
    await app.app.core.handle(stalePress('sec-meituan-2', 'triage-meituan', view, `tk:claim:${id}`));
    expect(toasts(app, 'triage-meituan').at(-1)).toContain('需要相应权限');
    expect((await app.app.deps.store.tickets.get(id))!.status).toBe('new');

    // A reminder before the respond deadline offers 签收; once claimed it offers only 查看详情.
    const ticket = (await app.app.deps.store.tickets.get(id))!;
    setup.clock.set(ticket.respondBy - HOUR);
    await app.app.jobs.sweep(ticket.respondBy - HOUR);
    const reminder = linesIn(app, 'triage-eleme')
      .filter((l) => l.kind === 'send' && l.text.includes(id) && l.choices.some((c) => c.includes('签收')))
      .at(-1)!;
    expect(reminder).toBeDefined();
    await claim(app, 'sec-eleme', 'triage-eleme', id);
    const edited = latest(app, reminder.id)!;
    expect(edited.text).toBe(reminder.text);
    expect(edited.choices.join()).not.toContain('签收');
    expect(edited.choices.join()).toContain('查看详情');
    setup.clock.set(T0);
  });
});
