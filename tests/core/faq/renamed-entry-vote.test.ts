/**
 * QA21 #12: a 👎 on an answer whose FAQ entry a new pack renamed. It answered "这个按钮已失效" and the vote was lost.
 * The question is kept a week (`{p}:faq:q:{id}`): the 👎 now counts for /gaps under the old entry id, shown as no
 * longer in the pack, and still offers passing the question to the branch. Real app (console), real Redis; the
 * sample pack reloaded with `health-check-tour` renamed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleLine } from '../../../src/adapters/console/adapter.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
let v2: string;
beforeAll(async () => {
  h = await startHarness();
  v2 = mkdtempSync(join(tmpdir(), 'ws-faq-v2-'));
  cpSync(SAMPLE_PACK, v2, { recursive: true });
  const file = join(v2, 'faq/health.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('id: health-check-tour\n', 'id: health-check-free\n'),
  );
});
afterAll(async () => {
  await h.close();
  rmSync(v2, { recursive: true, force: true });
});

const pressed = (line: ConsoleLine, prefix: string) =>
  buttonData(line).findIndex((d) => d.startsWith(prefix)) + 1;

describe('a 👎 on an answer whose entry the new pack renamed (QA21 #12)', () => {
  it('counts for /gaps under the old id, shown as removed, and still offers passing the question on', async () => {
    await h.type(':dm', ':as rider-old zh-CN', '骑手体检是免费的吗');
    const [answer] = h.take();
    expect(buttonData(answer)).toContain('fb:health-check-tour:down');

    // The pack is edited while the bot runs; the old answer's 👎 is pressed afterwards.
    h.app.deps.content.replace(await loadContentPack(v2));
    await h.type(`:press ${pressed(answer!, 'fb:health-check-tour:down')} ${answer!.id}`);
    const out = h.take();
    expect(out.map((l) => l.text).join('\n')).not.toContain('失效');
    expect(out.find((l) => l.kind === 'toast')?.text).toContain('谢谢反馈');
    const offer = out.find((l) => l.kind === 'send')!;
    expect(offer.text).toContain('转给');
    await h.type(`:press ${pressed(offer, 'faq:pass:')} ${offer.id}`);
    const triage = h.take().find((l) => l.to.chatId === 'triage-district');
    expect(triage?.text).toContain('骑手体检是免费的吗');

    // Pressed again: not counted twice.
    await h.type(`:press ${pressed(answer!, 'fb:health-check-tour:down')} ${answer!.id}`);
    h.take();
    const gap = (await h.app.deps.store.faq.topGaps(100)).find((g) => g.question.includes('体检'));
    expect(gap).toMatchObject({ down: 1, entry: 'health-check-tour' });

    await h.type(':as org-li zh-CN', ':dm', '/gaps');
    expect(h.take()[0]?.text).toContain('👎 1（「health-check-tour（已不在问答包中）」）');
  });

  it('a 👎 naming an entry its answer was not (a forged button) counts nothing and says the answer changed', async () => {
    await h.type(':dm', ':as rider-forge zh-CN', '骑手体检要花钱吗');
    const [answer] = h.take();
    const before = await h.app.deps.store.faq.topGaps(100);
    await h.app.core.handle({
      type: 'button',
      updateId: 'forged-vote-1',
      chat: { address: answer!.to, kind: 'private' },
      from: { channel: 'console', id: 'rider-forge' },
      data: 'fb:rider-parking-gone:down',
      message: { address: answer!.to, messageId: answer!.id },
      pressId: 'p-forged-vote',
    });
    const out = h.take();
    expect(out.find((l) => l.kind === 'toast')?.text).toContain('这条回答已经更新过了，请重新问一次。');
    expect(out.filter((l) => l.kind === 'send')).toEqual([]);
    expect(await h.app.deps.store.faq.topGaps(100)).toEqual(before);
  });
});
