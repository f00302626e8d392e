/**
 * A secretary asks "在哪个位置？" and the worker answers with a shared location: the place reaches the branch as the
 * report's own place reads, and the worker is told it was passed on — not "请输入您的回复" with the place dropped
 * (QA22 #8).
 */
import { describe, expect, it } from 'vitest';
import { linesIn } from './helpers.js';
import { askOnCard, meituanTicket, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

describe('a place sent while the branch waits for an answer', () => {
  it('is passed on as the answer, and the worker is told so', async () => {
    const id = await meituanTicket(setup.app, 'rider-p1', '超时罚款50元不合理，是在站点门口被罚的');
    const triage = await askOnCard(setup.app, id, '是哪个站点？发个位置给我');
    expect(linesIn(setup.app, 'rider-p1').at(-1)!.text, triage).toContain('发个位置给我');

    await setup.app.type(':as rider-p1', ':dm', ':loc 31.28312 121.50871');
    const told = linesIn(setup.app, 'rider-p1').at(-1)!.text;
    expect(told).toContain('已转告支部书记');
    expect(told).not.toContain('请输入您的回复');
    const relayed = linesIn(setup.app, triage)
      .filter((l) => l.text.includes(id) && l.text.includes('回复'))
      .at(-1)!.text;
    expect(relayed).toContain('📍 31.28312, 121.50871');
    expect((await setup.app.app.deps.store.tickets.get(id))!.status).toBe('claimed');
  });
});
