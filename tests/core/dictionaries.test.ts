/**
 * The OpenCC converters are built once per direction for the process: the FAQ's normaliser and the locale
 * helpers ask for the same ones, and each costs tens of megabytes of tries.
 */
import { describe, expect, it } from 'vitest';
import { Converter } from '../../src/core/dictionaries.js';
import { forLocale } from '../../src/core/script.js';

describe('OpenCC converters', () => {
  it('gives every caller of a direction the same converter', () => {
    expect(Converter({ from: 'cn', to: 'twp' })).toBe(Converter({ from: 'cn', to: 'twp' }));
    expect(Converter({ from: 'cn', to: 'twp' })).not.toBe(Converter({ from: 'twp', to: 'cn' }));
  });

  it('converts content for a zh-TW reader character by character, never renaming a thing (QA round 9)', () => {
    expect(forLocale('zh-TW', '软件网络充电')).toBe('軟件網絡充電');
    // 發布 as the locale files write it (QA12 #11; OpenCC's Taiwan form is 發佈).
    expect(forLocale('zh-TW', '关注"石家庄发布"公众号')).toBe('關注"石家莊發布"公眾號');
    expect(forLocale('zh-TW', '杨浦区控江路暖心驿站')).toBe('楊浦區控江路暖心驛站');
  });

  it('writes what the zh-TW locale files and variants write where OpenCC differs (QA12 #11)', () => {
    expect(forLocale('zh-TW', '雨天湿井盖很滑')).toBe('雨天濕井蓋很滑');
    // A reply is 回覆, never 回復 (restore), however the phrase around it is cut; 恢复 stays 恢復.
    expect(forLocale('zh-TW', '请回复我')).toBe('請回覆我');
    expect(forLocale('zh-TW', '系统恢复后请回复')).toBe('系統恢復後請回覆');
  });
});
