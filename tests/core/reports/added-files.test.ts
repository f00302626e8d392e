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

  it('/ticket shows a photo added alone as a photo addition, and follows the view with the photos (QA7 #4)', async () => {
    const id = await fileFrom(setup.app, 'rider-af4', 'riders-meituan', '站点押金500块辞职后一直不退');
    await setup.app.type(':as rider-af4', ':dm', ':photo', ':photo');
    await press(setup.app, 'rider-af4', `补充到 ${id}`);
    await setup.app.type(':photo 收据');
    await press(setup.app, 'rider-af4', `补充到 ${id}`);
    setup.app.take();

    await setup.app.type(':as sec-meituan zh-CN', ':dm', `/ticket ${id}`);
    const view = linesIn(setup.app, 'sec-meituan');
    const text = view.map((l) => l.text).join('\n');
    expect(text).toContain('rider-af4 补充：📷 照片 2 张');
    expect(text).toContain('rider-af4 补充：收据 · 📷 照片');
    expect(text).not.toMatch(/补充：\s*$/m);
    // As the first report's evidence follows its card: the pictures themselves, after the view.
    const photos = view.filter((l) => l.card?.photo);
    expect(photos.map((l) => l.text.split('\n').at(-1))).toEqual([
      `${id} 补充的照片 1/3`,
      `${id} 补充的照片 2/3`,
      `${id} 补充的照片 3/3`,
    ]);
    expect(view.indexOf(photos[0]!)).toBeGreaterThan(view.findIndex((l) => l.text.includes('办理记录')));

    // The same secretary reading English (they wrote Chinese in an earlier test: told to read English).
    setup.app.take();
    const people = setup.app.app.deps.store.people;
    await people.setWrittenLocale('console', 'sec-meituan', 'en');
    await setup.app.type(':as sec-meituan en', `/ticket ${id}`);
    const en = linesIn(setup.app, 'sec-meituan')
      .map((l) => l.text)
      .join('\n');
    expect(en).toContain('rider-af4 added: 📷 2 photos');
    expect(en).toContain('rider-af4 added: 收据 · 📷 photo');
    await people.setWrittenLocale('console', 'sec-meituan', 'zh-CN');
    await setup.app.type(':as sec-meituan zh-CN');
  });
});
