import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatRequest } from '../helpers/fake-openai.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-route.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same, without blocking this process: the model stand-in answers from here. */
function runWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  return new Promise<{ code: number; out: string; err: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/eval-route.ts', ...args],
      { cwd: root, encoding: 'utf8', env },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, out: stdout, err: stderr }),
    );
  });
}

/** The environment without any OPENAI_* variable, plus `extra`. */
function envWith(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_')));
  return { ...env, ...extra };
}

/** The report text as the classifier sends it to the model. */
const reportOf = (req: ChatRequest): string =>
  (JSON.parse(req.messages.find((m) => m.role === 'user')!.content) as { report: string }).report;

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

describe('npm run eval:route -- --model (the model path, scored the same way)', () => {
  const reports = [
    // The rules cannot place a bare greeting; the stand-in model can, so the category figure is the model's.
    { text: '你好', category: 'road-hazard', branch: 'district-yangpu' },
    { text: '平台罚了我50', group: 'eleme-yangpu', category: 'pay-penalty', branch: 'eleme-yangpu' },
    {
      text: '同事头上一直在流血，叫不醒',
      group: 'meituan-yangpu',
      category: 'accident-insurance',
      branch: 'meituan-yangpu',
      urgency: 'emergency',
    },
  ];
  const byText: Record<string, string> = {
    你好: 'road-hazard',
    平台罚了我50: 'pay-penalty',
    '同事头上一直在流血，叫不醒': 'accident-insurance',
  };

  it("scores the model's categories, and a model saying 'normal' never hides an emergency", async () => {
    const fake = await startFakeOpenAI((req) => ({
      content: JSON.stringify({ category: byText[reportOf(req)], urgency: 'normal', summary: '摘要' }),
    }));
    try {
      const f = await file(
        'model.jsonl',
        reports.map((r) => JSON.stringify(r)),
      );
      const r = await runWith(
        envWith({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'stand-in' }),
        f,
        '--model',
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(fake.requests).toHaveLength(3);
      expect(r.out).toContain('model stand-in: answered 3/3, fell back 0 to the rules');
      const lines = r.out.trim().split('\n');
      expect(lines.at(-2)).toBe('emergency_recall=1.00 emergency_precision=1.00 (emergencies 1, flagged 1)');
      expect(lines.at(-1)).toBe('category=1.00 branch=1.00 n=3');
    } finally {
      await fake.close();
    }
  });

  it('counts the reports the model failed on, which the rules then classified', async () => {
    const fake = await startFakeOpenAI((req) =>
      reportOf(req) === '你好'
        ? { content: 'not json' }
        : {
            content: JSON.stringify({ category: byText[reportOf(req)], urgency: 'normal', summary: '摘要' }),
          },
    );
    try {
      const f = await file(
        'model-fallback.jsonl',
        reports.map((r) => JSON.stringify(r)),
      );
      const r = await runWith(
        envWith({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'stand-in' }),
        f,
        '--model',
      );
      expect(r.code).toBe(0);
      expect(r.out).toContain('model stand-in: answered 2/3, fell back 1 (invalid 1) to the rules');
      // The greeting went to the rules, which cannot place it (the district still gets it: no origin).
      expect(r.out.trim().split('\n').at(-1)).toBe('category=0.67 branch=1.00 n=3');
    } finally {
      await fake.close();
    }
  });

  it('says what to set when no endpoint is configured', async () => {
    const f = await file('model-none.jsonl', [JSON.stringify(reports[1])]);
    const r = await runWith(envWith({}), f, '--model');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--model needs an OpenAI-compatible endpoint: set OPENAI_API_KEY');
  });
});
