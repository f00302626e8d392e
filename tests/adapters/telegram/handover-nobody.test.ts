/**
 * QA24 #7, Telegram end to end (the real app, real Redis, the grammY adapter and the Bot API stand-in): in a branch
 * with one secretary, 👥 转给同事 — pressed live, or as a hand-over the card does not carry — was answered "您已经签收了"
 * (a press whose button the message no longer carries reached the claim's explanation). It now says there is no
 * colleague to hand it to, and tells an organiser that ↪️ 转派 sends it to another branch. A copy of the sample pack
 * where the district branch has one secretary, 2000 on Telegram.
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
let t: TelegramTestApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ws-handover-nobody-'));
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  const file = join(dir, 'branches.yaml');
  const yaml = readFileSync(file, 'utf8');
  const from = yaml.indexOf('secretaries:', yaml.indexOf('id: district-yangpu'));
  const to = yaml.indexOf('triage:', from);
  writeFileSync(file, `${yaml.slice(0, from)}secretaries:\n      telegram: ['2000']\n    ${yaml.slice(to)}`);
  t = await createTelegramTestApp({ contentDir: dir });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The toast a press got. */
async function pressAnswer(who: User, data: string): Promise<unknown> {
  const mark = t.api.mark();
  await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, who, data));
  return t.api.since(mark).find((c) => c.method === 'answerCallbackQuery')?.params.text;
}

describe('👥 转给同事 in a branch with one secretary', () => {
  it('says there is no colleague to hand it to, pressed live or stale, and tells an organiser of ↪️ 转派', async () => {
    const id = await report(t, TRIAGE, t.u.person(8861), '我们站点的充电柜坏了三天了，一直没人修');
    const sec = t.u.person(2000, { first_name: '王书记' });
    await pressIn(t, TRIAGE, sec, `tk:claim:${id}`);
    expect(buttonsOf(t.api.lastMessage(TRIAGE)).map((b) => b.data)).toContain(`th:pick:${id}`);

    const nobody = '本支部没有其他书记，没有同事可以转交';
    expect(await pressAnswer(sec, `th:pick:${id}`)).toBe(nobody);
    // A hand-over the card does not carry: before, "您已经签收了".
    expect(await pressAnswer(sec, `th:to:${id}:telegram:2000`)).toBe(nobody);
    expect(await pressAnswer(sec, 'th:allto:telegram:2000')).toBe(nobody);
    expect((await t.app.deps.store.tickets.get(id))!.owner).toBe('telegram:2000');

    const organiser = t.u.person(1001);
    expect(await pressAnswer(organiser, `th:pick:${id}`)).toBe(
      `${nobody}。要交给别的支部办理，请用卡片上的 ↪️ 转派`,
    );
    // A stale press of a claim still says who holds it.
    expect(await pressAnswer(organiser, `tk:claim:${id}`)).toContain('已由 王书记 签收');
  });
});
