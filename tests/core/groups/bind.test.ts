/**
 * /bind and /group through the real app and the console adapter: the branch, language, tags and topic a
 * group is bound with; re-binding; who may bind and where; and two organisers re-binding one group at
 * the same moment. org-li and org-zhang organise in the sample pack; sec-meituan is a branch secretary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../../src/core/types.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const groups = () => t.app.deps.store.groups;
async function say(...lines: string[]): Promise<string> {
  t.take();
  await t.type(...lines);
  return t.console.transcript.at(-1)!.text;
}

describe('/bind', () => {
  it('binds with a language and tags; the reply is in the group’s language; /group shows it', async () => {
    const reply = await say(
      ':as org-li zh-CN',
      ':in night-riders 夜班骑手群',
      '/bind eleme-yangpu en #night north',
    );
    expect(reply).toBe(
      [
        "Bound: this group belongs to Ele.me Riders' Branch, Yangpu.",
        'Language: English (en); tags: night north.',
        'For another language: /bind eleme-yangpu zh-CN or /bind eleme-yangpu zh-TW',
      ].join('\n'),
    );
    expect(await groups().get('console:night-riders')).toMatchObject({
      branch: 'eleme-yangpu',
      locale: 'en',
      tags: ['night', 'north'],
      title: '夜班骑手群',
      boundBy: 'console:org-li',
      active: true,
    });
    const info = await say(':as rider-1 zh-CN', '/group');
    expect(info).toContain('支部：饿了么杨浦骑手支部');
    expect(info).toContain('语言：en');
    expect(info).toContain('标签：night north');
  });

  it('re-binding to another branch keeps the language and tags; /group shows the new branch', async () => {
    await say(':as org-li', ':in night-riders', '/bind meituan-yangpu');
    expect(await groups().get('console:night-riders')).toMatchObject({
      branch: 'meituan-yangpu',
      locale: 'en',
      tags: ['night', 'north'],
    });
    expect(await say(':as rider-1', '/group')).toContain('支部：美团外卖杨浦骑手支部');
  });

  it('re-binding with no language keeps the group’s and says so', async () => {
    const reply = await say(':as org-li zh-CN', ':in night-riders', '/bind meituan-yangpu');
    expect(reply).toContain('Language: English (en, kept from before)');
  });

  it('bound from a topic, pushes go to that topic', async () => {
    await say(':as org-li', ':in forum-riders 论坛群', ':topic 12', '/bind didi-yangpu');
    expect((await groups().get('console:forum-riders'))?.threadId).toBe('12');
    expect(await say('/group')).toContain('推送话题：12');
  });

  it('an unknown branch is named back with the list of branches, and nothing is bound', async () => {
    const reply = await say(':as org-li', ':in riders-typo', '/bind meituan-yangpoo');
    expect(reply).toContain('没有找到支部“meituan-yangpoo”');
    expect(reply).toContain('meituan-yangpu, eleme-yangpu');
    expect(await groups().get('console:riders-typo')).toBeUndefined();
  });

  it('is refused for a secretary and a worker, who are told an organiser binds groups; the binding stays', async () => {
    for (const who of ['sec-meituan', 'rider-1']) {
      expect(await say(`:as ${who}`, ':in night-riders', '/bind didi-yangpu')).toBe(
        '群的绑定和解绑由组织者操作。请联系区里的组织者在本群发 /bind。',
      );
    }
    expect((await groups().get('console:night-riders'))?.branch).toBe('meituan-yangpu');
  });

  it('is for groups only, even for an organiser', async () => {
    expect(await say(':as org-li', ':dm', '/bind meituan-yangpu')).toBe('/bind 只能在群里使用。');
    expect(await groups().get('console:org-li')).toBeUndefined();
  });

  it('/group in an unbound group says how to bind it', async () => {
    expect(await say(':as rider-1', ':in riders-unbound', '/group')).toBe(
      '本群还没有绑定支部，请组织者发送 /bind。',
    );
  });
});

describe('two organisers re-bind one group at the same moment', () => {
  /** `/bind …` from `user` in console group `chat`, as one update (so two can be in flight at once). */
  const bindUpdate = (user: string, chat: string, args: string, n: number): IncomingMessage => ({
    type: 'message',
    updateId: `rebind-${chat}-${n}`,
    chat: { address: { channel: 'console', chatId: chat }, kind: 'group', title: chat },
    from: { channel: 'console', id: user, name: user, languageCode: 'zh-CN' },
    messageId: `rebind-${n}`,
    text: `/bind ${args}`,
    command: { name: 'bind', args },
    addressed: true,
  });

  it('one of the two wins whole: one branch with its own language, tags and organiser, never a mix', async () => {
    const chat = 'riders-contested';
    await say(':as org-li', `:in ${chat}`, '/bind sf-yangpu');
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        t.app.core.handle(bindUpdate('org-li', chat, 'meituan-yangpu en #a', round * 2)),
        t.app.core.handle(bindUpdate('org-zhang', chat, 'eleme-yangpu zh-TW #b', round * 2 + 1)),
      ]);
      const bound = (await groups().get(`console:${chat}`))!;
      const requests = [
        { branch: 'meituan-yangpu', locale: 'en', tags: ['a'], boundBy: 'console:org-li' },
        { branch: 'eleme-yangpu', locale: 'zh-TW', tags: ['b'], boundBy: 'console:org-zhang' },
      ];
      expect(requests).toContainEqual({
        branch: bound.branch,
        locale: bound.locale,
        tags: bound.tags,
        boundBy: bound.boundBy,
      });
      // Everyone in the group sees that same binding.
      expect(await say(':as rider-1 zh-CN', `:in ${chat}`, '/group')).toContain(
        bound.branch === 'meituan-yangpu' ? '支部：美团外卖杨浦骑手支部' : '支部：饿了么杨浦骑手支部',
      );
    }
  });
});

