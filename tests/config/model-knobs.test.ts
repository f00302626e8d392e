import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

describe('OPENAI_TIMEOUT_MS, OPENAI_FAILURE_PAUSE_MS, OPENAI_MAX_CONCURRENT', () => {
  const base = { OPENAI_API_KEY: 'sk-test' };
  it('are read as numbers, left to the defaults when unset', () => {
    expect(loadConfig(base, false).openai).not.toHaveProperty('timeoutMs');
    const openai = loadConfig(
      { ...base, OPENAI_TIMEOUT_MS: '8000', OPENAI_FAILURE_PAUSE_MS: '0', OPENAI_MAX_CONCURRENT: '3' },
      false,
    ).openai;
    expect(openai).toMatchObject({ timeoutMs: 8000, failurePauseMs: 0, maxConcurrent: 3 });
  });

  it.each([
    ['OPENAI_TIMEOUT_MS', '4s'],
    ['OPENAI_TIMEOUT_MS', '100'],
    ['OPENAI_FAILURE_PAUSE_MS', '-1'],
    ['OPENAI_MAX_CONCURRENT', 'many'],
  ])('names %s when it is %s', (name, value) => {
    expect(() => loadConfig({ ...base, [name]: value }, false)).toThrow(new RegExp(name));
  });
});
