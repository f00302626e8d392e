/**
 * The pack is edited and reloaded while a worker's report is open: a category it no longer has is decided again
 * from the report's words before filing, so no ticket lands in a category nobody can see (found switching packs
 * in the console, stop 32).
 */
import { describe, expect, it } from 'vitest';
import { lastTicketId, press } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({});

const ticket = async (chat: string) =>
  (await setup.app.app.deps.store.tickets.get(lastTicketId(setup.app, chat)))!;

describe('a pack edited while a report is open', () => {
  it('a category the pack no longer has is decided again before the report is filed', async () => {
    const holder = setup.app.app.deps.content;
    const before = holder.get();
    await setup.app.type(':as rider-as7 zh-CN', ':dm', '/report', '站长扣了我200块钱');
    await press(setup.app, 'rider-as7', '对，下一步');
    const was = (await setup.app.app.deps.store.dialogs.get({
      channel: 'console',
      chatId: 'rider-as7',
      userId: 'rider-as7',
    }))!.data as { draft: { category: string } };
    const gone = was.draft.category;
    holder.replace({
      ...before,
      categories: {
        ...before.categories,
        categories: before.categories.categories.filter((c) => c.id !== gone),
      },
    });
    try {
      await press(setup.app, 'rider-as7', '匿名反映');
      await press(setup.app, 'rider-as7', '提交');
      const filed = await ticket('rider-as7');
      expect(filed.category).not.toBe(gone);
      expect(holder.get().categories.categories.some((c) => c.id === filed.category)).toBe(true);
    } finally {
      holder.replace(before);
    }
  });
});
