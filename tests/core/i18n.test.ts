import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadI18n, resolveLocale } from '../../src/core/i18n.js';

const i18n = loadI18n(resolve(import.meta.dirname, '../../locales'));

describe('locales', () => {
  it('every message id exists in every locale', () => {
    const all = new Set(LOCALES.flatMap((l) => i18n.ids(l)));
    for (const locale of LOCALES) {
      const have = new Set(i18n.ids(locale));
      const missing = [...all].filter((id) => !have.has(id));
      expect(missing, `missing in ${locale}`).toEqual([]);
    }
  });

  it('maps platform language tags to our locales', () => {
    expect(resolveLocale('zh-hans')).toBe('zh-CN');
    expect(resolveLocale('zh')).toBe('zh-CN');
    expect(resolveLocale('zh-TW')).toBe('zh-TW');
    expect(resolveLocale('zh-hant')).toBe('zh-TW');
    expect(resolveLocale('zh-HK')).toBe('zh-TW');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('ru')).toBeUndefined();
    expect(resolveLocale(undefined)).toBeUndefined();
  });

  it('formats arguments and falls back to zh-CN', () => {
    expect(i18n.t('en', 'error-unknown-command', { command: 'foo' })).toContain('/foo');
    expect(i18n.t('zh-TW', 'error-unknown-command', { command: 'foo' })).toContain('指令');
    expect(i18n.t('en', 'no-such-message-id')).toBe('no-such-message-id');
  });
});
