/**
 * QA8: a photo added to a filed ticket with the caption "冷库门内侧的把手断了" (the door's handle is broken)
 * made the ticket 🔴 特急 — "手…断了" was read as a broken hand — and sent the worker the emergency numbers.
 * A handle (门把手, 车把手, 扶手, 拉手) is not a hand; a hand broken in the 把 construction still is one.
 */
import { describe, expect, it } from 'vitest';
import { linesIn, press } from './helpers.js';
import { fileFrom, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

const textIn = (chat: string) =>
  linesIn(setup.app, chat)
    .map((l) => l.text)
    .join('\n');

async function addPhoto(user: string, caption: string): Promise<void> {
  await setup.app.type(`:as ${user}`, ':dm', `:photo ${caption}`);
  await press(setup.app, user, '补充到');
}

describe('a broken handle added to a ticket', () => {
  it('is added as evidence: the ticket keeps its urgency, nobody is told of danger', async () => {
    const id = await fileFrom(
      setup.app,
      'rider-hn1',
      'riders-meituan',
      '冷库的门从里面打不开，差点被关在里面',
    );
    const before = (await setup.app.app.deps.store.tickets.get(id))!.urgency;
    setup.app.take();
    await addPhoto('rider-hn1', '冷库门内侧的把手断了');

    expect(textIn('rider-hn1')).toContain(`已补充到 ${id}`);
    expect(textIn('rider-hn1')).not.toContain('如有人受伤或有危险');
    expect(textIn('triage-meituan')).toContain('冷库门内侧的把手断了');
    expect(textIn('triage-meituan')).not.toContain('已升级为紧急');
    expect((await setup.app.app.deps.store.tickets.get(id))!.urgency).toBe(before);
  });

  it('a hand broken in the 把 construction still raises it', async () => {
    const id = await fileFrom(setup.app, 'rider-hn2', 'riders-meituan', '站长扣了我这个月的工资');
    setup.app.take();
    await addPhoto('rider-hn2', '刚才他在这把手摔断了');

    expect(textIn('rider-hn2')).toContain('如有人受伤或有危险');
    expect(textIn('triage-meituan')).toContain('已升级为紧急');
    expect((await setup.app.app.deps.store.tickets.get(id))!.urgency).toBe('emergency');
  });
});
