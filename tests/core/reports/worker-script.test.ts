/**
 * QA8: a worker who writes in traditional characters got the secretary's question and resolution in
 * simplified ones (a branch's answer to a question passed from the FAQ was already converted). The
 * secretary's words reach a zh-TW worker in traditional script (the notes and /mytickets); the triage chat keeps
 * them as written. QA8 #14: people's words are converted character by character, never rephrased with Taiwan's
 * phrases (出租车 stays 出租車, not 計程車; 软件 軟件, not 軟體) — the worker's own words quoted back alike.
 */
import { describe, expect, it } from 'vitest';
import { lastTicketId, linesIn, press } from './helpers.js';
import { cardOf, claim, resolve, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

const textIn = (chat: string) =>
  linesIn(setup.app, chat)
    .map((l) => l.text)
    .join('\n');

describe("a zh-TW worker's ticket", () => {
  it("gets the secretary's question and resolution in traditional script, in chat and in /mytickets", async () => {
    const { app } = setup;
    await app.type(':as rider-tw1 zh-TW', ':in riders-meituan', '/report');
    await press(app, 'riders-meituan', '私下反映');
    await app.type('站長扣了我這個月的工資，說是超時罰款');
    await press(app, 'rider-tw1', '對，下一步');
    await press(app, 'rider-tw1', '實名反映');
    await press(app, 'rider-tw1', '不同意');
    await press(app, 'rider-tw1', '提交');
    const id = lastTicketId(app, 'rider-tw1');

    await claim(app, 'sec-meituan', 'triage-meituan', id);
    await press(app, 'triage-meituan', '询问', cardOf(app, 'triage-meituan', id));
    await app.type(':reply 请问扣了多少钱？软件里有没有罚款单的截图？');
    expect(textIn('rider-tw1')).toContain('請問扣了多少錢？軟件裡有沒有罰款單的截圖？');
    // 回覆 (reply), as its button says — not 回復 (restore) (QA12).
    expect(textIn('rider-tw1')).toContain('請直接回覆我，或點下面的按鈕。');
    // The worker answers in simplified characters (a phone's keyboard), naming the taxi rank.
    await app.type(':as rider-tw1', ':dm');
    await press(app, 'rider-tw1', '回覆');
    await app.type('扣了两百，是在出租车蓄车场那边超时的');

    await resolve(
      app,
      'sec-meituan',
      'triage-meituan',
      id,
      '已与站点沟通，扣的钱本周内退回，出租车蓄车场超时不算',
    );
    const worker = textIn('rider-tw1');
    expect(worker).toContain('已與站點溝通，扣的錢本週內退回，出租車蓄車場超時不算');
    expect(worker).not.toContain('已与站点沟通');
    expect(worker).not.toContain('計程車');
    // …and so does their ticket in /mytickets: the resolution and the history, with their own words.
    await app.type(':as rider-tw1', ':dm', '/mytickets');
    await press(app, 'rider-tw1', id);
    const card = linesIn(app, 'rider-tw1').at(-1)!.text;
    expect(card).toContain('支部的答覆：已與站點溝通，扣的錢本週內退回，出租車蓄車場超時不算');
    expect(card).toContain('請問扣了多少錢？軟件裡');
    expect(card).toContain('扣了兩百，是在出租車蓄車場那邊超時的');
    expect(card).not.toContain('已与站点沟通');
    expect(card).not.toMatch(/計程車|軟體/u);
    expect(card).not.toContain('中文');
    // The staff see the words as the secretary wrote them.
    expect(textIn('triage-meituan')).toContain('已与站点沟通，扣的钱本周内退回，出租车蓄车场超时不算');
  });
});

describe("an English worker's ticket", () => {
  it("is told the secretary's question and resolution are in Chinese (QA12)", async () => {
    const { app } = setup;
    await app.type(':as rider-en9 en', ':in riders-meituan', '/report');
    await press(app, 'riders-meituan', 'Report privately');
    await app.type('My station manager took 200 yuan from my pay this month');
    await press(app, 'rider-en9', 'Yes, next');
    await press(app, 'rider-en9', 'Anonymously');
    await press(app, 'rider-en9', 'Submit');
    const id = lastTicketId(app, 'rider-en9');

    await claim(app, 'sec-meituan', 'triage-meituan', id);
    await press(app, 'triage-meituan', '询问', cardOf(app, 'triage-meituan', id));
    await app.type(':reply 请问是哪个站点扣的？');
    const asked = linesIn(app, 'rider-en9').at(-1)!.text;
    expect(asked).toContain('请问是哪个站点扣的？');
    expect(asked).toContain('(The branch wrote this in Chinese.)');

    await resolve(app, 'sec-meituan', 'triage-meituan', id, '已与站点沟通，扣的钱本周内退回');
    const resolved = linesIn(app, 'rider-en9').at(-1)!.text;
    expect(resolved).toContain('已与站点沟通，扣的钱本周内退回');
    expect(resolved).toContain('(The branch wrote this in Chinese.)');
    expect(resolved).toContain('Is the problem solved?');

    // …and so does their ticket in /ticket: the resolution and the branch's question, marked; their words not (QA12 #9).
    await app.type(':as rider-en9', ':dm', `/ticket ${id}`);
    const card = linesIn(app, 'rider-en9').at(-1)!.text;
    expect(card).toContain("The branch's answer: 已与站点沟通，扣的钱本周内退回 (in Chinese)");
    expect(card).toContain('asked: 请问是哪个站点扣的？ (in Chinese)');
    expect(card).toContain('Text:\nMy station manager took 200 yuan from my pay this month\n');
    expect(card.match(/\(in Chinese\)/g)).toHaveLength(3);
  });

  it('gets no such note when the secretary writes English', async () => {
    const { app } = setup;
    await app.type(':as rider-en8 en', ':in riders-meituan', '/report');
    await press(app, 'riders-meituan', 'Report privately');
    await app.type('My station manager took 300 yuan from my pay this month');
    await press(app, 'rider-en8', 'Yes, next');
    await press(app, 'rider-en8', 'Anonymously');
    await press(app, 'rider-en8', 'Submit');
    const id = lastTicketId(app, 'rider-en8');
    await resolve(
      app,
      'sec-meituan',
      'triage-meituan',
      id,
      'The station will pay the 300 yuan back on Friday.',
    );
    const resolved = linesIn(app, 'rider-en8').at(-1)!.text;
    expect(resolved).toContain('The station will pay the 300 yuan back on Friday.');
    expect(resolved).not.toContain('in Chinese');
  });
});
