/**
 * Place and branch names for English readers (QA7 #6): a pack that names a branch or an area in Chinese only
 * showed English staff and workers the Chinese alone. They now read it as stations do — the Chinese, then its
 * reading — in the ticket view, /stats and the board; a pack's own `variants.en` still wins. Real Redis, the
 * console app and the board's pages (fetched as the browser would, without one).
 */
import { describe, expect, it } from 'vitest';
import { boardPage, fileFrom, useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

const MEITUAN = '美团外卖杨浦骑手支部 (Meituan Waimai Yangpu Qishou Zhibu)';

/** The sample pack with the meituan branch named in Chinese only (no variants). */
function chineseOnlyMeituan(): void {
  const pack = setup.app.app.deps.content.get();
  setup.app.app.deps.content.replace({
    ...pack,
    branches: pack.branches.map((b) => {
      if (b.id !== 'meituan-yangpu') return b;
      const { variants: _dropped, ...rest } = b;
      return rest;
    }),
  });
}

describe('place and branch names read out for English readers', () => {
  it('the ticket view, /stats and the board name the branch and the area with their reading', async () => {
    chineseOnlyMeituan();
    const id = await fileFrom(setup.app, 'rider-en1', 'riders-meituan', '五角场万达门口站长扣了我三百块');
    const people = setup.app.app.deps.store.people;
    await people.setWrittenLocale('console', 'org-li', 'en');
    try {
      await setup.app.type(':as org-li en', ':dm', `/ticket ${id}`);
      const view = setup.app.take().join('\n');
      expect(view).toContain(`Handled by: ${MEITUAN}`);
      expect(view).toContain('Place: 五角场 (Wujiaochang)');

      await setup.app.type('/stats');
      // A row keeps its width: the name, then as much of its reading as fits.
      expect(setup.app.take().join('\n')).toContain('美团外卖杨浦骑手支部 (Meituan Waimai…: received 1');
      await setup.app.type('/stats meituan-yangpu');
      expect(setup.app.take().join('\n')).toContain(`📊 ${MEITUAN} · 2026-5`);

      const queue = await boardPage(setup.app, 'org-li', '/board?lang=en');
      // The row shows the name, marked Chinese for a screen reader, then its reading; the filters' options (one
      // language each to a screen reader) the reading alone.
      const shown = queue.replace(/<[^>]*>/g, '');
      expect(shown).toContain(MEITUAN);
      expect(queue).toContain('<option value="meituan-yangpu">Meituan Waimai Yangpu Qishou Zhibu</option>');
      expect(queue).toContain('<option value="五角场">Wujiaochang</option>');
      // A branch the pack names in English keeps its own name.
      expect(queue).toContain('Ele.me Riders&#39; Branch, Yangpu');
    } finally {
      await people.setWrittenLocale('console', 'org-li', 'zh-CN');
      await setup.app.type(':as org-li zh-CN');
    }
  });
});
