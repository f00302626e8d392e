/**
 * Round 18: questions in English (chat spellings, typos, plain words for a pack written only in Chinese), in
 * Taiwan and Hong Kong words (機車, 勞保, 健檢, 外送員, 停權, 負評) and in pinyin with tone marks or numbers, on
 * every pack. Questions are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../../src/core/faq/ask.js';
import { Glossary } from '../../../src/core/faq/glossary.js';
import { PinyinReader, toneless } from '../../../src/core/faq/pinyin-input.js';
import { stem } from '../../../src/core/faq/tokenize.js';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof PACKS;

/** [pack, question, what the worker sees: the entry answered, or "none" for not sure / don't know]. */
const ROWS: [Pack, string, string][] = [
  // Taiwan / Hong Kong words
  ['yangpu', '機車被拖吊了怎麼辦', 'ebike-plate-helmet'],
  ['yangpu', '勞保要怎麼自己保', 'social-insurance-flexible'],
  ['yangpu', '外送員健檢要錢嗎', 'health-check-tour'],
  ['nanshan', '外送員被奧客給負評可以申訴嗎', 'bad-review-appeal'],
  ['nanshan', '帳號被停權要怎麼申訴', 'account-ban-appeal'],
  ['nanshan', '電動機車的電池可以換電嗎', 'battery-swap'],
  ['chaoyang', '是不是要保存聊天截圖才能維權', 'weiquan-zhengju'],
  ['hongshan', '借錢的App利息很高，被催收一直騷擾', 'loan-trap'],
  // English: chat spellings, typos, words of a pack written only in Chinese
  ['yangpu', 'can u tell me wat the daily insurence covers', 'rider-daily-insurance-deduction'],
  ['yangpu', "the guard won't let me in the building", 'community-access'],
  ['nanshan', 'my acount got banned for no reason', 'account-ban-appeal'],
  ['nanshan', 'typhon coming, should i stop riding', 'typhoon-safety'],
  ['chaoyang', 'my hands are freezing in the cold, how to keep warm', 'dongtian-fanghan'],
  ['chaoyang', 'quitting next week, will they return my gear deposit', 'yajin-huanzhan'],
  ['chaoyang', 'how to get the truck pass for the 4th ring', 'huoche-tongxingzheng'],
  ['chaoyang', 'my dad is in hospital with a serious illness, can the union help', 'kunnan-bangfu'],
  ['hongshan', 'the station manager hasnt paid us for 2 months', 'unpaid-wages-help'],
  ['hongshan', 'kids school grant how apply', 'kids-school-grant'],
  // Pinyin with tone marks or tone numbers
  ['yangpu', 'ti3jian3 bao4gao4 zai4 na3', 'health-check-report'],
  ['nanshan', 'wǒ xiǎng jiārù gōnghuì', 'union-join'],
  // Place names typed in pinyin inside English
  ['hongshan', 'is guanggu square part of hongshan', 'guanggu-is-donghu'],
  ['hongshan', 'is the jiedaokou station open now', 'stations'],
  // What no pack answers, in each of these styles
  ['yangpu', '請問失業給付可以領多久', 'none'],
  ['yangpu', 'how long can i get unemployment pay', 'none'],
  ['yangpu', 'gōngjījīn zěnme tí', 'none'],
];

describe('English, Taiwan / Hong Kong words and pinyin on any pack', () => {
  const askers = new Map<Pack, Asker>();
  beforeAll(async () => {
    for (const p of Object.keys(PACKS) as Pack[]) askers.set(p, await askerOn(PACKS[p]));
  });

  it.each(ROWS)('%s: %s → %s', (pack, question, expected) => {
    expect(seen(askers.get(pack)!.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });

  it('answers an English allowance only where the pack has an entry on it', () => {
    expect(seen(askers.get('chaoyang')!.ask('do riders get a heat allowance', AT_WEDNESDAY_10))).toBe(
      'gaowen-jintie',
    );
    expect(seen(askers.get('yangpu')!.ask('do riders get a heat allowance', AT_WEDNESDAY_10))).toBe('none');
  });
});

describe('how English and pinyin words are read', () => {
  it('reads pinyin typed with tone marks or numbers as toneless syllables', () => {
    expect(toneless('lǐfà quàn nǚ ti3jian3')).toBe('lifa quan nv tijian');
    expect(toneless('5th ring')).toBe('5th ring');
  });

  it('reads a place name typed in pinyin inside English, and leaves English words alone', () => {
    const reader = new PinyinReader([], [], ['光谷广场', '街道口地铁站']);
    expect(reader.names('does guanggu belong to hongshan')).toBe('does 光谷 belong to hongshan');
    expect(reader.names('where can i change my battery')).toBeUndefined();
  });

  it('meets a glossary word through a common typo, not a different word one letter away', () => {
    const g = new Glossary({ insurance: '保险', address: '地址', mother: '母亲' });
    expect(g.find('insurence').map((h) => h.value)).toEqual(['保险']);
    expect(g.find('adress').map((h) => h.value)).toEqual(['地址']);
    expect(g.find('bother me')).toEqual([]);
  });

  it('stems a doubled consonant before -ing / -ed like the plain word', () => {
    expect(stem('quitting')).toBe(stem('quit'));
    expect(stem('banned')).toBe(stem('ban'));
    expect(stem('added')).toBe('add');
  });
});
