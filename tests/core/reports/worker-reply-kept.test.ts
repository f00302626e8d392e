/**
 * A worker who tapped "not solved" (or "reply") and then typed a command before writing was silently let
 * off the hook: the words that followed went to the FAQ and the branch never heard. Now the reply stays
 * open, the worker is told so, and /cancel still drops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { fileReport, lastTicketId, linesIn, press } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

const tickets = () => app.app.deps.store.tickets;

async function resolvedTicket(user: string): Promise<string> {
  await fileReport(app, user, '驿站热水器坏了', { anonymous: true });
  const id = lastTicketId(app, user);
  await app.type(':as sec-district zh-CN', ':in triage-district');
  await press(app, 'triage-district', '签收');
  await press(app, 'triage-district', '办结');
  await app.type(':reply 已修好');
  return id;
}

describe('a worker’s reply interrupted by a command', () => {
  it('"not solved", then /help, then the reason: the ticket is reopened with it', async () => {
    const id = await resolvedTicket('rider-wk1');
    await app.type(':as rider-wk1 zh-CN', ':dm');
    await press(app, 'rider-wk1', '没解决');
    app.take();
    await app.type('/help');
    expect(app.take().join('\n')).toContain(`还没回复 ${id}`);
    await app.type('还是没有热水');
    expect(linesIn(app, 'rider-wk1').at(-1)!.text).toContain('已重新提交');
    expect((await tickets().get(id))!.reopens).toBe(1);
  });

  it('/cancel ends it as before', async () => {
    const id = await resolvedTicket('rider-wk2');
    await app.type(':as rider-wk2 zh-CN', ':dm');
    await press(app, 'rider-wk2', '没解决');
    await app.type('/cancel');
    app.take();
    await app.type('还是没有热水');
    expect(linesIn(app, 'rider-wk2').at(-1)!.text).not.toContain('已重新提交');
    expect((await tickets().get(id))!.reopens).toBe(0);
  });
});
