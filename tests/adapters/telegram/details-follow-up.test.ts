/**
 * A worker with an open report who sends details unasked — "是12月5号中午，订单尾号3321", a date and an order tail — is
 * offered to add them to the report (📎 补充到), not answered from the FAQ (stop 42: the sample pack answered about
 * the notices' 收到 button, whose example "为什么中午不发通知" shared the 中午). A real question from the same worker is
 * still answered; with no report open the same details get no sure answer. Telegram end to end: the real app, real
 * Redis, the grammY adapter and the Bot API stand-in; zh-CN, zh-TW and English.
 */
import type { User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report, TRIAGE } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The 收到 entry's answer, which a date and a 中午 used to get. */
const ACK_ANSWER = '点一下表示你看过了';

/** A report filed in private by a worker in no group: its card goes to the district's triage. */
const fileReport = async (rider: User, text: string) => ({
  id: await report(t, TRIAGE, rider, text, [':anon:1']),
  triage: TRIAGE,
});

const relayedTo = (triage: number, mark: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === triage)
    .map((c) => String(c.params.text))
    .join('\n');

describe('details sent unasked while a report is open', () => {
  it('zh-CN: a date and an order tail are offered to the report, and one tap takes them to the branch', async () => {
    const rider = t.u.person(8860);
    const { id, triage } = await fileReport(rider, '昨天送的一单顾客说没收到，平台直接扣了我五十块');
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '是12月5号中午，订单尾号3321'));
    const offer = t.api.lastMessage(rider.id)!;
    expect(offer.text).toContain('您有正在办理的反映');
    expect(buttonsOf(offer).some((b) => b.text.includes(`补充到 ${id}`))).toBe(true);
    expect(t.api.shownTexts(mark).join('\n')).not.toContain(ACK_ANSWER);
    await pressIn(t, rider.id, rider, `fu:add:${id}`);
    const relayed = relayedTo(triage, mark);
    expect(relayed).toContain(id);
    expect(relayed).toContain('12月5号中午');
  });

  it('zh-TW: the same in traditional characters', async () => {
    const rider = t.u.person(8861, { language_code: 'zh-hant' });
    const { id } = await fileReport(rider, '昨天送的一單顧客說沒收到，平台直接扣了我五十塊');
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '就是12月5號中午，訂單尾號3321'));
    const offer = t.api.lastMessage(rider.id)!;
    expect(offer.text).toContain('您有正在辦理的反映');
    expect(buttonsOf(offer).some((b) => b.text.includes(`補充到 ${id}`))).toBe(true);
    expect(t.api.shownTexts(mark).join('\n')).not.toContain('點一下表示你看過了');
  });

  it('English: "It was Dec 5 around noon, order ending 3321" is offered to the report', async () => {
    const rider = t.u.person(8862, { language_code: 'en' });
    const { id } = await fileReport(
      rider,
      'A customer said the order never arrived and the platform fined me 50 yuan',
    );
    await t.handle(t.u.privateText(rider, 'It was Dec 5 around noon, order ending 3321'));
    const offer = t.api.lastMessage(rider.id)!;
    expect(offer.text).toContain('You have a report that is still being handled');
    expect(buttonsOf(offer).some((b) => b.text.includes(`Add to ${id}`))).toBe(true);
  });

  it('a place told as an answer is ("就在万达广场北门") offered too', async () => {
    const rider = t.u.person(8863);
    const { id } = await fileReport(rider, '驿站门口的充电桩坏了好几天了，一直没人修');
    await t.handle(t.u.privateText(rider, '就在万达广场北门'));
    const offer = t.api.lastMessage(rider.id)!;
    expect(offer.text).toContain('您有正在办理的反映');
    expect(buttonsOf(offer).some((b) => b.text.includes(`补充到 ${id}`))).toBe(true);
  });

  it('a real question from the same worker is still answered, with no offer', async () => {
    const rider = t.u.person(8864);
    await fileReport(rider, '昨天送的一单顾客说没收到，平台直接扣了我五十块');
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '通知下面的收到要点吗'));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain(ACK_ANSWER);
    expect(shown).not.toContain('您有正在办理的反映');
  });

  it('"是的" is small talk, not details: no offer', async () => {
    const rider = t.u.person(8865);
    await fileReport(rider, '昨天送的一单顾客说没收到，平台直接扣了我五十块');
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '是的'));
    expect(t.api.shownTexts(mark).join('\n')).not.toContain('您有正在办理的反映');
  });
});

describe('details with no report open', () => {
  it('zh-CN: no sure answer on a date and an order tail', async () => {
    const rider = t.u.person(8866);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '是12月5号中午，订单尾号3321'));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).not.toContain(ACK_ANSWER);
    expect(shown).toContain('这个问题我还答不上来');
  });

  it('zh-TW and English: the same', async () => {
    const tw = t.u.person(8867, { language_code: 'zh-hant' });
    let mark = t.api.mark();
    await t.handle(t.u.privateText(tw, '是12月5號中午，訂單尾號3321'));
    expect(t.api.shownTexts(mark).join('\n')).toContain('這個問題我還答不上來');
    const en = t.u.person(8868, { language_code: 'en' });
    mark = t.api.mark();
    await t.handle(t.u.privateText(en, 'order #3321, Dec 5 around noon'));
    expect(t.api.shownTexts(mark).join('\n')).toContain("Sorry, I can't answer that yet.");
  });

  it('"中午那单" (a time and a filler) is no sure answer about the 收到 button', async () => {
    const rider = t.u.person(8869);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '中午那单'));
    expect(t.api.shownTexts(mark).join('\n')).not.toContain(ACK_ANSWER);
  });
});
