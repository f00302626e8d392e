/**
 * What a worker sees of their ticket after internal steps (transfers, extensions): outcomes, never the
 * branches' reasons; and an extension request that is moot once the ticket is resolved.
 */
import { describe, expect, it } from 'vitest';
import { latest, linesIn, press } from './helpers.js';
import { fileFrom, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const tickets = () => setup.app.app.deps.store.tickets;

/** A ticket filed anonymously from the Meituan riders' group, so it lands in meituan-yangpu's queue. */
const meituanTicket = (user: string, text: string) =>
  fileFrom(setup.app, user, 'riders-meituan', text, { anonymous: true });

const cardOf = async (id: string) => (await tickets().get(id))!.card!;

/** The worker opens the ticket from /mytickets; returns what they see. */
async function workerSees(user: string, id: string): Promise<string> {
  await setup.app.type(`:as ${user}`, ':dm', '/mytickets');
  await press(setup.app, user, id);
  return linesIn(setup.app, user).at(-1)!.text;
}

describe("the worker's view of a ticket", () => {
  it('a transfer shows who handles it now, never the internal reason', async () => {
    const id = await meituanTicket('rider-w1', '饿了么的站点扣我钱');
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '转派', (await cardOf(id)).messageId);
    await press(setup.app, 'triage-meituan', '饿了么');
    await setup.app.type(':reply 是饿了么的单，请五角场街道协调物业');
    const seen = await workerSees('rider-w1', id);
    expect(seen).toContain('转由 饿了么杨浦骑手支部 办理');
    expect(seen).not.toContain('原因');
    expect(seen).not.toContain('协调物业');
    // Staff still see the reason in the same history.
    await setup.app.type(':as sec-eleme', ':dm', `/ticket ${id}`);
    expect(linesIn(setup.app, 'sec-eleme').at(-1)!.text).toContain('协调物业');
  });

  it('resolving drops a pending extension request; after a reopen a new request is accepted', async () => {
    const id = await meituanTicket('rider-w2', '超时罚款50元不合理');
    const card = (await cardOf(id)).messageId;
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '签收', card);
    await press(setup.app, 'triage-meituan', '延期', card);
    await press(setup.app, 'triage-meituan', '延 3 天');
    await setup.app.type(':reply 要等平台总部回复');
    expect((await tickets().get(id))!.ext).toBeDefined();
    await press(setup.app, 'triage-meituan', '办结', card);
    await setup.app.type(':reply 已退回罚款');
    expect((await tickets().get(id))!.ext).toBeUndefined();
    // The worker never sees the request or its reason.
    expect(await workerSees('rider-w2', id)).not.toContain('平台总部');

    await setup.app.type(':as rider-w2', ':dm');
    await press(setup.app, 'rider-w2', '没解决');
    await setup.app.type('罚款又扣回来了');
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '延期', card);
    await press(setup.app, 'triage-meituan', '延 3 天');
    await setup.app.type(':reply 再等平台一次');
    expect((await tickets().get(id))!.ext).toMatchObject({ reason: '再等平台一次' });
    expect(latest(setup.app, card)!.text).toContain('办理中');
  });
});
