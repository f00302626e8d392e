/**
 * Photos added to a ticket later reach the branch as pictures (found by QA: the triage chat read only "（附件 1 个）",
 * so the secretary could not see the screenshot the worker sent). They follow the relayed words, as the first
 * report's evidence photos follow its card.
 */
import { describe, expect, it } from 'vitest';
import { cardOf, claim, fileFrom, useReportsApp } from './drive.js';
import { linesIn, press, T0 } from './helpers.js';

const setup = useReportsApp({ bind: true });

describe('photos added after filing', () => {
  it('are posted in the triage chat after the words, as pictures the secretary can open', async () => {
    const id = await fileFrom(setup.app, 'rider-af1', 'riders-meituan', '站点押金500块辞职后一直不退', {
      anonymous: true,
    });
    await setup.app.type(':as rider-af1', ':dm', ':photo 押金收据', ':photo');
    await press(setup.app, 'rider-af1', `补充到 ${id}`);
    const triage = linesIn(setup.app, 'triage-meituan');
    const relay = triage.findIndex((l) => l.text.includes('报告人补充') && l.text.includes('押金收据'));
    expect(relay).toBeGreaterThanOrEqual(0);
    const photos = triage.slice(relay + 1).filter((l) => l.card?.photo);
    expect(photos).toHaveLength(2);
    expect(photos[0]!.text).toContain(`${id} 补充的照片 1/2`);
    expect(photos[1]!.text).toContain(`${id} 补充的照片 2/2`);
  });

  it("join the ticket's evidence, marked as added later, so /ticket counts them (QA5 #1)", async () => {
    const id = await fileFrom(setup.app, 'rider-af2', 'riders-meituan', '站点押金500块辞职后一直不退');
    await setup.app.type(':as rider-af2', ':dm', ':photo 押金收据', ':voice');
    await press(setup.app, 'rider-af2', `补充到 ${id}`);
    const ticket = (await setup.app.app.deps.store.tickets.get(id))!;
    expect(ticket.evidence).toHaveLength(2);
    expect(ticket.evidence.map((f) => [f.kind, f.addedAt])).toEqual([
      ['photo', T0],
      ['voice', T0],
    ]);
    expect(ticket.text).toBe('站点押金500块辞职后一直不退');
    await setup.app.type(':as org-li', ':dm', `/ticket ${id}`);
    expect(setup.app.take().join('\n')).toContain(
      '证据：照片 1 · 语音 1 · 其他 0（其中 2 个是报告人后来补充的）',
    );
  });

  it('a photo sent with the answer to a question joins the evidence too; added files are bounded', async () => {
    const id = await fileFrom(setup.app, 'rider-af3', 'riders-meituan', '站长罚了我两百 说我超时');
    await claim(setup.app, 'sec-meituan', 'triage-meituan', id);
    await press(setup.app, 'triage-meituan', '询问', cardOf(setup.app, 'triage-meituan', id));
    await setup.app.type(':reply 可以把罚款单拍照发来吗？');
    await setup.app.type(':as rider-af3', ':dm', ':photo 罚款单');
    let ticket = (await setup.app.app.deps.store.tickets.get(id))!;
    expect(ticket.evidence).toEqual([expect.objectContaining({ kind: 'photo', addedAt: T0 })]);
    // Twelve more: the evidence keeps ten added later in all (as many as one report brings); the branch got them all.
    await setup.app.type(...Array.from({ length: 6 }, () => ':photo'));
    await press(setup.app, 'rider-af3', `补充到 ${id}`);
    await setup.app.type(...Array.from({ length: 6 }, () => ':photo'));
    await press(setup.app, 'rider-af3', `补充到 ${id}`);
    ticket = (await setup.app.app.deps.store.tickets.get(id))!;
    expect(ticket.evidence).toHaveLength(10);
    expect(ticket.evidence.every((f) => f.addedAt === T0)).toBe(true);
  });
});
