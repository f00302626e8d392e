/**
 * `npm run eval:faq -- … --learned redis://…`: the pack's learned examples, read from the bot's Redis,
 * count in the evaluation as they do in the bot.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { gapId } from '../../../src/store/faq.js';
import { useTestStore } from '../../helpers/app.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const evalFaq = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval-faq.ts'), ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

const t = useTestStore();

describe('eval:faq --learned', () => {
  it('includes the learned examples of the pack from Redis', async () => {
    const question = '大篷车啥时候开到我们站点';
    const faq = t.store.faq;
    await faq.logGap(question, { text: question });
    expect(
      await faq.learn('yangpu', gapId(question), 'health-check-tour', 'console:org-li', 1),
    ).toBeDefined();

    const dir = mkdtempSync(join(tmpdir(), 'eval-learned-'));
    const file = join(dir, 'q.jsonl');
    writeFileSync(file, `${JSON.stringify({ q: question, expect: 'health-check-tour' })}\n`);
    const without = await evalFaq(file);
    expect(without.out.trim().split('\n').at(-1)).toBe('accuracy=0.00 n=1');
    const withLearned = await evalFaq(file, '--learned', inject('redisUrl'), '--prefix', t.store.keys.prefix);
    expect(withLearned.code).toBe(0);
    expect(withLearned.out).toContain('learned examples: 1');
    expect(withLearned.out.trim().split('\n').at(-1)).toBe('accuracy=1.00 n=1');
  }, 60_000);
});
