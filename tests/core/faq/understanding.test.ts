/**
 * How the asker reads questions that are not close to an entry's wording: English through the glossary
 * (stemmed, multi-word), long story-like questions (answered from their best clause), and short questions
 * that name an entry's title or tag. The examples are written for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createAsker, type Asker } from '../../../src/core/faq/ask.js';
import { clauses } from '../../../src/core/faq/clauses.js';
import { Glossary } from '../../../src/core/faq/glossary.js';
import { readings } from '../../../src/core/faq/homophones.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { serviceLabels } from '../../../src/core/stations/labels.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, answerId as id, labels } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

describe('Glossary', () => {
  const g = new Glossary({ 'station manager': '站长', station: '驿站', claim: '理赔', injury: '受伤' });

  it('matches stemmed words, so plural, -ing and -ed forms meet their entry', () => {
    expect(g.find('claiming for two injuries').map((h) => h.value)).toEqual(['理赔', '受伤']);
    expect(g.find('claimed').map((h) => h.words)).toEqual([['claimed']]);
  });

  it('takes the longest phrase first, and only neighbouring words', () => {
    expect(g.find('become a station manager').map((h) => h.value)).toEqual(['站长']);
    expect(g.find('station managers').map((h) => h.value)).toEqual(['站长']);
    expect(g.find('station 的 manager').map((h) => h.value)).toEqual(['驿站']);
  });

  it('does not match inside a word', () => {
    expect(g.find('stationery claimant')).toEqual([]);
  });
});

describe('clauses', () => {
  it('splits at punctuation and at spaces next to Chinese, not between English words', () => {
    expect(clauses('我昨天送单 路上滑了一跤，膝盖擦破了。怎么理赔？')).toEqual([
      '我昨天送单',
      '路上滑了一跤',
      '膝盖擦破了',
      '怎么理赔',
    ]);
    expect(clauses('hi, I fell off my bike. how do I claim')).toEqual([
      'hi',
      'I fell off my bike',
      'how do I claim',
    ]);
  });
});

describe('the asker on questions far from the entries’ wording', () => {
  let asker: Asker;
  beforeAll(async () => {
    const pack = await loadContentPack(SAMPLE_PACK);
    asker = createAsker(pack, serviceLabels(loadI18n(resolve(import.meta.dirname, '../../../locales'))));
  });

  it('answers English whose words only the glossary knows', () => {
    expect(id(asker.ask('where do I apply for labor arbitration', opts))).toBe('labour-dispute-mediation');
    expect(id(asker.ask('how do I sign up for the free health checks', opts))).toBe('health-check-tour');
  });

  it('answers a long story from the clause that asks the question', () => {
    const story = '我昨天晚上下大雨送单 路上滑了一跤 膝盖擦破了 请问这种情况怎么报案理赔';
    const whole = asker.index.search(story, 2);
    // The whole story is too diluted to be confident on its own…
    expect(whole[0]!.content).toBeLessThan(asker.thresholds.content);
    // …but its last clause is, and it agrees with the whole story's best entry.
    expect(id(asker.ask(story, opts))).toBe('injury-claim-steps');
  });

  it('answers a short question that names an entry’s title or tag', () => {
    expect(id(asker.ask('体检', opts))).toBe('health-check-tour');
    expect(id(asker.ask('法律援助', opts))).toBe('legal-aid');
    expect(id(asker.ask('理发券', opts))).toBe('haircut-voucher');
  });

  it('still refuses what the pack does not cover', () => {
    expect(asker.ask('公积金怎么提取', opts).kind).not.toBe('faq');
  });

  it('does not read lab values or a Wi-Fi password as the entry they share words with', () => {
    // Each shares a long word with an entry (体检报告, 驿站), but asks what no benefits pack answers.
    const offered = (q: string) => {
      const a = asker.ask(q, opts);
      return a.kind === 'weak' ? a.candidates.map((h) => h.entry.id) : [];
    };
    expect(offered('体检报告里甘油三酯偏高要紧吗')).toContain('health-check-report');
    expect(asker.ask('驿站的WiFi密码多少', opts).kind).not.toBe('faq');
    expect(asker.ask('what does high cholesterol on my health check report mean', opts).kind).not.toBe('faq');
    // The report itself is still answered.
    expect(id(asker.ask('体检报告在哪里查', opts))).toBe('health-check-report');
  });
});

describe('typos from pinyin input (homophones)', () => {
  let asker: Asker;
  let exact: Asker;
  beforeAll(async () => {
    const pack = await loadContentPack(SAMPLE_PACK);
    asker = createAsker(pack, labels);
    exact = createAsker(pack, labels, { params: { homophone: 0 } });
  });

  it('reads every toneless reading of a character, offline', () => {
    expect(readings('检')).toEqual(['jian']);
    expect(readings('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
  });

  // One wrong character each, with the same sound as the right one.
  const typos: [question: string, entry: string][] = [
    ['法律源助怎么申请', 'legal-aid'], // 援 → 源
    ['骑手免费体捡什么时候报名', 'health-check-tour'], // 检 → 捡
    ['高温天怎么防中署', 'summer-heat-protection'], // 暑 → 署
    ['工资被拖钱怎么办', 'wage-arrears'], // 欠 → 钱
    ['职业伤害保帐我有没有', 'occupational-injury-protection'], // 障 → 帐
    ['急救陪训学心肺复苏', 'first-aid-training'], // 培 → 陪
    ['考技能证书有补帖吗', 'skill-certificate-subsidy'], // 贴 → 帖
  ];

  it('answers questions with a homophone typo, more surely than by the other characters alone', () => {
    for (const [q, entry] of typos) {
      const a = asker.ask(q, opts);
      expect(id(a), q).toBe(entry);
      const withTypos = asker.index.search(q, 1)[0]!;
      const without = exact.index.search(q, 1)[0]!;
      expect(withTypos.entry.id, q).toBe(entry);
      expect(withTypos.score, q).toBeGreaterThan(without.score);
    }
  });

  it('counts a typo at a discount: the right spelling still scores higher', () => {
    const typed = asker.index.search('法律源助怎么申请', 1)[0]!;
    const right = asker.index.search('法律援助怎么申请', 1)[0]!;
    expect(typed.content).toBeLessThan(right.content);
    expect(typed.score).toBeLessThan(right.score);
  });

  it('still refuses what the pack does not cover, typo or not', () => {
    for (const q of [
      '公机金怎么提取',
      '明天回下雨吗',
      '房贷怎么办里',
      '驾照考试怎么报明',
      '养够要办证吗',
      '信用卡逾期了怎么办里',
    ])
      expect(asker.ask(q, opts).kind, q).not.toBe('faq');
  });
});
