/**
 * /gaps export after the organiser did what it asked (orgmonth, week 3): a wording taught in /gaps ("是已有条目") is
 * listed as a comment to add to that entry's questions; once the pack's entry holds it, the export no longer lists
 * it — it did, month after month, and the organiser could not tell what was left to copy. With nothing left, the
 * export says so. Real Redis, the console app, the sample pack.
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

const QUESTION = '大篷车啥时候开到我们站点';

describe('/gaps export once the taught wording is in the pack', () => {
  it('lists the wording to copy, then no longer once the entry holds it', async () => {
    await h.type(':dm', ':as rider-x1 zh-CN', QUESTION);
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take().slice(-1);
    await h.type(`:press 1 ${card!.id}`);
    const [choose] = h.take();
    const learn = buttonData(choose).indexOf(
      buttonData(choose).find((d) => d.endsWith(':health-check-tour'))!,
    );
    await h.type(`:press ${learn + 1} ${choose!.id}`);
    h.take();

    await h.type('/gaps export');
    expect(h.take()[0]?.text).toContain(`#   health-check-tour: ${QUESTION}`);

    // The organiser adds it to the entry's questions in faq/health.yaml; the pack is reloaded.
    const pack = await loadContentPack(SAMPLE_PACK);
    h.app.deps.content.replace({
      ...pack,
      faq: pack.faq.map((e) =>
        e.id === 'health-check-tour' ? { ...e, questions: [...e.questions, QUESTION] } : e,
      ),
    });
    await h.type('/gaps export');
    const [after] = h.take();
    expect(after?.text).not.toContain(QUESTION);
    expect(after?.text).toBe(
      '没有要导出的：没有待写进问答包的草稿条目，学到的问法也都已在问答包里（或还没有）。',
    );
    // The wording still answers (the pack's own question now).
    await h.type(':as rider-x2 zh-CN', ':dm', QUESTION);
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-tour:up');
  });
});
