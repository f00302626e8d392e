/**
 * A question passed to a branch keeps a worker's phone or ID number masked when it was typed in pieces, split anywhere
 * (stop 42: "13812" / "345678" after the question were read together and kept as typed in `{p}:faq:q:*`, on the triage
 * card and in /gaps), a space inside a piece too (stop 43: "138 12" / "345678"). Real grammY and adapter against the Bot API stand-in, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;
const TRIAGE = -1002000; // the district's triage chat: where a worker in no group sends a private question (🤷 不清楚)

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('a number typed in pieces after a question the bot is unsure of', () => {
  it.each([
    ['digits', ['13812', '345678'], '5678', ['13812', '345678', '1234567']],
    [
      'full-width digits',
      ['１３８１２', '３４５６７８'],
      '5678',
      ['13812', '345678', '１３８１２', '３４５６７８'],
    ],
    ['an ID in three pieces', ['1101011', '99003071', '234'], '1234', ['1101011', '19900307', '99003071']],
    // A space inside a piece (stop 43): 138 12 / 345678 was kept as typed.
    ['a space inside a piece', ['138 12', '345678'], '5678', ['13812', '345678']],
    [
      'full-width spaces inside pieces',
      ['１３８　１２', '３４５６７８'],
      '5678',
      ['13812', '345678', '１３８１２', '３４５６７８'],
    ],
    ['a mobile across two messages, spaced', ['138 12', '34 5678'], '5678', ['13812', '345678']],
  ])(
    '%s: masked on the triage card, in the kept question and in /gaps',
    async (what, pieces, kept, hidden) => {
      const worker = t.u.person(7200 + what.length);
      await t.handle(t.u.privateText(worker, '驿站能帮忙代收快递吗'));
      for (const piece of pieces) await t.handle(t.u.privateText(worker, piece));
      const unsure = t.api.lastMessage(worker.id)!;
      const pass = buttonsOf(unsure).find((b) => b.data?.startsWith('faq:pass:'));
      expect(pass, unsure.text).toBeDefined();
      const mark = t.api.mark();
      await t.handle(t.u.press(unsure, worker, pass!.data!));
      // The bot does not know this worker's branch, so it asks; "not sure" sends the question to the district.
      const picker = t.api.lastMessage(worker.id)!;
      const toDistrict = buttonsOf(picker).find(
        (b) => b.data?.startsWith('faq:to:') && b.data.endsWith(':-'),
      );
      expect(toDistrict, picker.text).toBeDefined();
      await t.handle(t.u.press(picker, worker, toDistrict!.data!));

      const card = t.api
        .since(mark)
        .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === TRIAGE)
        .map((c) => String(c.params.text))
        .join('\n');
      expect(card).toContain('代收快递');
      expect(card).toContain(`****${kept}`);
      const [question] = await t.app.deps.store.faq.forwarded('district-yangpu', 1);
      expect(question!.question).toContain(`****${kept}`);
      const gaps = (await t.app.deps.store.faq.topGaps(50)).map((g) => g.question).join('\n');
      const before = t.api.mark();
      await t.handle(t.u.privateText(t.u.person(ORGANISER), '/gaps'));
      const shownGaps = t.api.shownTexts(before);
      expect(shownGaps.join('\n')).toContain('代收快递');
      for (const text of [card, question!.question, gaps, ...shownGaps, ...t.api.shownTexts(mark)])
        for (const h of hidden) expect(text.replace(/[\s，,]/g, '')).not.toContain(h);
    },
  );
});
