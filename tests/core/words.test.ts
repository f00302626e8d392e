/** Lists and plurals as each language writes them: no "、" or "(s)" in English, no half words. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadI18n } from '../../src/core/i18n.js';
import { cutAtWord, joinList } from '../../src/core/words.js';

const i18n = loadI18n(resolve(import.meta.dirname, '../../locales'));

describe('lists and plurals', () => {
  it('joins lists the way each language does', () => {
    expect(joinList('en', ['Meituan Yangpu', 'Ele.me Yangpu'])).toBe('Meituan Yangpu and Ele.me Yangpu');
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b, and c');
    expect(joinList('zh-CN', ['美团', '饿了么', '顺丰'])).toBe('美团、饿了么和顺丰');
  });

  it('English counts agree with their nouns; no English string says "(s)"', () => {
    expect(i18n.t('en', 'notice-btn-confirm', { count: 1 })).toContain('(1 group)');
    expect(i18n.t('en', 'notice-btn-confirm', { count: 3 })).toContain('(3 groups)');
    expect(i18n.t('en', 'delivery-progress-done', { sent: 1, failed: 0, total: 1 })).toContain('of 1 group)');
    for (const id of i18n.ids('en'))
      expect(i18n.t('en', id, { count: 2, n: 2, groups: 2 })).not.toMatch(/\(s\)|、/);
  });

  it('cuts labels at a word boundary, Chinese at a character', () => {
    expect(cutAtWord('Yangpu District New Employment Party Committee', 24)).toBe('Yangpu District New…');
    expect(cutAtWord('杨浦区新就业群体党委', 6)).toBe('杨浦区新就…');
    expect(cutAtWord('Short', 24)).toBe('Short');
  });
});

describe('Chinese next to Latin names', () => {
  it('puts a space around a Latin value inside Chinese, none around a Chinese one', () => {
    expect(i18n.t('zh-CN', 'worker-claimed', { id: 'JN-2026-000001', who: 'sec-wujiaochang' })).toBe(
      '您反映的问题 JN-2026-000001 已由 sec-wujiaochang 签收，正在处理。',
    );
    expect(i18n.t('zh-CN', 'worker-claimed', { id: 'JN-2026-000001', who: '支部书记' })).toContain(
      '已由支部书记签收',
    );
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const)
      for (const id of i18n.ids(locale))
        expect(i18n.t(locale, id, { who: 'Li', count: 2 })).not.toMatch(/[\u2068\u2069]/);
  });
});
