/**
 * Regional wordings (Southwestern 遭 = 被, Cantonese 俾人 / 几多 / 咗, Wuhan 么样 / 冇得) read as plain
 * Chinese by every check of the answerer, not only by the ranking (docs/rounds/faq.md, Round 11). The examples
 * are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

describe('regional wordings', () => {
  let yangpu: Asker;
  let nanshan: Asker;
  beforeAll(async () => {
    yangpu = await askerOn(SAMPLE_PACK);
    nanshan = await askerOn(PACKS.nanshan);
  });

  it('reads regional passives and question words as their plain forms', () => {
    expect(yangpu.index.plain('电瓶车遭偷咗 点算')).toBe('电动车被偷了 怎么办');
    expect(yangpu.index.plain('俾人呃钱 几多钱 么样搞')).toBe('被人骗钱 多少钱 怎么办');
    // 么样 and 么时候 are not read inside 怎么样 / 什么时候.
    expect(yangpu.index.plain('体检什么时候 怎么样')).toBe('体检什么时候 怎么样');
  });

  it('answers a detail asked in a regional wording', () => {
    for (const [asker, q, entry] of [
      [nanshan, '俾人呃咗钱 要打咩电话', 'fraud-what-to-do'],
      [yangpu, '俾人呃咗钱 点算', 'fraud-after-scammed'],
      [yangpu, '遭罚款了 几耐之内可以申诉', 'penalty-appeal'],
      [yangpu, '体检报告么样查', 'health-check-report'],
      [nanshan, '景区半价票一年能用几回', 'scenic-tickets'],
    ] as const) {
      expect(id(asker.ask(q, opts)), q).toBe(entry);
    }
  });

  it('does not answer what no entry covers just because it was asked in dialect', () => {
    // A theft (遭偷 = 被偷) is beyond any benefits pack, whatever the entry on e-bike plates says.
    expect(id(yangpu.ask('电瓶车昨晚遭偷了 咋个整', opts))).not.toBe('ebike-plate-helmet');
    expect(id(nanshan.ask('电动车畀人偷咗点算', opts))).not.toBe('ebike-registration');
  });

  it('offers, not answers, a detail the entry does not state or a record only the worker can see', () => {
    // Either-or: both choices are what is asked, and the entry names neither.
    expect(id(yangpu.ask('驿站心理咨询师是男的还是女的', opts))).toBe('weak');
    // The worker's own card number: no entry states it.
    expect(id(yangpu.ask('我的关爱卡号是好多', opts))).toBe('weak');
    expect(id(nanshan.ask('我的关爱卡卡号是几多', opts))).toBe('weak');
  });

  it('does not answer an allowance no entry mentions with the entry on the season', () => {
    expect(id(yangpu.ask('夏天高温补贴一个月几多钱', opts))).not.toBe('summer-heat-protection');
    expect(id(nanshan.ask('Is there a heating allowance in winter?', opts))).not.toBe('heat-relief');
  });

  it('still answers an either-or the entry does speak of', () => {
    expect(id(yangpu.ask('驿站体检是免费的还是要钱的', opts))).toBe('health-check-tour');
  });
});
