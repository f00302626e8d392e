/**
 * A secretary asks for a photo ("发个罚款截图") and the worker answers with one, or with a file: it reaches the branch
 * with the ticket, and the worker is told what was passed on — not only "已转告", and never "请输入您的回复" (QA22 #8).
 */
import { describe, expect, it } from 'vitest';
import { linesIn } from './helpers.js';
import { askOnCard, meituanTicket, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

async function asked(rider: string): Promise<{ id: string; triage: string }> {
  const id = await meituanTicket(setup.app, rider, '超时罚款50元不合理，站长不给解释');
  const triage = await askOnCard(setup.app, id, '发个罚款截图给我看看');
  expect(linesIn(setup.app, rider).at(-1)!.text).toContain('发个罚款截图给我看看');
  return { id, triage };
}

describe('a photo sent while the branch waits for an answer', () => {
  it('is passed on, and the worker is told the photo went with it', async () => {
    const { id, triage } = await asked('rider-ph1');
    const before = linesIn(setup.app, triage).length;
    await setup.app.type(':as rider-ph1', ':dm', ':photo');
    const told = linesIn(setup.app, 'rider-ph1').at(-1)!.text;
    expect(told).toContain('已转告支部书记');
    expect(told).toContain('1 张照片');
    expect(told).not.toContain('请输入您的回复');
    const relayed = linesIn(setup.app, triage).slice(before);
    expect(relayed.some((l) => l.text.includes(id))).toBe(true);
    const evidence = (await setup.app.app.deps.store.tickets.get(id))!.evidence;
    expect(evidence.filter((f) => f.kind === 'photo' && f.addedAt)).toHaveLength(1);
  });
});
