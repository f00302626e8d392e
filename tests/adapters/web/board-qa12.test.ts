/**
 * QA12: the board's notices page read each notice in the organiser's language and script — an English page
 * showed the Chinese main text although the notice had an [en] version, a zh-TW page simplified characters —
 * and listed the groups without a "got it" joined by "、" on an English page.
 */
import { describe, expect, it } from 'vitest';
import { boardPage, useReportsApp } from '../../core/reports/drive.js';
import { press } from '../../core/reports/helpers.js';

const setup = useReportsApp({ bind: true });

describe('the notices page in English and traditional characters', () => {
  it("shows the reader's version of each notice and lists the groups their way", async () => {
    const { app } = setup;
    await app.type(':as org-li', ':in riders-tw 繁體騎手群', '/bind meituan-yangpu zh-TW');
    await app.type(
      ':dm',
      '/notice',
      ':multi',
      '明天上午体检车到五角场驿站。',
      '[en]',
      'Health check bus at Wujiaochang tomorrow morning.',
      ':end',
    );
    await press(app, 'org-li', '全部群');
    await press(app, 'org-li', '下一步');
    await press(app, 'org-li', '确认发送');

    const en = await boardPage(app, 'org-li', '/board/notices?lang=en');
    expect(en).toContain('Health check bus at Wujiaochang tomorrow morning.');
    expect(en).not.toContain('体检车');
    // The group names as read, without the lang marks Chinese text carries on an English page.
    const enText = en.replace(/<span lang="[^"]+">([^<]*)<\/span>/g, '$1');
    expect(enText).toMatch(
      /<td class="muted"[^>]*>(美团骑手群|饿了么骑手群), (美团骑手群|饿了么骑手群),? and 繁體騎手群</,
    );
    // Each marked by its script: the traditional title zh-TW, the simplified ones zh-CN.
    expect(en).toContain('<span lang="zh-TW">繁體騎手群</span>');
    expect(en).toContain('<span lang="zh-CN">美团骑手群</span>');
    expect(en).not.toContain('、');

    const tw = await boardPage(app, 'org-li', '/board/notices?lang=zh-TW');
    expect(tw).toContain('明天上午體檢車到五角場驛站。');
    expect(tw).not.toContain('体检车');
  });
});
