/**
 * QA8: the sweep's escalation reason was rendered once, in the escalation chat's language, and stored as the
 * event's words — an English secretary read "escalated by system 已超过响应时限（…，超时 3 分钟），系统自动督办" in
 * /ticket and on the board. The event now keeps what happened (which deadline, when it was due; how late follows
 * from the event's time) and each viewer reads it in their own language. Escalations stored before keep their words.
 * Real Redis, the console app, the board's ticket page fetched as a browser would.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n.js';
import { SYSTEM } from '../../../src/core/reports/sweep.js';
import { boardPage, fileFrom, useReportsApp } from './drive.js';
import { HOUR, linesIn, T0 } from './helpers.js';

const setup = useReportsApp({ bind: true });
const DAY = 24 * HOUR;

/** /ticket as `user` in `locale`, in their private chat. */
async function ticketView(user: string, locale: Locale, id: string): Promise<string> {
  await setup.app.app.deps.store.people.setWrittenLocale('console', user, locale);
  setup.app.take();
  await setup.app.type(`:as ${user} ${locale}`, ':dm', `/ticket ${id}`);
  return setup.app.take().join('\n');
}

describe('the sweep’s escalation, read by each viewer in their language', () => {
  it('the escalation chat in Chinese; /ticket and the board in English for an English reader', async () => {
    const id = await fileFrom(setup.app, 'rider-od1', 'riders-meituan', '平台派单太远，超时扣钱', {
      category: '平台规则',
    });
    const at = T0 + DAY + 3 * 60_000;
    expect((await setup.app.app.jobs.sweep(at)).escalated).toEqual([id]);

    const card = linesIn(setup.app, 'district-escalation').find((l) => l.text.includes(id))!;
    expect(card.text).toContain('已超过响应时限');
    expect(card.text).toContain('超时 3 分钟');
    expect(linesIn(setup.app, 'triage-meituan').find((l) => l.text.includes('被督办'))!.text).toContain(
      '系统自动督办',
    );
    // What happened is kept, not words in one language.
    const event = (await setup.app.app.deps.store.tickets.events(id)).find((e) => e.type === 'escalated')!;
    expect(event).toMatchObject({ deadline: 'respond', due: T0 + DAY, at });

    const english = await ticketView('org-li', 'en', id);
    expect(english).toContain('Past its response deadline');
    expect(english).toContain('3 min late');
    expect(english).not.toContain('已超过');

    const traditional = await ticketView('org-li', 'zh-TW', id);
    expect(traditional).toContain('已超過回應時限');
    expect(traditional).toContain('逾時 3 分鐘');

    const page = await boardPage(setup.app, 'org-li', `/board/t/${id}?lang=en`);
    expect(page).toContain('Past its response deadline');
    expect(page).not.toContain('已超过');
    await setup.app.app.deps.store.people.setWrittenLocale('console', 'org-li', 'zh-CN');
  });

  it('an escalation stored before, with its reason as words, still reads as it was written', async () => {
    const id = await fileFrom(setup.app, 'rider-od2', 'riders-meituan', '站长克扣配送费200元', {
      category: '薪酬与罚款',
    });
    const old = '已超过响应时限（5月13日 周三 10:00，超时 5 分钟），系统自动督办';
    await setup.app.app.deps.store.tickets.escalate(id, SYSTEM, '', T0 + DAY, old, true);
    expect(await ticketView('org-li', 'en', id)).toContain(`escalated by system ${old}`);
    await setup.app.app.deps.store.people.setWrittenLocale('console', 'org-li', 'zh-CN');
  });
});
