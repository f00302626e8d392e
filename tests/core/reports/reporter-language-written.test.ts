/**
 * The reporter's language follows what they write, from their first words on, for every later step, the receipt
 * and the card (QA20 #4 saw a worker whose client is in English but who wrote Chinese prompted in English, then in
 * Chinese, with a card asking the secretary to "reply in English"). The first prompt of a bare /report comes
 * before any words, so it is in the client's language. A language the worker wrote in before is kept when the report
 * is typed in another (reply-language.test.ts: a report's words are content, not a choice of language).
 */
import { describe, expect, it } from 'vitest';
import { lastTicketId, linesIn, press } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const last = (user: string) => linesIn(setup.app, user).at(-1)!.text;

/** Files `text` through the group's private link as `user` (client language `lang`); what they saw at each step, and the card. */
async function report(user: string, lang: string, text: string): Promise<{ steps: string[]; card: string }> {
  await setup.app.type(`:as ${user} ${lang}`, ':in riders-meituan', '/report');
  await press(setup.app, 'riders-meituan', '→');
  await setup.app.type(text);
  const steps = [last(user)];
  await press(setup.app, user, '✅'); // the category is right
  steps.push(last(user));
  await press(setup.app, user, '🙋'); // named
  steps.push(last(user));
  await setup.app.type(`:press 2 ${linesIn(setup.app, user).at(-1)!.id}`); // no direct contact
  steps.push(last(user));
  await setup.app.type(`:press 1 ${linesIn(setup.app, user).at(-1)!.id}`); // submit
  steps.push(last(user));
  const id = lastTicketId(setup.app, user);
  const t = (await setup.app.app.deps.store.tickets.get(id))!;
  const card = linesIn(setup.app, t.card!.address.chatId)
    .filter((l) => l.text.includes(id))
    .at(-1)!.text;
  return { steps, card };
}

const ENGLISH = /\b(?:the|your|you)\b/i;

describe("the reporter's language, from what they write", () => {
  it('an English client writing Chinese: every later step and the receipt in Chinese; the card asks for no English', async () => {
    const { steps, card } = await report('rider-l1', 'en', '系统派单一直卡顿，超时了还被罚款');
    for (const s of steps) expect(s).toMatch(/\p{Script=Han}{4}/u);
    for (const s of steps) expect(s).not.toMatch(ENGLISH);
    expect(card).not.toContain('English');
  });

  it('a traditional-script client writing simplified: simplified throughout, the card says nothing of script', async () => {
    const { steps, card } = await report('rider-l3', 'zh-TW', '站长扣了我这个月的工资，说是超时罚款');
    expect(steps.join('\n')).not.toMatch(/[這個實對嗎確認請]/u);
    expect(card).not.toContain('繁体');
  });

  it('a worker writing traditional: traditional throughout, and the card says so', async () => {
    const { steps, card } = await report('rider-l4', 'zh-TW', '站長扣了我這個月的工資，說是超時罰款');
    expect(steps.join('\n')).toMatch(/[這對嗎確認請]/u);
    expect(card).toContain('报告人读繁体字');
  });

  it('English written in English: English throughout, and the card says so', async () => {
    const { steps, card } = await report(
      'rider-l5',
      'en',
      'My station manager took 200 yuan from my pay this month',
    );
    for (const s of steps) expect(s).not.toMatch(/\p{Script=Han}{4}/u);
    expect(card).toContain('English');
  });
});
