/**
 * Two entries on one topic (typhoon safety vs. bad-weather delays, the counselling room vs. the hotline,
 * the occupational-injury cover vs. its claim, the diploma vs. the skills class): a worker gets the one
 * their question asks for (docs/rounds/faq.md, Round 10). Examples written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_WEDNESDAY_10, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const NANSHAN = PACKS.nanshan;
const opts = AT_WEDNESDAY_10;

describe('two entries on one topic', () => {
  let nanshan: Asker;
  let yangpu: Asker;
  beforeAll(async () => {
    nanshan = await askerOn(NANSHAN);
    yangpu = await askerOn(SAMPLE_PACK);
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
