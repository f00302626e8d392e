import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { maskText } from '../../src/core/mask.js';
import { useTestStore } from '../helpers/app.js';

function capture(verbatim?: string[]) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false, verbatim }, stream) };
}

describe('logging keeps secrets and phone numbers out', () => {
  it("writes the build's commit as it is, though it reads like an ID number, and masks everything else", () => {
    const { lines, logger } = capture(['d233315527', '0123456789']);
    logger.info({ commit: 'd233315527' }, 'waystation 0.1.0 (d233315527) starting');
    logger.info({ text: '身份证 D233315527，电话 0123456789' }, 'report');
    const [start, report] = lines.map((l) => JSON.parse(l) as Record<string, string>);
    expect(start).toMatchObject({ commit: 'd233315527', msg: 'waystation 0.1.0 (d233315527) starting' });
    // Another case is not the commit; an all-digit commit is a phone number's form.
    expect(report?.text).not.toMatch(/D233315527|0123456789/);
  });

  it('masks phone and ID numbers in free text', () => {
    expect(maskText('我的电话 13812345678，身份证 310110199001011234')).not.toMatch(
      /13812345678|310110199001011234/,
    );
    expect(maskText('call +86 138-1234-5678')).not.toContain('1234-5678');
    expect(maskText('热线 12345 和 110')).toBe('热线 12345 和 110');
  });

  it('redacts tokens and secrets whether in fields or in messages', () => {
    const { lines, logger } = capture();
    logger.info(
      { token: '123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp', config: { webhookSecret: 'hush' } },
      'starting',
    );
    logger.warn('bad token 123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp and key sk-abcdefghijklmnop');
    logger.info({ text: '请回电 13912345678' }, 'report');
    const out = lines.join('');
    expect(out).not.toContain('AAbbCCdd');
    expect(out).not.toContain('hush');
    expect(out).not.toContain('sk-abcdefghijklmnop');
    expect(out).not.toContain('13912345678');
    expect(out).toContain('[redacted]');
  });
});

describe('logging never throws on odd arguments', () => {
  it('accepts a string, an object or nothing under err', () => {
    const { lines, logger } = capture();
    logger.warn({ err: 'connect ECONNREFUSED, call 13812345678' }, 'redis blip');
    logger.warn({ err: { code: 'X', phone: '13812345678' } }, 'odd');
    logger.warn({ err: undefined }, 'none');
    logger.error({ err: new Error('boom 13812345678') }, 'real error');
    const out = lines.join('');
    expect(lines.length).toBe(4);
    expect(out).toContain('ECONNREFUSED');
    expect(out).not.toContain('13812345678');
  });
});

describe('a Redis script error that carries the report', () => {
  const t = useTestStore();

  it('is logged without the numbers in its message, command arguments or stack', async () => {
    const phone = '13857164439';
    const idNumber = '310110199001011234';
    // The reporter's ticket index is a string: the create script fails half-way with WRONGTYPE.
    await t.store.redis.set(t.store.keys.workerTickets('console', 'rider-x'), 'oops');
    const err = await t.store.tickets
      .create(
        {
          draft: 'd1',
          channel: 'console',
          reporter: 'rider-x',
          reporterName: `王 ${phone}`,
          chat: 'rider-x',
          locale: 'zh-CN',
          branch: 'meituan-yangpu',
          category: 'pay-penalty',
          urgency: 'normal',
          confidence: 1,
          anonymous: false,
          contact: false,
          text: `电话 ${phone} 身份证 ${idNumber}`,
          summary: `电话 ${phone}`,
          evidence: [],
          similar: 0,
          respondBy: 1,
          resolveBy: 2,
        },
        { now: 0, numberPrefix: 'JN-2026-', limit: 5, windowMs: 1 },
      )
      .catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    // What ioredis hands over does carry the arguments in clear …
    expect(JSON.stringify((err as { command?: unknown }).command)).toContain(phone);
    const { lines, logger } = capture();
    logger.error({ err }, 'report failed');
    logger.error(err as Error);
    logger.error({ failure: err, nested: { cause: err } }, 'again');
    const out = lines.join('');
    // … and nothing of it reaches the log.
    expect(out).toContain('WRONGTYPE');
    expect(out).not.toContain(phone);
    expect(out).not.toContain(idNumber);
    expect(out).toContain('138****4439');
  });
});
