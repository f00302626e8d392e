/**
 * Questions typed with a sound-alike slip (stop 37, QA22 #2): pinyin input's wrong candidate for a word of the pack (提检
 * for 体检, 社宝 for 社保, 工汇 for 工会, 报消 for 报销, 仲栽 for 仲裁) or for a station word (亿站 for 驿站) is read as
 * meant; a word the worker meant that the pack lacks (后胎, 法援) keeps its answer. The questions are written for these
 * tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/core/faq/lexicon.js';
import { SoundSlips } from '../../../src/core/faq/sound-slips.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = { ...FAQ_PACKS, jianye: resolve(import.meta.dirname, '../../../packs/jianye') };
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "stations" or "none"]. */
const CASES: [Pack, string, string][] = [
  // The health check, not the entry on study that shares 提 (提升学历).
  ['jianye', '提检怎么约', 'health-check'],
  ['yuelu', '提检要钱不', 'mianfei-tijian'],
  ['nanshan', '提检报告在哪看', 'health-check-report'],
  // Rest stations asked for with 亿站: the stations, not "not sure".
  ['jianye', '附近有亿站吗', 'stations'],
  ['nanshan', '附近哪里有亿站', 'stations'],
  // Benefits words.
  ['siming', '社宝怎么交', 'social-insurance-flexible'],
  ['nanshan', '怎么加入工汇', 'union-join'],
  ['yuelu', '看病怎么报消', 'kanbing-baoxiao'],
  ['yuelu', '仲栽要几天', 'laodong-zhongcai'],
  // A word meant as typed, which only sounds like one of the pack's (后台, 法院): the answer it already had.
  ['jianye', '后胎给钉子扎了哪块补', 'ebike-repair'],
  ['jianye', '法援咋找', 'legal-aid'],
];

describe('sound-alike slips read as the word meant', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });

  it('reads only a stretch nobody writes, that sounds like one word, and cuts no word of the question', async () => {
    const asker = await askerOn(ALL.jianye);
    const slips = new SoundSlips(
      asker.index,
      () => ['驿站'],
      () => [],
      loadLexicon().fillers,
    );
    expect(slips.read('附近有亿站吗')).toEqual({ text: '附近有驿站吗', meant: ['驿站'] });
    expect(slips.read('提检怎么报名')?.text).toBe('体检怎么报名');
    // A filler is never the slip (坐一站 is a stop on the bus), nor a rare reading (接人 is not 家人, 家 read jie).
    expect(slips.read('坐一站就到')).toBeUndefined();
    expect(slips.read('停车接人')).toBeUndefined();
    // Words spelt right stay as they are.
    expect(slips.read('体检怎么报名')).toBeUndefined();
  });
});
