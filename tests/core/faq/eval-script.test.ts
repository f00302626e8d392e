/**
 * `npm run eval:faq`: several files or a glob, the agreed last line, and clear errors for bad lines.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FaqModelInput } from '../../helpers/fake-openai.js';

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
    expect(out).toMatch(/answerable, one tap: +1\.000 {2}\(right, or the right entry among the buttons of/);
    expect(out).toMatch(/latency p50=[\d.]+ ms {2}p99=[\d.]+ ms/);
    expect(out.trim().split('\n').at(-1)).toBe('accuracy=1.00 n=3');
    // The kind of answer is inferred from `expect` when a line does not say it.
    expect(out).toContain('by kind: entry=1.00 (1/1)  refusal=1.00 (1/1)  station=1.00 (1/1)');
  }, 60_000);

  it('scores with the word bridges of a file given by --transfer, or with none', async () => {
    const bridges = join(dir, 'bridges.json');
    writeFileSync(bridges, JSON.stringify({ about: 'test', bridges: { 查躯: [['体检', 1]] } }));
    const f = join(dir, 'bridged.json');
    writeFileSync(f, '{"q": "免费查躯", "expect": "health-check-tour"}\n');
    const content = join(ROOT, 'content');
    const withFile = await evalFaq(f, '--content', content, '--transfer', bridges);
    expect(withFile.out.trim().split('\n').at(-1)).toBe('accuracy=1.00 n=1');
    const none = await evalFaq(f, '--content', content, '--transfer', 'none');
    expect(none.out.trim().split('\n').at(-1)).toBe('accuracy=0.00 n=1');
    const missing = await evalFaq(f, '--content', content, '--transfer', join(dir, 'no-such.json'));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('--transfer: ENOENT');
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

describe('eval:faq --model (the model path, scored the same way)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-faq-model-'));
  const f = join(dir, 'model.jsonl');
  writeFileSync(
    f,
    [
      '{"q": "骑手体检在哪预约", "expect": "health-check-tour"}',
      '{"q": "公积金怎么提取", "expect": null}',
      '{"q": "体检要不要花钱", "expect": "health-check-tour"}',
      '{"q": "合生汇驿站几点开门", "expect": "warm-hesheng-hui"}',
    ].join('\n'),
  );
  /** The environment without any OPENAI_* variable, then the stand-in's when given. */
  const env = (baseURL?: string) => ({
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_'))),
    ...(baseURL ? { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'stand-in' } : {}),
  });
  const evalWith = (baseURL: string | undefined, ...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval-faq.ts'), ...args], {
      cwd: ROOT,
      env: env(baseURL),
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );

  it("scores the model's cited entry, counts its ungrounded answers as fallbacks, and keeps stations offline", async () => {
    const fake = await startFakeOpenAI((req) => {
      const input = JSON.parse(req.messages.find((m) => m.role === 'user')!.content) as FaqModelInput;
      // A model that answers the housing-fund question from whatever it was given (a wrong answer the eval
      // must count), and cites an entry it never received for the fee question (the bot falls back).
      const cite = input.question.includes('花钱') ? 'no-such-entry' : input.entries[0]!.id;
      return { content: JSON.stringify({ answer: '回答', used_ids: [cite], known: true }) };
    });
    try {
      const { code, out } = await evalWith(fake.baseURL, f, '--content', join(ROOT, 'content'), '--model');
      expect(code).toBe(0);
      const asked = fake.requests.map(
        (r) => (JSON.parse(r.messages.find((m) => m.role === 'user')!.content) as FaqModelInput).question,
      );
      expect(asked.sort()).toEqual(['体检要不要花钱', '公积金怎么提取', '骑手体检在哪预约'].sort());
      expect(out).toContain(
        'model stand-in: asked 3/4, answered 2, fell back 1 (ungrounded 1) to the offline answer',
      );
      expect(out).toContain('by kind: entry=1.00 (2/2)  refusal=0.00 (0/1)  station=1.00 (1/1)');
      expect(out.trim().split('\n').at(-1)).toBe('accuracy=0.75 n=4');
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('says what to set when no endpoint is configured', async () => {
    const { code, out } = await evalWith(undefined, f, '--model');
    expect(code).toBe(1);
    expect(out).toContain('--model needs an OpenAI-compatible endpoint: set OPENAI_API_KEY');
  }, 60_000);
});
