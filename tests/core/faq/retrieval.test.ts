/**
 * Offline retrieval: normalisation, phrase matching, tokens, the index and the routing between the FAQ
 * and station search — on the sample pack and on small hand-made packs.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack, FaqEntry } from '../../../src/core/content/schema.js';
import { createAsker, type Asker } from '../../../src/core/faq/ask.js';
import type { Answer } from '../../../src/core/faq/answer.js';
import { FaqIndex } from '../../../src/core/faq/index.js';
import { normalize, questionKey, unsupportedScript } from '../../../src/core/faq/normalize.js';
import { forLocale } from '../../../src/core/script.js';
import { PhraseMatcher } from '../../../src/core/faq/phrases.js';
import { stem, tokenize, tokenText } from '../../../src/core/faq/tokenize.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { serviceLabels } from '../../../src/core/stations/labels.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const NOW = new Date('2026-11-23T02:00:00Z');
const opts = { now: NOW, timeZone: 'Asia/Shanghai' };
const id = (a: Answer) =>
  a.kind === 'faq' ? a.hit.entry.id : a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind;

describe('normalize', () => {
  it('folds traditional to simplified, full width to half width, case, punctuation and emoji', () => {
    expect(normalize('有沒有免費充電的地方？？🙏')).toBe('有没有免费充电的地方');
    expect(normalize('Where CAN I get ＨＯＴ water!!')).toBe('where can i get hot water');
    expect(normalize('軟體 網路')).toBe('软件 网络');
  });

  it('counts a question once whatever spacing or punctuation it has', () => {
    expect(questionKey('公积金 怎么提取？')).toBe(questionKey('公积金怎么提取'));
    expect(questionKey('how do I  withdraw?')).toBe('how do i withdraw');
  });

  it('converts to traditional for zh-TW readers', () => {
    expect(forLocale('zh-TW', '暖心驿站能提供什么')).toBe('暖心驛站能提供什麼');
  });

  it('tells scripts it cannot read', () => {
    expect(unsupportedScript('Где можно зарядить телефон')).toBe(true);
    expect(unsupportedScript('أين يمكنني شحن هاتفي')).toBe(true);
    expect(unsupportedScript('五角场 wifi')).toBe(false);
    expect(unsupportedScript('where is the station')).toBe(false);
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>([
    ['培训', 'training'],
    ['安全培训', 'safety'],
    ['kic', 'kic'],
    ['charge', 'charge'],
  ]);
  it('takes the leftmost longest phrase', () => {
    expect(m.find('安全培训在哪').map((h) => h.value)).toEqual(['safety']);
  });
  it('matches Latin phrases on word boundaries, allowing endings', () => {
    expect(m.values('kick off')).toEqual(new Set());
    expect(m.values('near kic')).toEqual(new Set(['kic']));
    expect(m.values('charging here')).toEqual(new Set());
    expect(m.values('charges here')).toEqual(new Set(['charge']));
  });
});

describe('tokenize', () => {
  const stop = new Set(['the', 'where']);
  it('characters and pairs for Chinese, stemmed words and trigrams for English, concepts', () => {
    const t = tokenize('免费充电 where the charging 24h', [3], { stopwords: stop }).map(tokenText);
    expect(t).toEqual(
      expect.arrayContaining(['免', '费', '免费', '费充', '充电', '=charg', '#cha', '=24', '=h', '~3']),
    );
    expect(t).not.toContain('=where');
    expect(t).not.toContain('电w');
  });
  it('stems plurals and -ing forms together', () => {
    expect(stem('charging')).toBe(stem('charges'));
    expect(stem('stations')).toBe(stem('station'));
  });
});

describe('FaqIndex on a small pack', () => {
  const entry = (id: string, title: string, questions: string[], answer: string): FaqEntry => ({
    id,
    title,
    questions,
    answer,
    tags: [],
    source: 'test',
    updated: '2026-01-01',
  });
  const entries = [
    entry('check', '骑手免费体检', ['体检怎么预约', '体检要钱吗'], '每季度在驿站有巡回体检，带身份证即可。'),
    entry('law', '法律援助', ['被欠薪了找谁', '有没有免费律师'], '可拨打 12348 或到街道法律服务点咨询。'),
    entry('charge', '驿站充电', ['哪里能充电'], '所有驿站都能免费给手机充电。'),
  ];
  const index = new FaqIndex(entries, [
    ['充电', '充电宝', '手机没电', 'charging'],
    ['律师', '法律援助', 'lawyer'],
  ]);

  it('ranks the entry sharing the question’s words first', () => {
    expect(index.search('体检在哪约')[0]?.entry.id).toBe('check');
    expect(index.search('體檢要不要錢')[0]?.entry.id).toBe('check');
  });
  it('meets synonyms, in Chinese and English', () => {
    expect(index.search('手机没电了')[0]?.entry.id).toBe('charge');
    expect(index.search('I need a lawyer')[0]?.entry.id).toBe('law');
  });
  it('survives a wrong character (体捡) and colloquial forms (咋)', () => {
    expect(index.search('体捡咋预约')[0]?.entry.id).toBe('check');
  });
  it('scores an unrelated question low and finds nothing in gibberish', () => {
    expect(index.search('明天会下雨吗')[0]?.score ?? 0).toBeLessThan(0.3);
    expect(index.search('zzqx')).toEqual([]);
  });
  it('content coverage ignores fillers and junctions but counts a topic the pack lacks', () => {
    // Fillers (咋, 的, 了…) and word junctions never seen in the pack do not lower it…
    expect(index.search('体检咋约的啊')[0]?.content).toBeGreaterThan(0.9);
    // …a pair of content characters found nowhere in the pack (尿酸) does.
    const lacking = index.search('体检的尿酸高')[0]!;
    expect(lacking.entry.id).toBe('check');
    expect(lacking.content).toBeLessThan(0.5);
    expect(lacking.content).toBeLessThan(lacking.coverage + 0.2);
  });
  it('explains which of the question’s tokens an entry has', () => {
    const words = index.explain('体检怎么约', 'check');
    expect(words.find((w) => w.token === '体检')).toMatchObject({ matched: true });
  });
});

describe('the asker on the sample pack', () => {
  let pack: ContentPack;
  let asker: Asker;
  beforeAll(async () => {
    pack = await loadContentPack(SAMPLE_PACK);
    asker = createAsker(pack, serviceLabels(loadI18n(resolve(import.meta.dirname, '../../../locales'))));
  });

  it('answers benefits questions from the FAQ', () => {
    expect(id(asker.ask('骑手体检在哪预约', opts))).toBe('health-check-tour');
    expect(id(asker.ask('被车撞了保险怎么赔', opts))).toBe('injury-claim-steps');
  });

  it('sends place, station and service questions to station search', () => {
    const a = asker.ask('五角场附近哪里能充电', opts);
    expect(a.kind).toBe('stations');
    if (a.kind === 'stations') {
      expect(a.located).toBe(true);
      expect(a.query.anchor?.id).toBe('wujiaochang');
      expect(a.query.services).toEqual(['charging']);
    }
    const b = asker.ask('有沒有免費充電的地方', opts);
    expect(b.kind === 'stations' && !b.located).toBe(true);
  });

  it('does not read a road named after a city as that city (大连路 is not 大连)', () => {
    expect(asker.ask('大连路附近能上网的驿站', opts).kind).toBe('stations');
    expect(asker.ask('广州灵活就业社保怎么交', opts).kind).not.toBe('faq');
  });

  it('a place in an unrelated question does not make it a station question', () => {
    expect(asker.ask('五角场哪家火锅好吃', opts).kind).not.toBe('stations');
  });

  it('rejects input it cannot use', () => {
    expect(asker.ask('', opts)).toEqual({ kind: 'invalid', reason: 'empty' });
    expect(asker.ask('🙂🙂', opts)).toEqual({ kind: 'invalid', reason: 'no-words' });
    expect(asker.ask('x'.repeat(4000), opts)).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(asker.ask('Где можно зарядить телефон', opts)).toEqual({ kind: 'invalid', reason: 'language' });
  });

  it('a location: stations, or a bad-location answer at 0,0', () => {
    expect(asker.ask('', { ...opts, location: { lat: 31.3003, lon: 121.514 } }).kind).toBe('stations');
    expect(asker.ask('', { ...opts, location: { lat: 0, lon: 0 } })).toMatchObject({
      kind: 'stations',
      badLocation: true,
      located: false,
    });
  });
});
