/**
 * QA12 #8: a secretary wrote Chinese to a worker who reads English — nothing on the triage card said the
 * reporter reads English. The card, /ticket and the board's ticket page now say so when the reporter's language
 * is not simplified Chinese (English: answer in English if you can; traditional: your words are converted).
 */
import { describe, expect, it } from 'vitest';
import { lastTicketId, linesIn, press } from './helpers.js';
import { boardPage, cardOf, fileFrom, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

const cardText = (chat: string, id: string) =>
  linesIn(setup.app, chat)
    .filter((l) => l.id === cardOf(setup.app, chat, id))
    .at(-1)!.text;

describe("the reporter's language on the triage card", () => {
  it('tells the secretary an English reporter reads English, on the card, /ticket and the board', async () => {
    const { app } = setup;
    await app.type(':as rider-lang-en en', ':in riders-meituan', '/report');
    await press(app, 'riders-meituan', 'Report privately');
    await app.type('My station manager took 200 yuan from my pay this month');
    await press(app, 'rider-lang-en', 'Yes, next');
    await press(app, 'rider-lang-en', 'Anonymously');
    await press(app, 'rider-lang-en', 'Submit');
    const id = lastTicketId(app, 'rider-lang-en');

    expect(cardText('triage-meituan', id)).toContain('报告人语言：English — 请尽量用英文回复');
    await app.type(':as sec-meituan zh-CN', ':dm', `/ticket ${id}`);
    expect(linesIn(app, 'sec-meituan').at(-1)!.text).toContain('报告人语言：English — 请尽量用英文回复');
    await app.type(':as sec-meituan en', `/ticket ${id}`);
    // The view before it in this chat is retired to one line (stop 43); the new one is the last view shown.
    expect(linesIn(app, 'sec-meituan').at(-1)!.text).toContain(`⤵️ ${id}`);
    expect(linesIn(app, 'sec-meituan').at(-2)!.text).toContain(
      "Reporter's language: English — please reply in English if you can",
    );
    const page = await boardPage(app, 'org-li', `/board/t/${id}`);
    expect(page).toContain('报告人语言：English — 请尽量用英文回复');
  });

  it('says a zh-TW reporter reads traditional characters; nothing for a simplified one', async () => {
    const { app } = setup;
    await app.type(':as rider-lang-tw zh-TW', ':in riders-meituan', '/report');
    await press(app, 'riders-meituan', '私下反映');
    await app.type('站長扣了我這個月的工資，說是超時罰款');
    await press(app, 'rider-lang-tw', '對，下一步');
    await press(app, 'rider-lang-tw', '匿名反映');
    await press(app, 'rider-lang-tw', '提交');
    const tw = lastTicketId(app, 'rider-lang-tw');
    expect(cardText('triage-meituan', tw)).toContain('报告人读繁体字（您的回复会自动转成繁体）');

    await app.type(':as rider-lang-cn zh-CN');
    const cn = await fileFrom(app, 'rider-lang-cn', 'riders-meituan', '站长扣了我这个月的工资，说是超时罚款');
    const card = cardText('triage-meituan', cn);
    expect(card).toContain('报告人：');
    expect(card).not.toContain('报告人语言');
    expect(card).not.toContain('繁体');
  });
});
