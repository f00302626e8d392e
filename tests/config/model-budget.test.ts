import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

describe('OPENAI_ANSWERS_PER_MINUTE', () => {
  const base = { OPENAI_API_KEY: 'sk-test' };
  it('is the per-person budget of model answers, left to the default when unset', () => {
    expect(loadConfig(base, false).openai?.answersPerMinute).toBeUndefined();
    expect(loadConfig({ ...base, OPENAI_ANSWERS_PER_MINUTE: '20' }, false).openai?.answersPerMinute).toBe(20);
    expect(loadConfig({ ...base, OPENAI_ANSWERS_PER_MINUTE: '0' }, false).openai?.answersPerMinute).toBe(0);
  });

  it('names the variable when it is not a whole number', () => {
    expect(() => loadConfig({ ...base, OPENAI_ANSWERS_PER_MINUTE: 'ten' }, false)).toThrow(
      /OPENAI_ANSWERS_PER_MINUTE/,
    );
  });
});
