/**
 * Stop 43 (docs/rounds/faq.md, "The asked aspect (stop 43)"): what a question asks OF the thing it names — where, a
 * price, how to apply, who may, hours, a repair, taking away, renewing, compensation — read alike in zh-CN, zh-TW
 * (after `normalize`), English and typed pinyin, and whether an entry's text covers it.
 */
import { describe, expect, it } from 'vitest';
import { askedAspects, coveredAspects, uncoveredAspects } from '../../../scripts/lib/aspect.js';
import { normalize } from '../../../src/core/faq/normalize.js';

const asked = (q: string) => askedAspects(normalize(q));

describe('the asked aspect', () => {
  it.each([
    ['电动车哪里修得便宜', ['where', 'price', 'repair']],
    ['電動車哪裡維修比較便宜', ['where', 'price', 'repair']],
    ['Where can I get my e-bike repaired cheaply?', ['where', 'price', 'repair']],
    ['爱心餐可以打包带走吗', ['takeaway']],
    ['愛心餐可以外帶嗎', ['takeaway']],
    ['Can I take the free meal to go?', ['takeaway']],
    ['车险快到期了，哪家保险公司续保便宜', ['price', 'renew']],
    ['車險快到期了，哪家續保便宜', ['price', 'renew']],
    ['my e-bike insurance expired, where do I renew it', ['where', 'renew']],
    ['南开大学食堂外人能进去吃饭不', ['who']],
    ['校外人員可以進去食堂嗎', ['who']],
    ['can outsiders eat in the university canteen', ['who']],
    ['驿站几点开门', ['hours']],
    ['驛站營業時間是幾點到幾點', ['hours']],
    ['what are the opening hours of the station', ['hours']],
    ['骑手公寓怎么申请', ['apply']],
    ['骑手公寓怎麼申請', ['apply']],
    ['how do I apply for the rider apartment', ['apply']],
    ['摔伤了能赔多少', ['compensation']],
    ['摔傷了醫藥費能報銷嗎', ['compensation']],
    ['can I claim compensation for a fall at work', ['compensation']],
    ['dian che zai na li xiu li', ['where', 'repair']],
  ])('%s asks %j', (q, aspects) => {
    expect(asked(q)).toEqual(aspects);
  });

  it.each([
    // Told, not asked: a door opened, a fee's name, money taken, someone claiming to be support, a helper sought.
    '顾客开门就骂人',
    '贷款说先交五百手续费就放款',
    '每天一上线就少两块钱，这钱被谁拿走了',
    'someone claiming to be platform support called me',
    '谁能帮我看一下孩子',
    'who can I talk to when I feel down',
  ])('%s asks no aspect', (q) => {
    expect(asked(q)).toEqual([]);
  });

  it('an entry covers an aspect in its own words: a price as 元 or 免费, hours as 9:00, a repair as 修', () => {
    const battery = normalize('换电柜在驿站门口 扫码换电，充电每次1元，24小时可用');
    expect(coveredAspects(battery)).toEqual(expect.arrayContaining(['price', 'hours']));
    expect(coveredAspects(battery)).not.toContain('repair');
    expect(uncoveredAspects(normalize('电动车哪里修得便宜'), battery)).toEqual(['repair']);
    expect(uncoveredAspects(normalize('Where can I get my e-bike repaired cheaply?'), battery)).toEqual([
      'repair',
    ]);
    expect(uncoveredAspects(normalize('換電櫃幾點開門'), battery)).toEqual([]);
  });
});
