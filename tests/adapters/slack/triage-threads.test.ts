/**
 * A ticket's conversation in the triage channel lives in the thread of its card: the card is the one
 * top-level message per ticket (edited in place), its evidence photos, prompts and relayed replies are
 * under it, and a /waystation ticket view keeps its photos under itself (posted once for a person who asks again
 * within minutes).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { submitReport } from '../../core/reports/slack-loop.js';

const worker = { id: 'U0WORKER04', name: '小陈' };
const secretary = { id: 'U07MTSEC001', name: '王书记' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };
const RIDERS = 'C0MTRIDER4';
const TRIAGE = 'C07TRIAGEMT';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
  t.api.addFile('F0EVIDPNG4', PNG, { name: 'lock.png', mimetype: 'image/png' });
  t.api.addFile('F0EVIDPNG5', PNG, { name: 'wheel.png', mimetype: 'image/png' });
  await t.command(
    t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'meituan-riders' }),
  );
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

const topLevel = (mark: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'chat.postMessage' && c.params.channel === TRIAGE && !c.params.thread_ts);

it('the evidence photos go under the card; a /waystation ticket view keeps its photos under itself', async () => {
  const mark = t.api.mark();
  await submitReport(
    t,
    worker,
    { words: '站点门口的地锁把车卡坏了', category: 'other', photos: ['F0EVIDPNG4', 'F0EVIDPNG5'] },
    { channel: RIDERS },
  );
  const posted = t.api
    .since(mark)
    .filter((c) => c.method === 'chat.postMessage' && c.params.channel === TRIAGE);
  const cards = topLevel(mark);
  expect(cards).toHaveLength(1);
  const card = t.api.messages.get(TRIAGE)!.find((m) => !m.thread_ts)!;
  // Both photos in one message under the card (QA13: one message per photo), each titled with its caption.
  const photos = posted.filter((c) => JSON.stringify(c.params.blocks ?? []).includes('F0EVIDPNG'));
  expect(photos).toHaveLength(1);
  expect(photos[0]!.params.thread_ts).toBe(card.ts);
  const images = (photos[0]!.params.blocks as { type: string; title?: { text: string } }[]).filter(
    (b) => b.type === 'image',
  );
  const id = /([A-Z]+-\d{4}-\d+)/.exec(card.text)![1]!;
  expect(images.map((b) => b.title?.text)).toEqual([
    expect.stringContaining(`${id} 的证据照片 1/2`),
    expect.stringContaining(`${id} 的证据照片 2/2`),
  ]);

  /** A /waystation ticket view by `who`: the view's own message, and the photo messages posted with it. */
  const view = async (who: typeof secretary) => {
    const mark = t.api.mark();
    await t.command(t.p.command(who, '/waystation', `ticket ${id}`, { channel: TRIAGE, name: 'triage' }));
    await t.settle();
    expect(topLevel(mark)).toHaveLength(1);
    const shown = t.api.messages
      .get(TRIAGE)!
      .filter((m) => !m.thread_ts)
      .at(-1)!;
    const photos = t.api
      .since(mark)
      .filter(
        (c) => c.method === 'chat.postMessage' && JSON.stringify(c.params.blocks).includes('F0EVIDPNG4'),
      );
    return { shown, photos };
  };

  // The first view keeps its photos under itself.
  const first = await view(secretary);
  expect(first.photos.map((c) => c.params.thread_ts)).toEqual([first.shown.ts]);
  expect(first.shown.text).not.toContain('不再重发');

  // The same person asking again minutes later: the photos are not posted again; the view says where they are.
  const again = await view(secretary);
  expect(again.photos).toEqual([]);
  expect(again.shown.text).toContain('这 2 张照片几分钟前已随您对这张工单的查看发过');

  // Someone else's view has the photos under it.
  const other = await view(organiser);
  expect(other.photos.map((c) => c.params.thread_ts)).toEqual([other.shown.ts]);
});
