/**
 * Area names in routing rules: a rule may name an area as branches.yaml writes it, by an alias, or by a
 * form derived from it (short form, pinyin, traditional script). `areaNamed` answers the written names
 * without deriving anything (so a start needs no dictionaries) and agrees with `areaLookup` on every form.
 */
import { describe, expect, it } from 'vitest';
import { areaLookup, areaNamed, pinyinReadings } from '../../../src/core/content/names.js';

const branches = [
  {
    name: '五角场街道',
    areas: ['五角场', '国定路', '创智天地'],
    areaAliases: { 创智天地: ['KIC'] },
  },
  { name: '控江路街道', areas: ['控江路街道', '鞍山新村'] },
];

const forms = [
  '五角场', // written
  '国定路',
  'KIC', // an alias
  '控江路', // derived: office suffix stripped
  '控江', // derived: road word stripped too
  'wujiaochang', // pinyin
  '五角場', // traditional script
  '鞍山 新村', // spaces between characters
  '大连路', // no such area
  '？？', // nothing a name could be
  '',
];

describe('areaNamed', () => {
  it('knows written names, aliases and derived forms, and nothing else', () => {
    const named = areaNamed(branches);
    expect(forms.filter(named)).toEqual([
      '五角场',
      '国定路',
      'KIC',
      '控江路',
      '控江',
      'wujiaochang',
      '五角場',
      '鞍山 新村',
    ]);
  });

  it('agrees with areaLookup on every form', () => {
    const named = areaNamed(branches);
    const lookup = areaLookup(branches);
    for (const f of forms) expect(named(f), f).toBe(lookup(f) !== undefined);
  });
});

describe('pinyinReadings', () => {
  it('spells a name every way its characters are read, the usual reading first', () => {
    expect(pinyinReadings('湾厦')).toEqual(['wansha', 'wanxia']);
    expect(pinyinReadings('五角场')[0]).toBe('wujiaochang');
    expect(pinyinReadings('KIC')).toEqual([]);
  });

  it('so a road is found by either spelling', () => {
    const lookup = areaLookup([{ name: '蛇口街道', areas: ['湾厦路'] }]);
    expect(lookup('wanxialu')).toBe('湾厦路');
    expect(lookup('wanshalu')).toBe('湾厦路');
  });
});

describe('areaLookup, short forms', () => {
  it('an area named after another one is found without it; a kind of place alone is not a name', () => {
    const lookup = areaLookup([
      { name: '蛇口街道', areas: ['蛇口街道', '蛇口渔港', '蛇口港', '西丽高铁站'] },
    ]);
    expect(lookup('渔港')).toBe('蛇口渔港');
    expect(lookup('港')).toBeUndefined();
    expect(lookup('高铁站')).toBeUndefined();
  });
});
