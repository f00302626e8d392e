/**
 * What a screen reader (or the mobile app's notification) says of the cards the app posts in Slack (QA26): each button
 * is spoken with what its card is about — "✋ 签收" among a triage channel's cards names its ticket, "👍 有用" the
 * answer it rates — since a reader that moves from button to button never hears the card above it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp, type StoredMessage } from '../../helpers/fake-slack-api.js';
import { submitReport } from '../../core/reports/slack-loop.js';

const worker = { id: 'U0SRRIDER1', name: '小李' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };
const RIDERS = 'C0SRRIDERS';
const TRIAGE = 'C07TRIAGEMT';
const ESCALATION = 'C07ESCALATE';

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
  await t.command(t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'riders' }));
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

/** Each button of a message as the label it shows and the label a screen reader speaks. */
function spoken(m: StoredMessage | undefined): { shown: string; spoken: string }[] {
  return (m?.blocks ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as { text: { text: string }; accessibility_label?: string }[])
    .map((e) => ({ shown: e.text.text, spoken: e.accessibility_label ?? e.text.text }));
}

describe('buttons a screen reader can make sense of alone', () => {
  it('each triage card button names its ticket', async () => {
    await submitReport(
      t,
      worker,
      { words: '站长扣了我两百块，说我超时', category: 'pay-penalty' },
      { args: '站长扣了我两百块', channel: RIDERS },
    );
    const card = t.api.lastMessage(TRIAGE)!;
    const id = /[A-Z]{2}-\d{4}-\d{6}/.exec(card.text)![0];
    const buttons = spoken(card);
    expect(buttons.map((b) => b.shown)).toContain('✋ 签收');
    for (const b of buttons) {
      expect(b.spoken).toContain(b.shown);
      expect(b.spoken).toContain(id);
    }
  });

  it('a refused press is answered in a small window whose close button speaks the person’s language', async () => {
    const card = t.api.lastMessage(TRIAGE)!;
    const before = t.api.views.length;
    await t.interact(t.p.press(worker, card, /^tk:claim:/));
    await t.api.waitFor('views.open', () => t.api.views.length > before);
    const alert = t.api.views[t.api.views.length - 1]!.view as { close?: { text: string } };
    expect(JSON.stringify(alert)).toContain('权限');
    expect(alert.close?.text).toBe('知道了');
  });

  it('the escalation channel’s heads-up of an emergency: 签收 and 查看详情 name the ticket', async () => {
    await t.event(t.p.dm(worker, '我被车撞了 腿在流血'));
    await t.settle();
    const sos = t.api.lastMessage(t.api.imOf(worker.id))!;
    await t.interact(t.p.press(worker, sos, 0));
    await t.api.waitFor('chat.postMessage', (p) => p.channel === ESCALATION);
    await t.settle();
    const alert = t.api.lastMessage(ESCALATION)!;
    const id = /[A-Z]{2}-\d{4}-\d{6}/.exec(alert.text)![0];
    expect(spoken(alert).map((b) => b.shown)).toEqual(['✋ 签收', '📄 查看详情']);
    for (const b of spoken(alert)) expect(b.spoken).toContain(id);
  });

  it('an answer’s 👍 and 👎 name the answer they rate', async () => {
    await t.event(t.p.dm(worker, '体检怎么报名'));
    await t.settle();
    const answer = t.api.lastMessage(t.api.imOf(worker.id))!;
    const title = answer.text.split('\n')[0]!;
    const votes = spoken(answer).filter((b) => /👍|👎/.test(b.shown));
    expect(votes).toHaveLength(2);
    for (const b of votes) expect(b.spoken).toContain(title.slice(0, 10));
  });
});

describe('buttons whose own words say what they act on (QA26 #4)', () => {
  it('/waystation gaps: "1. 写答案" is spoken with the question, not the list’s title', async () => {
    for (const words of ['公积金怎么提取', '公积金怎么提取？']) await t.event(t.p.dm(worker, words));
    await t.settle();
    await t.command(t.p.command(organiser, '/waystation', 'gaps', { channel: t.api.imOf(organiser.id) }));
    await t.settle();
    const card = t.api.lastMessage(t.api.imOf(organiser.id))!;
    const first = spoken(card).filter((b) => b.shown.startsWith('1.'));
    expect(first.map((b) => b.shown)).toContain('1. 写答案');
    for (const b of first) expect(b.spoken).toMatch(/^1\. .+ — 公积金怎么提取/);
  });

  it('the station list: "⚠️ 1号有问题" is spoken with the station’s name', async () => {
    await t.command(t.p.command(worker, '/waystation', 'stations', { channel: t.api.imOf(worker.id) }));
    await t.settle();
    const list = t.api.lastMessage(t.api.imOf(worker.id))!;
    const reports = spoken(list).filter((b) => b.shown.startsWith('⚠️'));
    expect(reports.length).toBeGreaterThan(1);
    const names = reports.map((b) => b.spoken.split(' — ')[1] ?? '');
    expect(new Set(names).size).toBe(reports.length);
    for (const name of names) expect(list.text).toContain(name);
  });
});
