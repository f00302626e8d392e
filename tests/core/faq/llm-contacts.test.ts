/**
 * The model may only repeat contacts its cited entries give: an answer with a phone number, URL, e-mail or
 * chat id that is not in them is replaced by the offline answer (and counted), through the real app and
 * the real `openai` client against the local stand-in.
 */
import { describe, expect, it } from 'vitest';
import { foreignContacts } from '../../../src/core/faq/contacts.js';
import { buttonData } from './harness.js';
import { useModelHarness } from './model-harness.js';

const model = useModelHarness('rider-contacts');
const { modelSays, fallbacks } = model;
const contactFallbacks = (): Promise<number> => fallbacks('contact');

const OFFLINE_TITLE = '骑手免费巡回体检：时间和报名';

describe('contacts in the model’s answer', () => {
  it('keeps the cited entry’s own phone number, however it is written', async () => {
    modelSays('体检免费，找站长报名，或打 021-55660801 咨询。');
    await model.h.type('骑手体检在哪预约');
    const [line] = model.h.take();
    expect(line?.text).toContain('或打 021-55660801 咨询');
    expect(line?.text).toContain(`依据：${OFFLINE_TITLE}`);
  });

  it.each([
    ['a phone number', '体检免费，直接打 138 0013 8000 找王站长。'],
    ['a URL', '体检免费，在 https://tijian-yuyue.example.com 预约。'],
    ['a bare domain', '体检免费，上 yuyue-tijian.cn 预约。'],
    ['an e-mail address', '体检免费，发邮件到 tijian@example.org 报名。'],
    ['a WeChat id', '体检免费，加微信号：tijian_2026 报名。'],
    ['a phone number in full-width digits', '体检免费，直接打 １３８００１３８０００ 找王站长。'],
    ['a phone number read out in Chinese', '体检免费，直接打 一三八零零一三八零零零 找王站长。'],
    ['a phone number as 幺/洞', '体检免费，直接打 幺三八洞洞幺三八洞洞洞 找王站长。'],
    ['a full-width web address', '体检免费，上 ｗｗｗ．ｔｉｊｉａｎ．ｃｏｍ 预约。'],
    ['a short link', '体检免费，上 bit.ly/tj2026 预约。'],
    ['a Telegram @name', '体检免费，私信 @tijian_helper 报名。'],
    ['a WeChat id under another spelling', '体检免费，加薇信 tijian2026 报名。'],
    ['a service number to call', '体检免费，不舒服就打 110 报名。'],
    ['an official account named without quotes', '体检免费，关注公众号：杨浦骑手之家 报名。'],
    ['an official account to search for', '体检免费，搜索公众号杨浦骑手之家报名。'],
    ['a mini program', '体检免费，在小程序“骑手之家”里预约。'],
    ['a domain with a Chinese full stop', '体检免费，上网站 evil。com 预约。'],
    ['a domain with a space before its dot', '体检免费，上网站 evil .com 预约。'],
    ['an address spelled out', '体检免费，发邮件 tijian at example dot org 报名。'],
    ['an address in Chinese', '体检免费，上例子.中国预约。'],
    ['an address in Chinese with a Chinese full stop', '体检免费，上网站 政府。中国 预约。'],
    ['an address in Chinese written as punycode', '体检免费，上 xn--fsqu00a.xn--fiqs8s 预约。'],
  ])('falls back to the offline answer when it adds %s, and counts it', async (_what, answer) => {
    modelSays(answer);
    const before = await contactFallbacks();
    await model.h.type('骑手体检在哪预约');
    const [line] = model.h.take();
    expect(line?.text).not.toContain(answer.slice(5, 12));
    expect(line?.text).toContain(OFFLINE_TITLE);
    expect(line?.text).toContain('021-5566 0801');
    expect(buttonData(line)[0]).toBe('fb:health-check-tour:up');
    expect(await contactFallbacks()).toBe(before + 1);
  });

  it('lets an English answer with words after "WeChat" or "line" through (they are not ids)', async () => {
    await model.h.type(':as rider-contacts-en en');
    model.h.take();
    modelSays('Free once a year. Queue in line before 8:00 fasting, or ask in your station’s WeChat group.');
    const before = await contactFallbacks();
    await model.h.type('how do I sign up for the health check');
    expect(model.h.take()[0]?.text).toContain('Queue in line before 8:00 fasting');
    expect(await contactFallbacks()).toBe(before);
  });

  it('lets English sentences through whose next word is also a domain ending ("Info", "Co-workers")', async () => {
    await model.h.type(':as rider-contacts-en en');
    model.h.take();
    modelSays('Free once a year at the station. Info on dates is posted there. Co-workers can sign up too.');
    const before = await contactFallbacks();
    await model.h.type('how do I sign up for the health check');
    expect(model.h.take()[0]?.text).toContain('Info on dates is posted there');
    expect(await contactFallbacks()).toBe(before);
  });

  it('an account the entry names is the entry’s, quoted or not, however the sentence runs on', () => {
    const entry = ['报名请关注公众号「杨浦骑手之家」，每周更新。'];
    expect(foreignContacts('关注公众号杨浦骑手之家就能看到报名时间', entry)).toEqual([]);
    expect(foreignContacts('公众号：杨浦骑手之家，每周更新', entry)).toEqual([]);
    expect(foreignContacts('关注公众号杨浦体检中心就能报名', entry)).toHaveLength(1);
  });

  it.each([
    ['a second service number after 或', '偏高别硬扛，有事打 120 或 119。'],
    ['a second number after 或者', '偏高别硬扛，拨打 120 或者 12333。'],
    ['a number later in a list', '偏高别硬扛，打 120、110 或 119。'],
  ])('falls back when the entry gives the first number of a list but not %s', async (_what, answer) => {
    // The self-service corner entry says "及时就医或打 120" and gives no other short number.
    model.fake.setModel(() => ({
      content: JSON.stringify({ answer, used_ids: ['health-self-service-corner'], known: true }),
    }));
    const before = await contactFallbacks();
    await model.h.type('哪里可以自己量血压');
    const [line] = model.h.take();
    expect(line?.text).not.toContain(answer.slice(0, 8));
    expect(line?.text).toContain('驿站自助健康角：量血压、测血糖');
    expect(await contactFallbacks()).toBe(before + 1);
  });

  it('shows an answer whose list of numbers the entry gives whole, or in another form', async () => {
    model.fake.setModel(() => ({
      content: JSON.stringify({
        answer: '偏高别硬扛，及时就医或打 120；哪些驿站有健康角，打 021-55660801 问。',
        used_ids: ['health-self-service-corner'],
        known: true,
      }),
    }));
    const before = await contactFallbacks();
    await model.h.type('哪里可以自己量血压');
    expect(model.h.take()[0]?.text).toContain('及时就医或打 120；');
    expect(await contactFallbacks()).toBe(before);
    // Straight from the check: an entry's own list and its own address, however written, are its.
    expect(foreignContacts('打 120 或 110', ['心里难受打120或110'])).toEqual([]);
    expect(foreignContacts('上 xn--fsqu00a.xn--fiqs8s 预约', ['访问例子.中国预约'])).toEqual([]);
    expect(foreignContacts('上例子.中国预约', ['网址：xn--fsqu00a.xn--fiqs8s'])).toEqual([]);
    expect(foreignContacts('第3.5条说补贴2.5万，1.中国移动用户在中国。中国法律', [''])).toEqual([]);
  });

  it('lets amounts, times and dates through (they are not contacts)', async () => {
    // (A sum the entry does not give falls back for another reason: tests/core/faq/llm-figures.test.ts.)
    modelSays('体检免费，一年一次，抽血 8:00–10:30，2026-03-02 更新，咨询电话工作日 9:00–17:00。');
    const before = await contactFallbacks();
    await model.h.type('骑手体检在哪预约');
    expect(model.h.take()[0]?.text).toContain('2026-03-02 更新');
    expect(await contactFallbacks()).toBe(before);
  });
});
