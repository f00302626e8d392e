/**
 * Danger told after the category was chosen ("he was stabbed, he is bleeding" at the anonymity question):
 * the words joined the report but the emergency numbers were not shown and the report stayed "urgent",
 * with its longer deadlines. Now the numbers come at once and the report is filed as an emergency.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, HOUR, lastTicketId, linesIn, press, T0 } from './helpers.js';

let app: TestApp;
const c = clock();
beforeAll(async () => {
  c.set(T0);
  app = await createTestApp({ now: c.now });
});
afterAll(async () => app.close());

const tickets = () => app.app.deps.store.tickets;

describe('an emergency told late in the report', () => {
  it('at the anonymity question: numbers first, and filed as an emergency', async () => {
    await app.type(':as rider-le1 zh-CN', ':dm', '/report', '工友和人吵架了');
    await press(app, 'rider-le1', '对，下一步');
    app.take();
    await app.type('他被人捅了一刀，流了很多血');
    const said = app.take().join('\n');
    expect(said).toContain('如有人受伤或有危险，请立即拨打');
    expect(said).toContain('120');
    await press(app, 'rider-le1', '匿名反映');
    expect(linesIn(app, 'rider-le1').at(-1)!.text).toContain('特急');
    await press(app, 'rider-le1', '提交');
    const t = (await tickets().get(lastTicketId(app, 'rider-le1')))!;
    expect(t.urgency).toBe('emergency');
    expect(t.respondBy).toBe(T0 + 1 * HOUR);
  });

  it('words that add nothing urgent at the summary keep the urgency as it was', async () => {
    await app.type(':as rider-le2 zh-CN', ':dm', '/report', '驿站的热水器坏了');
    await press(app, 'rider-le2', '对，下一步');
    await press(app, 'rider-le2', '匿名反映');
    app.take();
    await app.type('在二楼');
    const said = app.take().join('\n');
    expect(said).not.toContain('请立即拨打');
    expect(linesIn(app, 'rider-le2').at(-1)!.text).toContain('一般');
  });
});
