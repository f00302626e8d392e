/**
 * Stop 44 (docs/rounds/faq.md, "The event asked (stop 44)"): what happened to the worker — a theft or a loss, a dispute
 * with a party or a complaint about someone — read alike in zh-CN, zh-TW (after `normalize`), English and typed pinyin,
 * and whether an entry's text speaks of it. Written for these tests, not dev lines.
 */
import { describe, expect, it } from 'vitest';
import { spokenEvents, toldEvents, untoldEvents } from '../../../scripts/lib/event.js';
import { normalize } from '../../../src/core/faq/normalize.js';

const told = (q: string) => toldEvents(normalize(q));

describe('the event told', () => {
  it.each([
    ['停在超市门口的电瓶车被人骑走了，还能追回来吗', ['theft']],
    ['停在超市門口的電瓶被人撬走了，報警有用嗎', ['theft']],
    ['Someone stole my scooter battery outside the mall last night', ['theft']],
    ['wo de dian ping che bei tou le zen me ban', ['theft']],
    ['饭卡弄丢了 去哪补', ['theft']],
    ['修车铺收了两百定金，现在不修也不退，找谁投诉', ['dispute']],
    ['修車舖收了訂金又不肯退，可以去哪裡投訴', ['dispute']],
    ['The repair shop refuses to refund my deposit, where can I complain?', ['dispute']],
    ['xiu che pu bu tui ding jin, zen me tou su', ['dispute']],
  ])('%s tells %j', (q, events) => {
    expect(told(q)).toEqual(events);
  });

  it.each([
    // Secretly, afraid of a theft, being complained about, money back after a fine: no event of the worker's.
    '想偷偷跟书记反映一下站里的事',
    '電瓶放樓下怕被偷，能拿上樓充嗎',
    '最近老是被顾客投诉，心里烦',
    'I keep getting complaints from customers and I feel awful',
    '超时被扣了十块，能要回来吗',
  ])('%s tells no event', (q) => {
    expect(told(q)).toEqual([]);
  });

  it("an entry speaks of an event in its own words, or never: a charging entry says nothing of a theft or a shop's dispute", () => {
    const charging = normalize('电瓶别拿进出租屋充电，更不要充过夜。电池鼓包、发烫马上停用。');
    const theftEntry = normalize('电动车被盗先打110报警，保留购车发票，车上装了定位的可以协助找回。');
    const consumer = normalize('和商家有消费纠纷，先协商，协商不成打12315投诉。');
    expect(spokenEvents(charging)).toEqual([]);
    expect(spokenEvents(theftEntry)).toContain('theft');
    expect(spokenEvents(consumer)).toEqual(['dispute']);
    expect(untoldEvents(normalize('电瓶被人撬走了 能找回来吗'), charging)).toEqual(['theft']);
    expect(untoldEvents(normalize('電瓶被人撬走了'), theftEntry)).toEqual([]);
    expect(untoldEvents(normalize('Someone stole my battery'), charging)).toEqual(['theft']);
    expect(untoldEvents(normalize('车行押金不退 打哪个电话投诉'), consumer)).toEqual([]);
    expect(untoldEvents(normalize('車行押金不退 打哪個電話投訴'), charging)).toEqual(['dispute']);
  });
});
