/**
 * A landline said in Chinese numerals (零二一 六五四三二一零九, 〇七五五-八八八八八八八八) is masked as the same number in
 * digits is (stop 42): on the triage card a secretary reads, in the ticket's stored words, in a question passed to a
 * branch and kept for it, in /gaps, and in the log. Real grammY and adapter against the Bot API stand-in, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { report, TRIAGE } from '../../helpers/telegram-report.js';

const ORGANISER = 1001;
const BRANCH_TRIAGE = -1002001; // meituan-yangpu (content/branches.yaml)
/** What must show nowhere but in the worker's own chat: the local numbers, in numerals or in digits. */
const HIDDEN = ['六五四三二一零九', '65432109', '八八八八八八八八', '88888888'];

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

const shows = (text: string) => HIDDEN.filter((h) => text.replace(/[\s-－]/g, '').includes(h));

describe('a landline said in Chinese numerals', () => {
  it('is masked on the triage card, in the stored report and in the log', async () => {
    const rider = t.u.person(7101);
    const mark = t.api.mark();
    const id = await report(
      t,
      TRIAGE,
      rider,
      '站长扣我工资不给理由，打我座机零二一 六五四三二一零九，或者〇七五五-八八八八八八八八',
    );
    const card = t.api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text))
      .join('\n');
    expect(card).toContain('021-****09');
    expect(card).toContain('0755-****88');
    expect(shows(card)).toEqual([]);
    const stored = (await t.app.deps.store.tickets.get(id))!;
    expect(stored.text).toContain('021-****09');
    expect(shows(stored.text)).toEqual([]);
    expect(shows(JSON.stringify(t.logs))).toEqual([]);
  });

  it('is masked in a question passed to a branch, on its card, and in /gaps', async () => {
    const group = t.u.group(-1001000007101, '美团杨浦骑手群');
    await t.handle(t.u.groupText(group, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    const worker = t.u.person(7102);
    await t.handle(
      t.u.groupText(group, worker, '@waystation_bot 驿站能帮忙代收快递吗 回电零二一 六五四三二一零九'),
    );
    const unsure = t.api.lastMessage(group.id)!;
    const pass = buttonsOf(unsure).find((b) => b.data?.startsWith('faq:pass:'));
    expect(pass, unsure.text).toBeDefined();
    await t.handle(t.u.press(unsure, worker, pass!.data!));

    const card = t.api.lastMessage(BRANCH_TRIAGE)!;
    expect(card.text).toContain('021-****09');
    expect(shows(card.text ?? '')).toEqual([]);
    const [kept] = await t.app.deps.store.faq.forwarded('meituan-yangpu', 1);
    expect(kept!.question).toContain('021-****09');
    expect(shows(kept!.question)).toEqual([]);

    const mark = t.api.mark();
    await t.handle(t.u.privateText(t.u.person(ORGANISER), '/gaps'));
    const gaps = t.api.shownTexts(mark).join('\n');
    expect(gaps).toContain('代收快递');
    expect(shows(gaps)).toEqual([]);
    expect(shows(JSON.stringify(t.logs))).toEqual([]);
  });
});
