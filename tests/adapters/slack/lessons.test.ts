/**
 * A scheduled lesson with a quiz in a Slack channel: the picture is uploaded, then the lesson with the
 * quiz as Block Kit buttons; a tap is answered privately (an alert is a small modal) and the lesson
 * message is updated in place with the tally.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { clockAt, LESSONS_PACK, MONDAY_10 } from '../../core/lessons/fixtures.js';

const CHANNEL = 'C0LESSONS1';
const clock = clockAt(MONDAY_10);
let t: SlackTestApp;

beforeAll(async () => {
  t = await createSlackTestApp({ contentDir: LESSONS_PACK, now: clock.now });
  t.app.deps.delivery.start(['slack']);
  await t.app.deps.store.groups.bind({
    chat: `slack:${CHANNEL}`,
    branch: 'riders-test',
    locale: 'zh-CN',
    tags: [],
    title: '#riders-test',
    boundBy: 'slack:U0ORGTEST1',
    boundAt: MONDAY_10,
    active: true,
  });
});
afterAll(async () => {
  await t?.close();
});

describe('a lesson push in Slack', () => {
  it('uploads the picture, posts the lesson with quiz buttons, answers a tap privately and updates the tally', async () => {
    const mark = t.api.mark();
    const report = await t.app.lessons.tick(MONDAY_10);
    expect(report.pushes.map((p) => p.outcome)).toEqual(['queued']);
    const sent = await t.api.waitFor('chat.postMessage', (p) => p.channel === CHANNEL, {
      after: mark,
      timeoutMs: 10_000,
    });
    const upload = t.api.since(mark).find((c) => c.method === 'files.completeUploadExternal');
    expect(upload?.params.channel_id).toBe(CHANNEL);
    // The picture is described for a screen reader by the lesson's first line (series and number), not left wordless.
    // Sent as `alt_txt`, the name Slack's reference gives it (the SDK's filesUploadV2 says `alt_text`, QA26 #6).
    const picture = (t.api.messages.get(CHANNEL) ?? []).find((m) => m.files?.length)?.files?.[0];
    expect(picture?.alt).toContain('安全第一 · 第 1/3 课');
    expect(t.api.calls.indexOf(upload!)).toBeLessThan(t.api.calls.indexOf(sent));
    const blocks = JSON.stringify(sent.params.blocks);
    expect(blocks).toContain('头盔要戴好');
    expect(blocks).toContain('"value":"qz:safety-helmet:0"');

    await t.settle();
    const lesson = t.api.lastMessage(CHANNEL)!;
    const rider = { id: 'U0QUIZ0001' };
    const tap = t.api.mark();
    await t.interact(t.p.press(rider, lesson, 'qz:safety-helmet:0'));
    const update = await t.api.waitFor('chat.update', (p) => JSON.stringify(p.blocks).includes('1 人作答'), {
      after: tap,
      timeoutMs: 10_000,
    });
    expect(update.params.ts).toBe(lesson.ts);
    const feedback = t.api
      .since(tap)
      .find((c) => c.method === 'views.open' || c.method === 'chat.postEphemeral');
    expect(JSON.stringify(feedback?.params)).toContain('答对了');
  });
});
