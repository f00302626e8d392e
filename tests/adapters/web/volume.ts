/**
 * The board at a district's volume: tickets filed straight through the store's own create (as intake files them,
 * so the figures count them as intake counts them), each at a chosen time, hundreds in a test.
 */
import type { NewTicket } from '../../../src/core/ports/tickets.js';
import { localDate } from '../../../src/core/zoned.js';
import type { TestApp } from '../../helpers/app.js';
import { HOUR } from '../../core/reports/helpers.js';

const filed = new WeakMap<TestApp, number>();

/**
 * A Meituan pay ticket (the app's i-th: its worker `rider-i`, its words 第i号反映) filed at `at`, changed by `over`;
 * returns its number.
 */
export async function fileAt(app: TestApp, at: number, over: Partial<NewTicket> = {}): Promise<string> {
  const i = filed.get(app) ?? 0;
  filed.set(app, i + 1);
  const r = await app.app.store.tickets.create(
    {
      draft: `volume-${i}`,
      channel: 'console',
      reporter: `rider-${i}`,
      chat: `rider-${i}`,
      locale: 'zh-CN',
      branch: 'meituan-yangpu',
      category: 'pay-penalty',
      urgency: 'normal',
      confidence: 1,
      anonymous: false,
      contact: false,
      text: `第${i}号反映`,
      summary: `第${i}号反映`,
      evidence: [],
      similar: 0,
      respondBy: at + 24 * HOUR,
      resolveBy: at + 168 * HOUR,
      ...over,
    },
    { now: at, numberPrefix: 'JN-2026-', limit: 0, windowMs: HOUR, day: localDate(at, 'Asia/Shanghai') },
  );
  if (r.status !== 'created') throw new Error(`ticket ${i}: ${r.status}`);
  return r.id;
}
