/**
 * A worker who gives their own phone or ID number while asking ("我的手机号是…帮我查下社保") asks about the topic, not
 * about phone numbers: 手机号 matched the entry whose answer says to log in with the phone number used at the health
 * check (found using the bot on 天河, stop 30). Questions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

describe('a question with the worker’s own number in it', () => {
  it.each([
    '我的手机号是13812345678帮我查下社保',
    '帮我查下社保，手机号１３８ １２３４ ５６７８',
    '我的身份证号是44010619900101123X，帮我查下社保',
  ])('"%s" is answered on its topic', async (question) => {
    const asker = await askerOn(FAQ_PACKS.tianhe);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe('flexible-social-insurance');
  });

  it('keeps the number’s label when the question is about it', async () => {
    const asker = await askerOn(FAQ_PACKS.tianhe);
    const plain = seen(asker.ask('体检结果用手机号怎么查', AT_WEDNESDAY_10));
    expect(seen(asker.ask('体检结果用手机号13812345678怎么查', AT_WEDNESDAY_10))).toBe(plain);
    expect(plain).toBe('health-report');
  });
});
