/**
 * The FAQ loops' state changes are single scripts: racing presses and answers settle on exactly one
 * winner, and the loser is told who won.
 */
import { describe, expect, it } from 'vitest';
import { gapId } from '../../src/store/faq.js';
import { useTestStore } from '../helpers/app.js';

const t = useTestStore();
const BRANCHES = ['district-yangpu', 'meituan-yangpu'];

async function keptQuestion(branch?: string): Promise<string> {
  return t.store.faq.savePending({
    question: '驿站能代收快递吗',
    chat: 'telegram:-100500',
    messageId: '77',
    user: 'telegram:900',
    locale: 'zh-TW',
    ...(branch ? { branch } : {}),
    at: 1,
  });
}

describe('passing and answering a question', () => {
  it('passes once when two people press at the same time', async () => {
    const id = await keptQuestion('meituan-yangpu');
    const results = await Promise.all(
      [1, 2, 3].map(() => t.store.faq.pass(id, 5, BRANCHES, 'district-yangpu')),
    );
    expect(results.map((r) => r.result).sort()).toEqual(['ok', 'passed', 'passed']);
    expect((await t.store.faq.forwarded('meituan-yangpu')).map((q) => q.id)).toEqual([id]);
  });

  it('sends a question for a branch no longer in the pack to the district', async () => {
    const id = await keptQuestion('gone-branch');
    expect(await t.store.faq.pass(id, 5, BRANCHES, 'district-yangpu')).toEqual({
      result: 'ok',
      branch: 'district-yangpu',
    });
  });

  it('a question whose branch the worker names: two picks at once pass it once, and only the winner is kept', async () => {
    const id = await t.store.faq.savePending({
      question: '驿站能代收快递吗',
      chat: 'telegram:900',
      user: 'telegram:900',
      askBranch: true,
      at: 1,
    });
    const asker = { channel: 'telegram', userId: '900' };
    expect(await t.store.faq.pass(id, 5, BRANCHES, 'district-yangpu', asker)).toEqual({ result: 'choose' });
    expect(
      await t.store.faq.pass(id, 5, BRANCHES, 'district-yangpu', {
        channel: 'telegram',
        userId: '901',
        chosen: '-',
      }),
    ).toEqual({ result: 'not-yours' });
    const results = await Promise.all(
      ['meituan-yangpu', '-'].map((chosen) =>
        t.store.faq.pass(id, 5, BRANCHES, 'district-yangpu', { ...asker, chosen }),
      ),
    );
    expect(results.map((r) => r.result).sort()).toEqual(['ok', 'passed']);
    const won = results.find((r) => r.result === 'ok')!.branch;
    const chose = (await t.store.people.groupsOf('telegram', '900')).filter((n) => n.kind === 'chose');
    expect(chose.map((n) => n.branch)).toEqual(won === 'meituan-yangpu' ? ['meituan-yangpu'] : []);
    expect(await t.store.people.groupsOf('telegram', '901')).toEqual([]);
  });

  it('records one answer when two secretaries answer at once; the other learns who', async () => {
    const id = await keptQuestion('meituan-yangpu');
    expect(await t.store.faq.answer(id, 'telegram:1', 'A', 6, 'too early')).toEqual({ result: 'missing' });
    await t.store.faq.pass(id, 5, BRANCHES, 'district-yangpu');
    const [a, b] = await Promise.all([
      t.store.faq.answer(id, 'telegram:2001', '王书记', 7, '可以'),
      t.store.faq.answer(id, 'telegram:2011', '李书记', 7, '不行'),
    ]);
    expect(a).toEqual({ result: 'ok' });
    expect(b).toEqual({ result: 'answered', byName: '王书记', by: 'telegram:2001' });
    expect(await t.store.faq.question(id)).toMatchObject({
      status: 'answered',
      answer: '可以',
      locale: 'zh-TW',
    });
  });
});

