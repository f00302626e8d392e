/**
 * A worker edits, in the app's DM, their answer to a secretary's question after it was relayed to the triage
 * channel: the relayed message in the card's thread now reads the new words, marked "（已修改）". Slack end to end:
 * the real app, real Redis, the Bolt adapter and the Web API stand-in.
 */
import { describe, expect, it } from 'vitest';
import { BOT_USER } from '../../helpers/fake-slack-api.js';
import { fileToCard, SECRETARY, shown, TRIAGE, useSlackRiders } from '../../core/reports/slack-loop.js';

const worker = { id: 'U0WORKER07', name: '小周' };

const t = useSlackRiders();

describe('a worker edits an answer already relayed (Slack)', () => {
  it('the relayed message in the thread is updated in place with the new words', async () => {
    const { id, card } = await fileToCard(t, worker, {
      words: '平台超时罚款不合理，今天被扣了200块',
      category: 'pay-penalty',
    });

    let mark = t.api.mark();
    await t.interact(t.p.press(SECRETARY, card, `tk:ask:${id}`));
    await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
    await t.settle();
    mark = t.api.mark();
    await t.event(
      t.p.channelMessage(SECRETARY, TRIAGE, '请问是哪一单？', {
        thread_ts: card.ts,
        parent_user_id: BOT_USER,
      }),
    );
    await t.api.waitFor('chat.postMessage', (p) => p.channel === t.api.imOf(worker.id), { after: mark });
    await t.settle();

    mark = t.api.mark();
    const answer = t.p.dm(worker, '订单尾号 3521，中午那单');
    await t.event(answer);
    await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
    await t.settle();
    const relayed = t.api.lastMessage(TRIAGE)!;
    expect(shown(relayed)).toContain('3521');
    expect(relayed.thread_ts).toBe(card.ts);

    mark = t.api.mark();
    await t.event(t.p.edit(worker, '订单尾号 3528，中午十二点那单', { ts: answer.event.ts }));
    await t.api.waitFor('chat.update', (p) => p.channel === TRIAGE && p.ts === relayed.ts, { after: mark });
    await t.settle();
    const now = t.api.messages.get(TRIAGE)!.find((m) => m.ts === relayed.ts)!;
    expect(shown(now)).toContain('订单尾号 3528，中午十二点那单');
    expect(shown(now)).toContain('（已修改）');
    expect(shown(now)).not.toContain('3521');
    // Nothing new in the channel; the worker is told.
    expect(
      t.api.since(mark).filter((c) => c.method === 'chat.postMessage' && c.params.channel === TRIAGE),
    ).toEqual([]);
    expect(shown(t.api.lastMessage(t.api.imOf(worker.id)))).toContain(`已把修改后的内容转告支部（${id}）`);
  });
});
