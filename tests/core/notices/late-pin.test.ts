/**
 * Stop 38 left: a pin waiting for its slot (or on its way) when the notice's end passed could land after the end's
 * unpin and stay for good. The pin is now asked again when its turn comes, and undone when it landed too late.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { waitFor } from '../../helpers/wait.js';
import { LESSONS_PACK } from '../lessons/fixtures.js';
import { sendPinnedWithEnd } from './helpers.js';

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

describe("a notice's pin that lands after the notice's end", () => {
  it('leaves the group with nothing pinned: the late pin is undone', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    const { api, u } = tg;
    const group = u.group(-1001234567851, '骑手一群');
    await sendPinnedWithEnd(tg, [group], '本周驿站体检，带上工牌。');

    // The copy goes; its pin is held on its way while the end comes and the end's unpin goes first.
    const letPinGo = api.hold('pinChatMessage');
    tg.app.deps.delivery.start(['telegram']);
    await api.waitFor('pinChatMessage', (p) => Number(p.chat_id) === group.id);
    expect((await tg.app.notices.tick(Date.now() + 3 * 3600_000)).map((r) => r.outcome)).toEqual(['expired']);
    await api.waitFor('unpinChatMessage', (p) => Number(p.chat_id) === group.id);
    letPinGo();

    const copy = Number(
      (await tg.app.deps.delivery.status('notice:n1'))!.refs[`telegram:${group.id}`]!.messageId,
    );
    // Before: the pin landed after the unpin, and the notice stayed pinned past its end.
    await waitFor(
      () => api.callsOf('unpinChatMessage').length === 2 && api.pinned(group.id).length === 0,
      'the late pin undone',
    );
    expect(api.exists(group.id, copy)).toBe(true); // the notice itself stays
  });
});
