/**
 * QA28 #1, Telegram end to end (the real app, real Redis, the grammY adapter and the Bot API stand-in; only Telegram
 * served): the sample pack names each branch's secretaries on console, Telegram and Slack. 👥 转给同事 offered
 * "U07DIST0001 (slack)" and "sec-district (console)" — people who would never read a ticket handed to them here. The
 * picker now offers only colleagues on a platform this deployment serves, and with none, says there is nobody.
 * QA28 #5: the former holder's stale press after the hand-over said "已由 李书记 签收"; it says "已转给 李书记".
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report } from '../../helpers/telegram-report.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const TRIAGE = -1002000; // district-yangpu: a private report with no group goes there
let sample: TelegramTestApp;
let two: TelegramTestApp;
let dir: string;
beforeAll(async () => {
  sample = await createTelegramTestApp();
  // A copy where the district branch has a second Telegram secretary, 2010.
  dir = mkdtempSync(join(tmpdir(), 'ws-handover-served-'));
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  const file = join(dir, 'branches.yaml');
  const yaml = readFileSync(file, 'utf8');
  const at = yaml.indexOf("telegram: ['2000']", yaml.indexOf('id: district-yangpu'));
  writeFileSync(file, yaml.slice(0, at) + "telegram: ['2000', '2010']" + yaml.slice(at + 18));
  two = await createTelegramTestApp({ contentDir: dir });
});
afterAll(async () => {
  await sample?.close();
  await two?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The toast a press on the triage chat's last message got. */
async function pressAnswer(t: TelegramTestApp, who: User, data: string): Promise<unknown> {
  const mark = t.api.mark();
  await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, who, data));
  return t.api.since(mark).find((c) => c.method === 'answerCallbackQuery')?.params.text;
}

describe('👥 转给同事 on a Telegram-only deployment (QA28 #1)', () => {
  it('the Slack and console secretaries are not offered; with no Telegram colleague, there is nobody', async () => {
    const t = sample;
    const id = await report(t, TRIAGE, t.u.person(8861), '我们站点的充电柜坏了三天了，一直没人修');
    const sec = t.u.person(2000, { first_name: '王书记' });
    await pressIn(t, TRIAGE, sec, `tk:claim:${id}`);
    expect(await pressAnswer(t, sec, `th:pick:${id}`)).toBe('本支部没有其他书记，没有同事可以转交');
    expect(JSON.stringify(t.api.lastMessage(TRIAGE)?.reply_markup ?? {})).not.toContain('th:to:');
    // Nor does a forged hand-over to the console secretary go through.
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, sec, `th:to:${id}:console:sec-district`));
    expect((await t.app.deps.store.tickets.get(id))!.owner).toBe('telegram:2000');
  });

  it('a Telegram colleague is offered alone, and the ticket goes to them', async () => {
    const t = two;
    const id = await report(t, TRIAGE, t.u.person(8862), '驿站的饮水机坏了，夏天没水喝');
    const sec = t.u.person(2000, { first_name: '王书记' });
    await t.handle(t.u.privateText(t.u.person(2010, { first_name: '李书记' }), '/queue mine'));
    await pressIn(t, TRIAGE, sec, `tk:claim:${id}`);
    await pressIn(t, TRIAGE, sec, `th:pick:${id}`);
    const picker = t.api.lastMessage(TRIAGE)!;
    expect(picker.text).toContain(`把 ${id} 转给哪位同事`);
    const labels = buttonsOf(picker).map((b) => b.text);
    expect(labels).toEqual(['李书记', '✖️ 取消']);
    await pressIn(t, TRIAGE, sec, `th:to:${id}:telegram:2010`);
    expect((await t.app.deps.store.tickets.get(id))!.owner).toBe('telegram:2010');

    // The former holder's stale presses say it was handed over, not claimed (QA28 #5: "已由 李书记 签收").
    expect(await pressAnswer(t, sec, `th:to:${id}:telegram:2010`)).toBe('已转给 李书记');
    expect(await pressAnswer(t, sec, `tk:claim:${id}`)).toBe('已转给 李书记');
  });
});
