/**
 * A district's pack written by someone else, in its own region's words (packs/chaoyang: titles such as
 * "想在我们这片儿新开个驿站", no example questions), asked in Beijing and other regional speech. The questions
 * are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { plainErhua } from '../../../src/core/faq/dialect.js';
import { AT_WEDNESDAY_10, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;

let asker: Asker;
beforeAll(async () => {
  asker = await askerOn(PACKS.chaoyang);
});

describe('regional speech', () => {
  it('drops the erhua 儿 of words but keeps the 儿 of 女儿, 儿童, 幼儿园', () => {
    expect(plainErhua('想在这片儿开个驿站 一块儿去')).toBe('想在这片开个驿站 一块去');
    expect(plainErhua('女儿上幼儿园 儿童节 托儿所')).toBe('女儿上幼儿园 儿童节 托儿所');
  });

  it('answers questions in Beijing words', () => {
    expect(id(asker.ask('有点难处 不想在群里说 搁哪儿私下反映', opts))).toBe('zenme-fanying');
    expect(id(asker.ask('这天儿忒热了 跑单咋防中暑', opts))).toBe('fangshu-zhongshu');
    expect(id(asker.ask('站长非让我注册个体户 这是嘛意思', opts))).toBe('getihu-hetong');
    expect(id(asker.ask('让人给骗了两千 这会儿咋办', opts))).toBe('bei-pianle');
  });

  it('reads a worker’s own job as who asks, not what about', () => {
    expect(id(asker.ask('送外卖的能去驿站歇会儿不', opts))).toBe('yizhan-shi-shenme');
  });

  it('takes greetings and acknowledgements for small talk, not questions', () => {
    for (const q of [
      '今儿个吃了吗您',
      '嘛呢',
      '得嘞 谢谢您',
      '唔该',
      '嘎哈呢',
      '老铁 嘎哈呐',
      '唠会儿嗑',
      '汝好',
      '食饱未',
      '歹势 多谢',
      '吃了没得',
      '安逸',
      '莫得事',
      '你在搞啥子',
      '爪子哦',
      '有没有人',
      '我想问个问题',
      '咨询一下',
      '师傅好',
      '谢谢你啊师傅',
      'good job',
    ])
      expect(asker.ask(q, opts).kind, q).toBe('unknown');
  });

  it('does not answer what the pack does not say: an age, tomorrow’s weather in regional words', () => {
    expect(asker.ask('养老保险多大岁数能领', opts).kind).not.toBe('faq');
    expect(asker.ask('明儿个下雨不', opts).kind).not.toBe('faq');
  });

  it('answers a worker asking about their own phone number, which is no request for a contact', () => {
    expect(id(asker.ask('if I report a problem will my phone number be leaked', opts))).toBe('yinsi');
  });

  it('meets an entry with one example question by its tags and title (车祸 vs 撞车了咋整)', () => {
    expect(id(asker.ask('出了车祸头一件事干嘛', opts))).toBe('chushi-xianchang');
  });
});

describe('other regions’ speech on other packs', () => {
  let nanshan: Asker;
  let sample: Asker;
  beforeAll(async () => {
    nanshan = await askerOn(PACKS.nanshan);
    sample = await askerOn(PACKS.yangpu);
  });

  it('answers Cantonese', () => {
    expect(id(nanshan.ask('老细两个月冇出粮 点算', opts))).toBe('wage-arrears');
    expect(id(nanshan.ask('边度可以免费飞发', opts))).toBe('haircut');
    expect(nanshan.ask('食咗饭未呀', opts).kind).toBe('unknown');
  });

  it('answers Wu', () => {
    expect(id(sample.ask('老板工钿拖了两个月勿发 哪能办', opts))).toBe('wage-arrears');
    expect(sample.ask('明朝落雨伐', opts).kind).not.toBe('faq');
  });

  it('answers north-eastern speech', () => {
    expect(id(nanshan.ask('俺家娃读书钱不够 有啥助学金不', opts))).toBe('children-study-aid');
  });
});
