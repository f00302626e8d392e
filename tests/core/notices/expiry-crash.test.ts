/**
 * Stop 38 left: a crash between the expiry's cancel and keeping the dropped groups on the notice lost "已过期未发".
 * The cancel keeps them with the broadcast in the same step, the one list of them (stop 40): /notices and the details
 * read it there, so an expiry that died after the cancel, and ran again, loses none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { LESSONS_PACK } from '../lessons/fixtures.js';
import { ORGANISER, press, sendPinnedWithEnd } from './helpers.js';

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

describe('a notice whose expiry died after cancelling its waiting copies', () => {
  it('still says "已过期未发" for those groups once the expiry runs again', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const groups = [u.group(-1001234567841, '骑手一群'), u.group(-1001234567842, '骑手二群')];
    await sendPinnedWithEnd(tg, groups, '本周驿站体检，带上工牌。');

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
