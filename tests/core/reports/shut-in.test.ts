/**
 * QA8: 「冷库那个门从里面打不开，今儿早上俺搬货差点给关里头，手机都没信号」 was filed 🟢 一般. A place a person can be shut
 * in and come to harm (a cold store, a freezer, a container, a lift, a truck's box) with a door that does not open
 * from inside, or someone nearly shut in, is a trap set: urgent before anyone is caught, an emergency while someone
 * is inside now. Built-in knowledge, in zh-CN, zh-TW and English, through every tuned pack and 甘井子.
 */
import { describe, expect, it } from 'vitest';
import { normaliseReportText } from '../../../src/core/reports/classify.js';
import { readDialects } from '../../../src/core/reports/dialect.js';
import { urgentCause } from '../../../src/core/reports/urgency.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';
import { fileFrom, useReportsApp } from './drive.js';
import { linesIn } from './helpers.js';

const setup = useReportsApp({ bind: true });

describe('a cold-store door that nearly shut a worker in', () => {
  it('reaches the branch as 紧急, and the worker is not sent the emergency numbers', async () => {
    const id = await fileFrom(
      setup.app,
      'rider-cs1',
      'riders-meituan',
      '冷库那个门从里面打不开，今儿早上俺搬货差点给关里头，手机都没信号',
    );
    const card = linesIn(setup.app, 'triage-meituan').find((l) => l.text.includes(id));
    expect(card?.text).toContain('紧急');
    expect(card?.text).not.toContain('特急');
    expect(
      linesIn(setup.app, 'rider-cs1')
        .map((l) => l.text)
        .join('\n'),
    ).not.toContain('如有人受伤或有危险');
    expect((await setup.app.app.deps.store.tickets.get(id))!.urgency).toBe('urgent');
  });
});

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/ganjingzi'] as const;

describe.each(PACKS)('shut in, through %s', (dir) => {
  it.each([
    '冷库那个门从里面打不开，今儿早上俺搬货差点给关里头，手机都没信号',
    '冷库门从里面打不开',
    '冷庫那個門從裡面打不開，今天早上搬貨差點被關在裡面',
    '集装箱门从里面开不了，差点把人关里面',
    '差点被关在冷藏车厢里',
    '冷库门内侧的把手断了',
    'the freezer door doesn’t open from the inside, I nearly got locked in this morning',
    'almost got shut in the cold store today, the door has no handle inside',
  ])('%s → urgent, no emergency', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency).toBe('urgent');
  });

  it.each([
    '老王还在冷库里 门打不开',
    '同事在货车车厢里被反锁了',
    '冷庫門壞了 同事被鎖在裡面出不來',
    'my coworker is locked in the freezer',
    "I'm in the freezer and the door is jammed",
  ])('%s → emergency', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency).toBe('emergency');
  });
});

// No trap: a door that will not close, a light inside, a fault mended, goods in a truck, a door jammed from outside.
describe('the trap reading leaves alone', () => {
  it.each([
    '冷库门坏了关不上',
    '冷库里面的灯打不开',
    '冷库门从里面打不开的问题已经修好了',
    '我锁在车厢里的货被偷了',
    "the freezer door is jammed, we can't put stock in",
  ])('%s', (text) => {
    expect(urgentCause(readDialects(normaliseReportText(text)))).toBeUndefined();
  });
});
