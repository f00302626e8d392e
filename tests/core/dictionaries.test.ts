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
    expect(forLocale('zh-TW', '关注"石家庄发布"公众号')).toBe('關注"石家莊發佈"公眾號');
    expect(forLocale('zh-TW', '杨浦区控江路暖心驿站')).toBe('楊浦區控江路暖心驛站');
  });
});
