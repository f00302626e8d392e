/**
 * Stop 38 left: a crash between the expiry's cancel and keeping the dropped groups on the notice lost "已过期未发".
 * The cancel now keeps them on the broadcast in the same step, so the expiry run again after the crash reads them back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { LESSONS_PACK } from '../lessons/fixtures.js';

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

const ORGANISER = 1001;
async function press(tg: TelegramTestApp, prefix: string): Promise<void> {
  const message = tg.api.lastMessage(ORGANISER)!;
  const data = buttonsOf(message).find((b) => b.data?.startsWith(prefix))?.data;
  expect(data, `a button ${prefix} on "${message.text}"`).toBeDefined();
  await tg.handle(tg.u.press(message, tg.u.person(ORGANISER), data!));
}

describe('a notice whose expiry died after cancelling its waiting copies', () => {
  it('still says "已过期未发" for those groups once the expiry runs again', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const groups = [u.group(-1001234567841, '骑手一群'), u.group(-1001234567842, '骑手二群')];
    for (const g of groups) await tg.handle(u.groupText(g, organiser, '/bind riders-test'));
    await tg.handle(u.privateText(organiser, '/notice 本周驿站体检，带上工牌。'));
    await press(tg, 'nt:all');
    await press(tg, 'nt:go');
    await press(tg, 'nt:pin');
    await press(tg, 'nt:expiry');
    await tg.handle(u.privateText(organiser, '2小时后'));
    await press(tg, 'nt:ok');

    // The engine is not started: both copies wait. The expiry's first step, then the process dies.
    const dropped = await tg.app.deps.delivery.cancelFor('notice:n1', 'expired');
    expect(dropped).toHaveLength(2);
    // After the restart the notice is still due to expire: the expiry runs again.
    expect((await tg.app.notices.tick(Date.now() + 3 * 3600_000)).map((r) => r.outcome)).toEqual(['expired']);

    await tg.handle(u.privateText(organiser, '/notices'));
    const list = api.shownTexts().at(-1)!;
    expect(list).toContain('已送达 0/2 · 失败 0 · 已过期未发 2');
    await press(tg, 'nt:show:n1');
    const details = api.shownTexts().at(-1)!;
    for (const g of groups) expect(details).toContain(`⌛ ${g.title} · 已过期未发`);
  });
});
