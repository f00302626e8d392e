/**
 * A district's pack the method was never tuned on, whose entries have no example questions (packs/nanshan):
 * workers' English, colloquial and off-topic questions. The questions are written for these tests, not
 * taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack, FaqEntry } from '../../../src/core/content/schema.js';
import { createAsker, type Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, answerId as id, askerOn, PACKS, labels } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;

describe('a new district’s pack without example questions', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(PACKS.nanshan);
  });

  it('answers English questions from entries written only in Chinese', () => {
    expect(id(asker.ask('my boss has not paid my wages', opts))).toBe('wage-arrears');
    expect(id(asker.ask('free haircut for riders?', opts))).toBe('haircut');
    expect(id(asker.ask('how do I join the trade union', opts))).toBe('union-join');
  });

  it('offers the right entry first when it is not sure of an English question', () => {
    const a = asker.ask('is it safe to deliver during a typhoon', opts);
    expect(a.kind === 'weak' ? a.candidates[0]?.entry.id : id(a)).toBe('typhoon-safety');
  });

  it('answers colloquial questions in workers’ own words', () => {
    expect(id(asker.ask('去哪剪头发不要钱', opts))).toBe('haircut');
    expect(id(asker.ask('老板拖着工钱不给 咋整', opts))).toBe('wage-arrears');
    expect(id(asker.ask('撞车了 咋弄', opts))).toBe('accident-first-steps');
  });

  it('judges a question by its topic, not by the worker’s job and time words', () => {
    expect(id(asker.ask('我是送外卖的 最近想自己交医保 怎么弄', opts))).toBe('medical-insurance');
    expect(id(asker.ask('跑单的能领防暑降温的东西吗', opts))).toBe('heat-relief');
  });

  it('answers a topic asked about "at a station" from the FAQ, and reads job words as no station’s name', () => {
    expect(id(asker.ask('想找个家庭医生 驿站有没有', opts))).toBe('free-clinic');
    expect(asker.ask('驿站要钱吗 非骑手能进不', opts).kind).not.toBe('stations');
    const named = asker.ask('大冲骑手之家几点开', opts);
    expect(named.kind === 'stations' && named.results.hits[0]?.station.id).toBe('site-meituan-dachong');
  });

  it('answers an entry that ranks clearly first even when the worker adds words the answer lacks', () => {
    expect(id(asker.ask('平台每单扣几毛保险 出事了赔不赔', opts))).toBe('platform-accident-insurance');
    expect(id(asker.ask('想当面跟心理咨询师聊一聊', opts))).toBe('counselling-in-person');
  });

  it('says it is not sure about questions the pack does not answer', () => {
    for (const q of ['明天会下雪吗', 'which phone should I buy', '股票推荐一个'])
      expect(['weak', 'unknown']).toContain(asker.ask(q, opts).kind);
  });

  it('understands regional forms (Cantonese, Wu) and "要注意啥" as a way of asking', () => {
    expect(id(asker.ask('点样申请职业伤害待遇', opts))).toBe('occupational-injury-claim');
    expect(id(asker.ask('刮台风 骑手要注意啥', opts))).toBe('typhoon-safety');
  });

  it('gives a phone number only from an entry that has one', () => {
    expect(id(asker.ask('心理热线电话多少', opts))).toBe('counselling-hotline');
    expect(['weak', 'unknown']).toContain(asker.ask('平台客服电话多少', opts).kind);
  });

  it('refuses pets, brands and the like even when they share words with an entry', () => {
    for (const q of ['驿站能带猫进去吗', '宿舍可以养宠物吗', 'which e-bike brand is best'])
      expect(['weak', 'unknown']).toContain(asker.ask(q, opts).kind);
  });

  it('names stations in English by the pinyin of their place and its kind', () => {
    const first = (q: string) => {
      const a = asker.ask(q, opts);
      return a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind;
    };
    expect(first('is the shekou port station open on sunday')).toBe('service-shekou-port');
    expect(first('does the xili station have a microwave')).toBe('warm-xili');
  });

  it('reads a platform before a job word as the asker’s employer, not a station', () => {
    expect(asker.ask('美团的骑手可以进驿站吗', opts).kind).not.toBe('stations');
    const a = asker.ask('顺丰那个小哥之家开到几点', opts);
    expect(a.kind === 'stations' && a.results.hits[0]?.station.id).toBe('site-sf-gaoxinnan');
  });
});

describe('built-in concepts bridge a worker’s word to the pack’s', () => {
  const entry = (id: string, title: string, answer: string): FaqEntry =>
    ({ id, title, answer, questions: [], tags: [] }) as unknown as FaqEntry;
  let pack: ContentPack;
  beforeAll(async () => {
    const nanshan = await loadContentPack(PACKS.nanshan);
    pack = {
      ...nanshan,
      synonyms: [],
      faq: [
        entry('cut', '免费理发', '每月第一个周六，驿站有志愿者给骑手免费理发，带上工牌就行。'),
        entry('bed', '骑手公寓床位', '骑手公寓一个床位每月500元，拎包入住，找站长报名。'),
        entry('law', '免费法律援助', '拨打12348，律师免费解答劳动纠纷。'),
      ],
    };
  });

  it('reads the worker’s word as the one the pack uses, and still refuses what the pack lacks', () => {
    const asker = createAsker(pack, labels);
    expect(id(asker.ask('哪里可以免费剪头发', opts))).toBe('cut');
    expect(id(asker.ask('宿舍怎么报名', opts))).toBe('bed');
    expect(['weak', 'unknown']).toContain(asker.ask('明天会下雪吗', opts).kind);
  });
});
