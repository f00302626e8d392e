/**
 * Routing round 44 (docs/reports.md, "Routing round 44"): what an emergency's vote for a category names. Someone who
 * fell or went into a river, a lake or the sea on no job and in no vehicle is the rescue services' — no category of the
 * worker's own, as a stranger's child in the water already was (round 36); a rider gone in with the bike, or a porter
 * off the quay while unloading, stays the accident's, and a manhole the road's. Every row is still an emergency.
 * Checked on wordings that are not the dev lines, through packs the rows were not written from; built-in knowledge only.
 * What a branch secretary sees: the report lands in the queue nobody's, for a person to sort, not as a work accident.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const PACKS = ['content', 'packs/jianye', 'packs/saihan', 'packs/nangang', 'packs/longhua', 'packs/cangshan'];

/** The category a rider hurt on the road goes to, in this pack. */
const CRASH = '骑手被车撞了 腿上一直在流血';

describe.each(PACKS)('routing round 44: someone in the water, through %s', (dir) => {
  it.each([
    '西湖边有个老大爷在湖里直扑腾 快沉下去了',
    '水库里有人溺水了 冒了两下头就看不见了',
    '海边有个游客被浪卷出去了 越漂越远',
    "there's a man in the river by the bridge, he keeps going under",
  ])("a stranger in open water is nobody's category: %s", async (text) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify(text);
    expect(r.urgency).toBe('emergency');
    expect(r.category).toBe('other');
  });

  it.each([
    '一个送外卖的连人带车栽进河里了 在水里扑腾',
    'a courier rode his scooter off the quay into the harbour and is going under',
  ])('a worker gone in at work stays the accident: %s', async (text) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify(text);
    expect(r.urgency).toBe('emergency');
    expect(r.category).toBe(classifier.classify(CRASH).category);
  });

  it("a manhole is not a river: someone down one is no stranger's matter", async () => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify('路口井盖被冲开了 刚才有人掉进去了 一直没上来');
    expect(r.urgency).toBe('emergency');
    expect(r.category).not.toBe('other');
  });
});

describe.each(PACKS)('routing round 44: a child gone missing, through %s', (dir) => {
  it.each([
    '女儿在菜市场门口一眨眼就找不到了 才三岁',
    '广场上有个小男孩被一个陌生女人牵着走了 他一直哭着喊妈妈',
    'a three year old girl is missing by the fountain in the square, pink dress',
  ])("is the police's, nobody's category: %s", async (text) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify(text);
    expect(r.urgency).toBe('emergency');
    expect(r.category).toBe('other');
  });
});

describe.each(PACKS)('routing round 44: a cry for help names no cause, through %s', (dir) => {
  it.each([
    'my coworker fainted in the canteen and is not breathing, get an ambulance',
    '快来人 有个大姐晕倒在楼道里了 叫不醒',
  ])('the collapse told with it decides: %s', async (text) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify(text);
    expect(r.urgency).toBe('emergency');
    expect(r.category).toBe(classifier.classify('同事突然晕倒了 叫不醒 没有呼吸了').category);
  });
});
