/** Questions and reports typed in toneless pinyin are read back into the pack's Chinese words. */
import { describe, expect, it } from 'vitest';
import { PinyinReader, splitSyllables } from '../../../src/core/faq/pinyin-input.js';

describe('PinyinReader', () => {
  const reader = new PinyinReader(['五角场', '环岛', '井盖丢了', '体检报告', '怎么看', '心理热线']);

  it('splits run-together syllables', () => {
    expect(splitSyllables('wujiaochang')).toEqual(['wu', 'jiao', 'chang']);
    expect(splitSyllables('hello')).toBeUndefined();
  });

  it('reads pinyin back with the pack words, longest first', () => {
    expect(reader.read('wujiaochang huandao jinggai diu le')).toBe('五角场环岛井盖丢了');
    expect(reader.read('tijian baogao zenme kan')).toBe('体检报告怎么看');
    expect(reader.read('xinli rexian')).toBe('心理热线');
  });

  it('leaves English and Chinese alone', () => {
    expect(reader.read('where can I get my health check report')).toBeUndefined();
    expect(reader.read('体检报告怎么看')).toBeUndefined();
  });
});

describe('place names with a character read two ways', () => {
  // pinyin-pro reads 圩 xu and 厦 xia; in place names they are wei (北圩路) and sha (厦门).
  const places = ['北圩路', '厦门路暖心驿站'];
  const reader = new PinyinReader(['井盖', '驿站', ...places], [], places);

  it('finds the place by either reading', () => {
    expect(reader.read('beiwei lu jinggai diu le')).toContain('北圩路井盖');
    expect(reader.read('bei xu lu jing gai')).toBe('北圩路井盖');
    expect(reader.read('shamen lu yizhan')).toBe('厦门路驿站');
  });

  it('inside an English question too', () => {
    expect(reader.names('is there a station near beiwei lu')).toContain('北圩');
  });
});
