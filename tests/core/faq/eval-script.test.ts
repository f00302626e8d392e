/**
 * `npm run eval:faq`: several files or a glob, the agreed last line, and clear errors for bad lines.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const evalFaq = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval-faq.ts'), ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

describe('eval:faq', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-faq-'));
  writeFileSync(
    join(dir, 'a-benefits.jsonl'),
    [
      '{"q": "骑手体检在哪预约", "expect": "health-check-tour"}',
      '{"q": "明天会下雨吗", "expect": null}',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'b-stations.jsonl'),
    '{"q": "", "location": {"lat": 31.2748, "lon": 121.5281}, "expect": "warm-kongjiang-community"}\n',
  );

  it('scores several files given as a glob, and ends with accuracy=… n=…', async () => {
    const { code, out } = await evalFaq(join(dir, '*.jsonl'), '--content', join(ROOT, 'content'));
    expect(code).toBe(0);
    expect(out).toContain('a-benefits.jsonl: accuracy 1.000 (n=2)');
    expect(out).toContain('b-stations.jsonl: accuracy 1.000 (n=1)');
    expect(out).toMatch(/unanswerable, refused: +1\.000/);
    expect(out).toMatch(/latency p50=[\d.]+ ms {2}p99=[\d.]+ ms/);
    expect(out.trim().split('\n').at(-1)).toBe('accuracy=1.00 n=3');
    // The kind of answer is inferred from `expect` when a line does not say it.
    expect(out).toContain('by kind: entry=1.00 (1/1)  refusal=1.00 (1/1)  station=1.00 (1/1)');
  }, 60_000);

  it('breaks the figures down by kind and by style when the lines give them', async () => {
    const f = join(dir, 'styled.json');
    writeFileSync(
      f,
      [
        '{"q": "骑手体检在哪预约", "expect": "health-check-tour", "kind": "entry", "style": "plain"}',
        '{"q": "tijian zai na yuyue", "expect": "health-check-tour", "style": "pinyin"}',
        '{"q": "明天会下雨吗", "expect": null, "style": "plain"}',
      ].join('\n'),
    );
    const { code, out } = await evalFaq(f);
    expect(code).toBe(0);
    expect(out).toMatch(/by kind: entry=[\d.]+ \(\d\/2\) {2}refusal=1\.00 \(1\/1\)/);
    expect(out).toMatch(/by style: pinyin=[\d.]+ \(\d\/1\) {2}plain=1\.00 \(2\/2\)/);
    expect(out.trim().split('\n').at(-1)).toMatch(/^accuracy=[\d.]+ n=3$/);
  }, 60_000);

  it('lists every bad line and exits 1', async () => {
    writeFileSync(
      join(dir, 'bad.txt'),
      ['{"q": "x", "expect": "no-such-entry"}', 'not json', '{"expect": null}'].join('\n'),
    );
    const { code, out } = await evalFaq(join(dir, 'bad.txt'));
    expect(code).toBe(1);
    expect(out).toContain('bad.txt:1: unknown id "no-such-entry"');
    expect(out).toContain('bad.txt:2: not JSON');
    expect(out).toContain('bad.txt:3: q:');
  }, 60_000);
});
