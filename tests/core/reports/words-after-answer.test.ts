/**
 * Words left mid-phrase (我被 → "您接着说") and then a message a dialog takes — the answer to a secretary's question, or a
 * command — are not what the next message goes on from: it is read alone (it was read as 我被 + the next words).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, linesIn, press } from './helpers.js';
import { bindGroups, meituanTicket } from './drive.js';

const GO_ON = '您接着说，说完了我连起来看。';
const ONLY_A_NUMBER = '只有一个数字';

let app: TestApp;
const c = clock();

beforeAll(async () => {
  app = await createTestApp({ now: c.now });
  await bindGroups(app);
});
afterAll(async () => app.close());

describe('words left open, then something else taken them', () => {
  it('the answer to a secretary’s question: a sum sent next is read alone', async () => {
    const id = await meituanTicket(app, 'rider-w1', '超时罚款50元不合理，是在站点门口被罚的');
    await app.type(':as rider-w1', ':dm', '我被');
    expect(linesIn(app, 'rider-w1').at(-1)!.text).toBe(GO_ON);
    const card = (await app.app.deps.store.tickets.get(id))!.card!;
    const triage = card.address.chatId;
    await app.type(':as sec-meituan', `:in ${triage}`);
    await press(app, triage, '询问', card.messageId);
    await app.type(':reply 罚了多少钱？');
    await app.type(':as rider-w1', ':dm', '是昨天下午在站点门口');
    expect(linesIn(app, 'rider-w1').at(-1)!.text).toContain('已转告支部书记');
    await app.type('200');
    expect(linesIn(app, 'rider-w1').at(-1)!.text).toContain(ONLY_A_NUMBER);
  });

  it('a command: a sum sent next is read alone', async () => {
    await app.type(':as rider-w2', ':dm', '我被');
    expect(linesIn(app, 'rider-w2').at(-1)!.text).toBe(GO_ON);
    await app.type('/mytickets', '300');
    expect(linesIn(app, 'rider-w2').at(-1)!.text).toContain(ONLY_A_NUMBER);
  });
});