describe('re-binding to another branch names both (QA11 #3)', () => {
  it('by command and by button, in the group’s language; the same branch again is a plain confirmation', async () => {
    await say(':as org-li en', ':in street-kj 控江路街道服务群', '/bind street-kongjiang');
    expect(await say('/bind street-dinghai')).toMatch(/^已改绑：控江路街道 → 定海路街道。\n/);
    // The branch buttons: a slip of the finger onto the wrong branch is as visible.
    await say('/bind');
    expect(await say(':press 1')).toMatch(/^已改绑：定海路街道 → 杨浦区新就业群体党委。\n/);
    expect(await say('/bind district-yangpu')).toMatch(/^已绑定：本群属于 杨浦区新就业群体党委。\n/);
    expect((await groups().get('console:street-kj'))?.branch).toBe('district-yangpu');

    await say(':in riders-tw 騎手群', '/bind meituan-yangpu zh-TW');
    expect(await say('/bind eleme-yangpu')).toMatch(/^已改綁：美團外賣楊浦騎手支部 → 餓了麼楊浦騎手支部。\n/);
    await say(':in riders-en', '/bind meituan-yangpu en');
    expect(await say('/bind sf-yangpu')).toMatch(
      /^Re-bound: Meituan Delivery Riders' Branch, Yangpu → SF Express Yangpu Office Branch\.\n/,
    );
  });
});

describe('/bind with tags written the Chinese way', () => {
  it('tags split on 、 and ， (as on spaces), each once', async () => {
    const reply = await say(
      ':as org-li zh-CN',
      ':in wujiaochang-riders 五角场骑手群',
      '/bind meituan-yangpu 夜班、五角场，夜班 #五角场',
    );
    expect(reply).toContain('标签：夜班 五角场。');
    expect((await groups().get('console:wujiaochang-riders'))?.tags).toEqual(['夜班', '五角场']);
  });

  it('binding again without tags keeps them, and the reply shows the kept tags (QA4 #7)', async () => {
    await say(':as org-li zh-CN', ':in g-mt 美团群', '/bind meituan-yangpu en 夜班、五角场，北区');
    const reply = await say('/bind meituan-yangpu zh-CN');
    expect(reply).toContain('语言：简体中文（zh-CN）；标签：夜班 五角场 北区。');
    expect(await say('/group')).toContain('夜班 五角场 北区');
  });
});

describe('/bind with no language: the group’s name decides, not the binder’s client (QA11 #2)', () => {
  it('an English-client organiser binds a Chinese street office group: it stays zh-CN, and the reply says how to change it', async () => {
    const reply = await say(':as org-li en', ':in street-wjc 五角场街道服务群', '/bind street-wujiaochang');
    expect(reply.split('\n')).toEqual([
      '已绑定：本群属于 五角场街道。',
      '语言：简体中文（zh-CN，按群名判断）；标签：—。',
      '改用其他语言：/bind street-wujiaochang zh-TW 或 /bind street-wujiaochang en',
    ]);
    expect((await groups().get('console:street-wjc'))?.locale).toBe('zh-CN');
    // The way the reply gives works, and keeps the branch.
    expect(await say('/bind street-wujiaochang zh-TW')).toContain('語言：繁體中文（zh-TW）');
    expect(await groups().get('console:street-wjc')).toMatchObject({
      branch: 'street-wujiaochang',
      locale: 'zh-TW',
    });
  });

  it('a name in traditional characters gives zh-TW; English words give en when the binder uses English; else the default', async () => {
    const cases: [string, string, string, string][] = [
      ['zh-CN', 'ride-tw', '楊浦網約車司機群', 'zh-TW'],
      ['en', 'freight-en', 'Yangpu Freight Drivers', 'en'],
      // A Latin name alone does not make a Chinese organiser's group English (Slack's #meituan-riders).
      ['zh-CN', 'freight-latin', 'Yangpu Freight Drivers', 'zh-CN'],
      ['en', 'riders-pinyin', 'Yangpu Qishou Qun', 'zh-CN'],
      ['en', 'riders-emoji', '🛵 2024', 'zh-CN'],
      ['en', 'riders-one-word', 'Riders', 'zh-CN'],
    ];
    for (const [binder, chat, title, locale] of cases) {
      await say(`:as org-li ${binder}`, `:in ${chat} ${title}`, '/bind didi-yangpu');
      expect({ binder, title, locale: (await groups().get(`console:${chat}`))?.locale }).toEqual({
        binder,
        title,
        locale,
      });
    }
    expect(await say(':as org-li en', ':in freight-en', '/group')).toContain('Language: en');
  });

  it('/help shows the language and tags /bind takes', async () => {
    const help = await say(':as org-li zh-CN', ':in street-wjc', '/help');
    expect(help).toContain('/bind [支部] [zh-CN|zh-TW|en] [标签…] — 把本群绑定到支部（组织者）');
  });
});
