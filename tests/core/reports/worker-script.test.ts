/**
 * QA8: a worker who writes in traditional characters got the secretary's question and resolution in
 * simplified ones (a branch's answer to a question passed from the FAQ was already converted). The
 * secretary's words reach a zh-TW worker in traditional script (the notes and /mytickets); the triage chat keeps
 * them as written.
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
    await app.type(':reply 请问扣了多少钱？有没有罚款单的截图？');
    expect(textIn('rider-tw1')).toContain('請問扣了多少錢？有沒有罰款單的截圖？');

    await resolve(app, 'sec-meituan', 'triage-meituan', id, '已与站点沟通，扣的钱本周内退回');
    const worker = textIn('rider-tw1');
    expect(worker).toContain('已與站點溝通，扣的錢本週內退回');
    expect(worker).not.toContain('已与站点沟通');
    // …and so does their ticket in /mytickets: the resolution and the history.
    await app.type(':as rider-tw1', ':dm', '/mytickets');
    await press(app, 'rider-tw1', id);
    const card = linesIn(app, 'rider-tw1').at(-1)!.text;
    expect(card).toContain('辦理結果：已與站點溝通，扣的錢本週內退回');
    expect(card).toContain('請問扣了多少錢？');
    expect(card).not.toContain('已与站点沟通');
    // The staff see the words as the secretary wrote them.
    expect(textIn('triage-meituan')).toContain('已与站点沟通，扣的钱本周内退回');
  });
});
