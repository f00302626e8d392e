/**
 * Two entries on one topic (typhoon safety vs. bad-weather delays, the counselling room vs. the hotline,
 * the occupational-injury cover vs. its claim, the diploma vs. the skills class): a worker gets the one
 * their question asks for (docs/faq.md, Round 10). Examples written for these tests.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createAsker, type Answer, type Asker } from '../../../src/core/faq/ask.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { serviceLabels } from '../../../src/core/stations/labels.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const NANSHAN = resolve(import.meta.dirname, '../../../packs/nanshan');
const opts = { now: new Date('2026-12-02T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const id = (a: Answer) => (a.kind === 'faq' ? a.hit.entry.id : a.kind);

describe('two entries on one topic', () => {
  let nanshan: Asker;
  let yangpu: Asker;
  beforeAll(async () => {
    const labels = serviceLabels(loadI18n(resolve(import.meta.dirname, '../../../locales')));
    nanshan = createAsker(await loadContentPack(NANSHAN), labels);
    yangpu = createAsker(await loadContentPack(SAMPLE_PACK), labels);
  });

  const nanshanPairs: [string, string][] = [
    ['台风那天送餐全超时了 会扣钱吗', 'bad-weather-delay'],
    ['驿站有心理老师可以当面聊吗', 'counselling-in-person'],
    ['半夜睡不着 有没有电话能找人聊聊', 'counselling-hotline'],
    ['送件摔断了腿 职业伤害待遇怎么申请', 'occupational-injury-claim'],
    ['入了工会有啥好处', 'union-benefits'],
  ];
  it.each(nanshanPairs)('南山: %s → %s', (q, entry) => {
    expect(id(nanshan.ask(q, opts))).toBe(entry);
  });

  const yangpuPairs: [string, string][] = [
    ['想去驿站找心理咨询师当面聊 要预约吗', 'counselling-room'],
    ['初中毕业 跑单的能读大专吗', 'open-university-diploma'],
    ['考出电工证有补贴吗', 'skill-certificate-subsidy'],
    ['每天第一单扣的几块钱是什么保险', 'rider-daily-insurance-deduction'],
  ];
  it.each(yangpuPairs)('杨浦: %s → %s', (q, entry) => {
    expect(id(yangpu.ask(q, opts))).toBe(entry);
  });
});
