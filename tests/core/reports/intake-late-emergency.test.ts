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

describe('an emergency told in a reply to the branch', () => {
  it('the worker gets the emergency numbers at once, and the reply still reaches the secretary', async () => {
    await app.type(':as rider-le3 zh-CN', ':dm', '/report', '工友和站长吵架了');
    await press(app, 'rider-le3', '对，下一步');
    await press(app, 'rider-le3', '匿名反映');
    await press(app, 'rider-le3', '提交');
    const id = lastTicketId(app, 'rider-le3');
    const branch = (await tickets().get(id))!.branch;
    const triage = branch === 'district-yangpu' ? 'triage-district' : `triage-${branch.split('-')[0]}`;
    const secretary = branch === 'district-yangpu' ? 'sec-district' : `sec-${branch.split('-')[0]}`;
    await app.type(`:as ${secretary} zh-CN`, `:in ${triage}`);
    await press(app, triage, '询问');
    await app.type(':reply 现在怎么样了？');
    await app.type(':as rider-le3', ':dm');
    app.take();
    await app.type(':reply 站长拿刀把他捅了，流了很多血，人叫不醒');
    const said = linesIn(app, 'rider-le3')
      .map((l) => l.text)
      .join('\n');
    expect(said).toContain('如有人受伤或有危险，请立即拨打');
    expect(linesIn(app, triage).some((l) => l.text.includes('流了很多血'))).toBe(true);
  });
});
