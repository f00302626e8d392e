/**
 * A district's new pack renames an FAQ entry that organisers had taught wordings to in /gaps (QA21). Retrieval
 * ignores a learned example of an entry the pack no longer has, so the wording silently stops being answered;
 * /gaps says so, with the old id and the wordings, so they can be given back. Real app and Redis, Telegram through
 * the Bot API stand-in, the jianye pack as v1 and a copy with the entry renamed as v2.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Message, User } from 'grammy/types';
import { afterAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const V1 = resolve(import.meta.dirname, '../../../packs/jianye');
const ORGANISER = 5901;
const WORDING = '电瓶车被城管拖走了去哪里领';

const v2 = mkdtempSync(join(tmpdir(), 'ws-pack-v2-'));
cpSync(V1, v2, { recursive: true });
const parking = join(v2, 'faq/parking.yaml');
writeFileSync(
  parking,
  readFileSync(parking, 'utf8').replace('id: rider-parking\n', 'id: rider-parking-spots\n'),
);

let t: TelegramTestApp | undefined;
afterAll(async () => {
  await t?.close();
  rmSync(v2, { recursive: true, force: true });
});

async function press(m: Message, user: User, startsWith: string, label = ''): Promise<void> {
  const b = buttonsOf(m).find((x) => x.data?.startsWith(startsWith) && x.text.includes(label));
  await t!.handle(t!.u.press(m, user, b!.data!));
}

describe('a taught wording whose entry the new pack renamed', () => {
  it('is named in /gaps with its old entry id, so the organiser can give it back', async () => {
    t = await createTelegramTestApp({ contentDir: V1 });
    const organiser = t.u.person(ORGANISER);
    const rider = t.u.person(8931);
    // v1: the wording is not answered; the organiser teaches it to 骑手电动车停哪里不被贴条 (rider-parking).
    await t.handle(t.u.privateText(rider, WORDING));
    await t.handle(t.u.privateText(organiser, '/gaps'));
    await press(t.api.lastMessage(ORGANISER)!, organiser, 'gap:e:');
    await press(t.api.lastMessage(ORGANISER)!, organiser, 'gap:l:', '停哪里');
    let mark = t.api.mark();
    await t.handle(t.u.privateText(rider, WORDING));
    expect(t.api.shownTexts(mark)[0]).toContain('骑手电动车停哪里不被贴条');

    // v2, the same Redis: the entry is now rider-parking-spots.
    const { api, prefix, u } = t;
    await t.close({ keepData: true, keepApi: true });
    t = await createTelegramTestApp({ contentDir: v2, api, prefix });
    t.u = u;
    mark = t.api.mark();
    await t.handle(t.u.privateText(organiser, '/gaps'));
    const [gaps] = t.api.shownTexts(mark);
    expect(gaps).toContain('教过的 1 个问法指向问答包里已经没有的条目（rider-parking）');
    expect(gaps).toContain(`· ${WORDING} → rider-parking`);
  });
});
