import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-route.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function file(name: string, lines: string[]): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, lines.join('\n'));
  return p;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eval-route-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run eval:route', () => {
  it('prints the figures and ends with the summary line', async () => {
    const f = await file('ok.jsonl', [
      JSON.stringify({
        text: '国定路井盖没了',
        group: 'meituan-yangpu',
        category: 'road-hazard',
        branch: 'street-wujiaochang',
      }),
      JSON.stringify({
        text: '平台罚了我50',
        group: 'eleme-yangpu',
        category: 'pay-penalty',
        branch: 'eleme-yangpu',
      }),
      JSON.stringify({ text: '平台罚了我50', group: '', category: 'pay-penalty', branch: 'district-yangpu' }),
      JSON.stringify({ text: '你好', category: 'road-hazard', branch: 'district-yangpu' }),
    ]);
    const r = run(f);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.at(-1)).toBe('category=0.75 branch=1.00 n=4');
    expect(r.out).toContain('road-hazard → other');
  });

  it('scores urgency when lines give it: accuracy, emergency recall and precision, before the last line', async () => {
    const f = await file('urgency.jsonl', [
      JSON.stringify({
        text: '同事头上一直在流血，叫不醒',
        group: 'meituan-yangpu',
        category: 'accident-insurance',
        branch: 'meituan-yangpu',
        urgency: 'emergency',
        style: 'colloquial',
      }),
      JSON.stringify({
        text: '平台罚了我50',
        group: 'eleme-yangpu',
        category: 'pay-penalty',
        branch: 'eleme-yangpu',
        urgency: 'normal',
        style: 'plain',
      }),
      JSON.stringify({ text: '平台罚了我50', group: '', category: 'pay-penalty', branch: 'district-yangpu' }),
    ]);
    const r = run(f);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^category=[\d.]+ branch=[\d.]+ n=3$/);
    expect(r.out).toContain('urgency accuracy  1.00 (2/2)');
    expect(lines.at(-2)).toBe('emergency_recall=1.00 emergency_precision=1.00 (emergencies 1, flagged 1)');
    expect(r.out).toMatch(/per style \(category \/ branch\):\n {2}colloquial/);
  });

  it('exits 1 with a clear message on an unreadable file', () => {
    const r = run(path.join(dir, 'missing.jsonl'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*missing\.jsonl/);
  });

  it('exits 1 listing every bad line and unknown id', async () => {
    const f = await file('bad.jsonl', [
      '{not json',
      JSON.stringify({ text: 'x', category: 'nope', branch: 'district-yangpu' }),
      JSON.stringify({ text: 'x', group: 'no-such-group', category: 'other', branch: 'nowhere' }),
      JSON.stringify({ category: 'other', branch: 'district-yangpu' }),
    ]);
    const r = run(f);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.jsonl:1: not JSON');
    expect(r.err).toContain('bad.jsonl:2: unknown category "nope"');
    expect(r.err).toContain('bad.jsonl:3: unknown branch "nowhere"');
    expect(r.err).toContain('bad.jsonl:3: unknown group "no-such-group"');
    expect(r.err).toMatch(/bad\.jsonl:4: text: /);
  });

  it('exits 1 without a file argument', () => {
    const r = run();
    expect(r.code).toBe(1);
    expect(r.err).toContain('usage: npm run eval:route');
  });
});