describe('learned examples', () => {
  it('learns a gap once, bumps the version and closes the gap', async () => {
    await t.store.faq.logGap('体检车几号来', { text: '体检车几号来？' });
    const gap = gapId('体检车几号来');
    const first = await t.store.faq.learn('pack-a', gap, 'health-check-tour', 'console:org-li', 3);
    expect(first).toEqual({ text: '体检车几号来？', version: 1 });
    expect((await t.store.faq.topGaps(10)).map((g) => g.question)).not.toContain('体检车几号来');
    // Another pack's examples are its own.
    expect((await t.store.faq.learned('pack-b')).examples).toEqual([]);
    expect(await t.store.faq.learned('pack-a')).toEqual({
      version: 1,
      examples: [{ entry: 'health-check-tour', text: '体检车几号来？', by: 'console:org-li', at: 3 }],
    });
    // A second press on an old list (another entry) changes nothing: the gap was handled.
    expect(
      await t.store.faq.learn('pack-a', gap, 'health-check-report', 'console:org-wang', 4),
    ).toBeUndefined();
    expect((await t.store.faq.learned('pack-a')).examples.map((e) => e.entry)).toEqual(['health-check-tour']);
    expect(await t.store.faq.gap(gap)).toBeUndefined();
    expect(await t.store.faq.notePick('体检车几号来', 'health-check-report', 'telegram:7')).toBe(false);
  });
});

describe('picks from "did you mean"', () => {
  it('count once per asker, most picked first, and never make or outlive a gap', async () => {
    const q = '扣钱了不合理';
    expect(await t.store.faq.notePick(q, 'penalty-appeal', 'telegram:1')).toBe(false);
    expect(await t.store.faq.gap(gapId(q))).toBeUndefined();
    await t.store.faq.logGap(q, { text: '扣钱了不合理？' });
    const picks = await Promise.all([
      t.store.faq.notePick(q, 'penalty-appeal', 'telegram:1'),
      t.store.faq.notePick(q, 'penalty-appeal', 'telegram:1'),
      t.store.faq.notePick(q, 'platform-consultation', 'telegram:2'),
      t.store.faq.notePick(q, 'penalty-appeal', 'slack:U3'),
    ]);
    expect(picks.filter(Boolean)).toHaveLength(3);
    expect((await t.store.faq.gap(gapId(q)))?.picks).toEqual([
      { entry: 'penalty-appeal', count: 2 },
      { entry: 'platform-consultation', count: 1 },
    ]);
    expect((await t.store.faq.topGaps(50)).find((g) => g.question === q)?.picks[0]).toEqual({
      entry: 'penalty-appeal',
      count: 2,
    });
    // The worker's id is not kept in the clear.
    const fields = Object.keys(await t.store.redis.hgetall(t.store.keys.faqGap(gapId(q))));
    expect(fields.some((f) => f.includes('telegram:1'))).toBe(false);
  });
});

describe('an answer passed over for a runner-up', () => {
  it('makes a gap counted once per asker, keeping what was answered and what was meant', async () => {
    const q = '体检去哪约';
    const skip = (picker: string) =>
      t.store.faq.logGap(q, {
        kind: 'skipped',
        entry: 'health-check-tour',
        pick: { entry: 'health-check-report', picker },
      });
    const counts = await Promise.all([skip('telegram:5'), skip('telegram:5'), skip('slack:U6')]);
    expect(counts.filter((n) => n > 0)).toHaveLength(2);
    expect(await t.store.faq.gap(gapId(q))).toMatchObject({
      count: 2,
      skipped: 2,
      down: 0,
      entry: 'health-check-tour',
      picks: [{ entry: 'health-check-report', count: 2 }],
    });
    // A pick from "did you mean" by the same asker later is the same person: not counted again.
    expect(await t.store.faq.notePick(q, 'health-check-report', 'telegram:5')).toBe(false);
    const fields = Object.keys(await t.store.redis.hgetall(t.store.keys.faqGap(gapId(q))));
    expect(fields.some((f) => f.includes('telegram:5'))).toBe(false);
  });
});
