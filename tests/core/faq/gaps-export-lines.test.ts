/**
 * /gaps export of a wording asked over two lines: the export lists it on one line (`#   entry: …`), and that line
 * copied into the entry's questions is the wording — it was listed again every month, the pack's question compared
 * with the two lines as kept. Real Redis, the console app, the sample pack.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('/gaps export of a wording asked over two lines', () => {
  it('lists it on one line, and no longer once that line is in the entry', async () => {
    // Two lines in one message (the console's trailing backslash).
    await h.type(':dm', ':as rider-x1 zh-CN', '请问一下\\', '大篷车啥时候开到我们站点');
    h.take();
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take().slice(-1);
    await h.type(`:press 1 ${card!.id}`);
    const [choose] = h.take();
    const data = buttonData(choose);
    await h.type(`:press ${data.findIndex((d) => d.endsWith(':health-check-tour')) + 1} ${choose!.id}`);
    h.take();

    await h.type('/gaps export');
    const line = '请问一下 大篷车啥时候开到我们站点';
    expect(h.take()[0]?.text).toContain(`#   health-check-tour: ${line}`);

    // The organiser copies the line into the entry's questions; the pack is reloaded.
    const pack = await loadContentPack(SAMPLE_PACK);
    h.app.deps.content.replace({
      ...pack,
      faq: pack.faq.map((e) =>
        e.id === 'health-check-tour' ? { ...e, questions: [...e.questions, line] } : e,
      ),
    });
    await h.type('/gaps export');
    expect(h.take()[0]?.text).toBe(
      '没有要导出的：没有待写进问答包的草稿条目，学到的问法也都已在问答包里（或还没有）。',
    );
  });
});
