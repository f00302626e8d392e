/**
 * A group's name may carry a phone number (王师傅１３８…群): it never reaches a triage chat or the
 * kept group binding unmasked, in full-width digits too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const TITLE = '王师傅１３８１２３４５６７８群';
const DIGITS = /1[38]\d{9}|１３８１２３４５６７８/;

describe('a group named with a phone number', () => {
  it('is masked where a passed question says where it came from', async () => {
    await h.type(':as org-li zh-CN', `:in riders-phone ${TITLE}`, '/bind meituan-yangpu');
    await h.type(':as rider-m1 zh-CN', '@waystation_bot 驿站能帮忙代收快递吗');
    const unsure = h.take().at(-1)!;
    const pass = buttonData(unsure).findIndex((d) => d.startsWith('faq:pass:'));
    expect(pass).toBeGreaterThanOrEqual(0);
    await h.type(`:press ${pass + 1} ${unsure.id}`);
    const card = h.take().find((l) => l.to.chatId === 'triage-meituan')!;
    expect(card.text).toContain('王师傅');
    expect(card.text).not.toMatch(DIGITS);
  });

  it('is kept masked in the group binding the board lists', async () => {
    const group = await h.app.deps.store.groups.get('console:riders-phone');
    expect(group?.title).toContain('王师傅');
    expect(group?.title).not.toMatch(DIGITS);
  });
});
