/**
 * Which language a staff chat speaks (stop 43): the triage card followed the chat (the pack's `locale` for it, else
 * zh-CN) while /queue there followed the secretary's own client, so a secretary with an English phone read an English
 * list under Chinese cards, and a colleague read a list in someone else's language. Now a staff chat speaks its own
 * language to everyone in everything the bot says there — cards, /queue, /ticket, prompts, answers — and a secretary's
 * own language is for their private chat with the bot. Telegram end to end (the real app, real Redis, the grammY
 * adapter and the Bot API stand-in) on a copy of the sample pack whose district triage chat reads English and the
 * Meituan one traditional Chinese; the Ele.me one says nothing (zh-CN).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report, TRIAGE } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
let dir: string;
const GROUP = -1001000008844;
const MEITUAN = -1002001;
const ELEME = -1002002;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ws-staff-chat-language-'));
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  const file = join(dir, 'branches.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace("telegram: { chat: '-1002000' }", "telegram: { chat: '-1002000', locale: en }")
      .replace("telegram: { chat: '-1002001' }", "telegram: { chat: '-1002001', locale: zh-TW }"),
  );
  t = await createTelegramTestApp({ contentDir: dir });
  await t.handle(t.u.groupText(t.u.group(GROUP, '美团杨浦骑手群'), t.u.person(1001), '/bind meituan-yangpu'));
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const triageText = async (chat: number, who: ReturnType<TelegramTestApp['u']['person']>, text: string) => {
  await t.handle(t.u.groupText(t.u.group(chat, 'triage'), who, text));
  return t.api.lastMessage(chat)!.text ?? '';
};

describe('a staff chat speaks its own language', () => {
  it('en: the card and /queue in the district triage chat are English for a secretary whose phone is in Chinese', async () => {
    const id = await report(t, TRIAGE, t.u.person(8441), '站长扣了我两百块，说我超时，我没有超时');
    const card = t.api.lastMessage(TRIAGE)!;
    expect(buttonsOf(card).map((b) => b.text)).toContain('✋ Claim');
    const secretary = t.u.person(2000, { first_name: '王书记', language_code: 'zh-CN' });
    const queue = await triageText(TRIAGE, secretary, '/queue');
    expect(queue).toContain('open problems');
    expect(queue).toContain(id);
    // A prompt opened there, and its answer, are the chat's too.
    await t.handle(t.u.press(card, secretary, `tk:ask:${id}`));
    expect(t.api.lastMessage(TRIAGE)!.text).toContain('Reply to this message');
    // In private the same secretary reads their own language.
    await t.handle(t.u.privateText(secretary, '/queue'));
    expect(t.api.lastMessage(2000)!.text).toContain('待办问题');
  });

  it('zh-TW: the Meituan triage chat reads traditional Chinese, /queue included, whoever asks', async () => {
    const rider = t.u.person(8442);
    await t.handle(t.u.groupText(t.u.group(GROUP, '美团杨浦骑手群'), rider, '/report'));
    const link = buttonsOf(t.api.lastMessage(GROUP)!).find((b) => b.url)!.url!;
    await t.handle(t.u.privateText(rider, `/start ${/start=(.*)$/.exec(link)![1]}`));
    await t.handle(t.u.privateText(rider, '超时罚款50元不合理，站长不讲理'));
    await pressIn(t, rider.id, rider, ':ok');
    await pressIn(t, rider.id, rider, ':anon:1');
    await pressIn(t, rider.id, rider, ':submit');
    expect(t.api.lastMessage(MEITUAN)!.text).toContain('待簽收');
    const english = t.u.person(2011, { first_name: 'Zhao', language_code: 'en' });
    expect(await triageText(MEITUAN, english, '/queue')).toContain('待辦問題');
    await t.handle(t.u.privateText(english, '/queue'));
    expect(t.api.lastMessage(2011)!.text).toContain('open problems');
  });

  it('zh-CN: a triage chat the pack gives no language reads zh-CN, even to an English phone', async () => {
    const english = t.u.person(2002, { first_name: 'Li', language_code: 'en' });
    expect(await triageText(ELEME, english, '/queue')).toContain('没有待办问题');
    await t.handle(t.u.privateText(english, '/queue'));
    expect(t.api.lastMessage(2002)!.text).toContain('Nothing open');
  });
});
