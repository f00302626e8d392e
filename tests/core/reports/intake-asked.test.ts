/**
 * QA9 #3: a worker's own questions while a report is open. A station's hours, a question the FAQ has close
 * entries for, asked under an emergency's 🆘 tap or at a later step, are answered aside and kept out of the
 * report; a bare number is read as the button it numbers; the emergency numbers are shown once per draft. Details
 * told — and a question about the problem itself — still join the report. On 裕华's pack (where QA found it) and
 * the sample pack.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, linesIn, press, T0 } from './helpers.js';

const YUHUA = resolve(import.meta.dirname, '../../../packs/yuhua');
/** The ambulance number as every emergency block gives it. */
const NUMBERS = '120 急救';

const count = (said: string[], words: string) => said.filter((s) => s.includes(words)).length;

/** The ticket in the newest receipt `user` got (any pack's prefix). */
async function lastTicket(app: TestApp, user: string) {
  const receipt = linesIn(app, user)
    .filter((l) => /已受理，编号/.test(l.text))
    .at(-1);
  const id = /[A-Z]{2,}-\d{4}-\d{6}/.exec(receipt?.text ?? '')?.[0];
  if (!id) throw new Error(`no receipt for ${user}`);
  return (await app.app.deps.store.tickets.get(id))!;
}

/** Texts and button labels of the bot's messages to `user` since the `from`-th. */
const shown = (app: TestApp, user: string, from: number) =>
  linesIn(app, user)
    .slice(from)
    .map((l) => [l.text, ...l.choices].join('\n'))
    .join('\n');

describe('裕华: an emergency told, then questions of the worker’s own (QA9 #3)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ contentDir: YUHUA, now: clock(T0).now });
  });
  afterAll(async () => app?.close());

  it('answers the station and pay questions aside, reads the numbers as buttons, shows the numbers once', async () => {
    await app.type(':as rider-q1 zh-CN', ':dm', '俺们站里一个小伙子烧煤气的屋里晕过去了，叫不醒');
    const said: string[] = [...app.take()];
    expect(said.join('\n')).toContain(NUMBERS);

    // A station's hours under the 🆘 tap: that station's card, the draft kept, the 🆘 tap offered again.
    await app.type('怀特那个驿站几点关门');
    let now = app.take();
    said.push(...now);
    expect(now.join('\n')).toContain('怀特骑手之家');
    expect(now.join('\n')).toContain('您的反映还没提交');
    expect(now.join('\n')).not.toContain('已补充');
    expect(linesIn(app, 'rider-q1').at(-1)!.choices).toContain('🆘 马上反映给支部');

    // More of what happened joins, and the category is proposed.
    await app.type('他还是叫不醒，脸发红');
    said.push(...app.take());
    expect(linesIn(app, 'rider-q1').at(-1)!.text).toContain('我理解这是「');

    // A pay question the FAQ is not sure of: its closest entries, kept out of the report.
    const before = linesIn(app, 'rider-q1').length;
    await app.type('乐仁堂送药一单给多少钱，夜里送加钱不');
    said.push(...app.take());
    expect(shown(app, 'rider-q1', before)).toContain('送药骑手的规矩');
    expect(shown(app, 'rider-q1', before)).toContain('您刚问的问题我没有把握');
    expect(shown(app, 'rider-q1', before)).not.toContain('已补充');

    // "5" where three buttons wait: the buttons again, saying how many; nothing added.
    await app.type('5');
    now = app.take();
    said.push(...now);
    expect(now.join('\n')).toContain('只有 3 个按钮');
    expect(now.join('\n')).not.toContain('已补充');
    expect(linesIn(app, 'rider-q1').at(-1)!.choices).toContain('✅ 对，下一步');

    // "1" is ✅ at the category step, "1" 🙈 anonymous, "1" ✅ submit.
    await app.type('1');
    expect(linesIn(app, 'rider-q1').at(-1)!.text).toContain('要匿名反映吗');
    await app.type('1');
    expect(linesIn(app, 'rider-q1').at(-1)!.text).toContain('请确认您的反映');
    said.push(...app.take());
    // The numbers were shown once, above the first reply, not again above every question asked again.
    expect(count(said, NUMBERS)).toBe(1);
    await app.type('1');
    const ticket = await lastTicket(app, 'rider-q1');
    expect(ticket.text).toBe('俺们站里一个小伙子烧煤气的屋里晕过去了，叫不醒\n他还是叫不醒，脸发红');
    expect(ticket.urgency).toBe('emergency');
  });

  it('a number under the 🆘 tap files it; a number beyond it says there is one button', async () => {
    await app.type(':as rider-q2 zh-CN', ':dm', '我同事中暑晕倒在路边了，叫不醒');
    app.take();
    await app.type('2');
    expect(app.take().join('\n')).toContain('只有 1 个按钮');
    await app.type('1');
    expect(app.take().join('\n')).toContain('已提交');
    const ticket = await lastTicket(app, 'rider-q2');
    expect(ticket.text).toBe('我同事中暑晕倒在路边了，叫不醒');
  });
});

describe('sample pack: questions asked and details told at the later steps', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ now: clock(T0).now });
  });
  afterAll(async () => app?.close());

  it('a station asked of and a not-sure question are aside; a detail and a question about the problem join', async () => {
    await app.type(':as rider-q3 zh-CN', ':dm', '/report', '站长扣了我200块钱');
    app.take();
    await app.type('长阳路那个驿站几点开门');
    let now = app.take().join('\n');
    expect(now).toContain('长阳创谷');
    expect(now).toContain('您的反映还没提交');
    expect(now).not.toContain('已补充');

    await app.type('外卖夜里送单加钱不');
    now = app.take().join('\n');
    expect(now).toContain('您刚问的问题我没有把握');
    // One tap adds it after all.
    await press(app, 'rider-q3', '把这句加进反映');

    for (const detail of ['站长凭什么扣我钱？', '他还天天骂人']) {
      await app.type(detail);
      expect(app.take().join('\n'), detail).toContain('已补充');
    }
    // "2" is 🔁 at the category step: the categories, one of which is pressed.
    await app.type('2');
    expect(linesIn(app, 'rider-q3').at(-1)!.text).toContain('请选择最接近的分类');
    await press(app, 'rider-q3', '薪酬与罚款');
    // A full-width "２" at the anonymity step is 🙋 named; "7" is beyond the buttons; "2" is 不同意.
    await app.type('２');
    expect(linesIn(app, 'rider-q3').at(-1)!.text).toContain('联系');
    await app.type('7');
    expect(app.take().join('\n')).toContain('只有 3 个按钮');
    await app.type('2');
    expect(linesIn(app, 'rider-q3').at(-1)!.text).toContain('请确认您的反映');
    await press(app, 'rider-q3', '提交');
    const ticket = await lastTicket(app, 'rider-q3');
    expect(ticket.text).toBe('站长扣了我200块钱\n外卖夜里送单加钱不\n站长凭什么扣我钱？\n他还天天骂人');
    expect(ticket.anonymous).toBe(false);
  });

  it('at the describe step a number is still words (an amount, a phone number)', async () => {
    await app.type(':as rider-q4 zh-CN', ':dm', '/report', '200');
    expect(app.take().join('\n')).toContain('已记下');
  });
});
