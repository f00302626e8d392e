/**
 * The "/" menus: built from the core's commands, published at start-up in every language, with the
 * role commands only in the chats of the people (and triage/escalation chats) that hold the role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp({ start: 'polling' });
});
afterAll(async () => {
  await t?.close();
});

const menu = (scope: object, language = '') =>
  t.api.menus.get(`${JSON.stringify(scope)}|${language}`)?.map((c) => c.command);
const descriptions = (scope: object, language = '') =>
  t.api.menus.get(`${JSON.stringify(scope)}|${language}`)?.map((c) => c.description);

describe('command menus', () => {
  it('workers see the commands without roles: private and group menus, zh-CN by default and for zh, English for en', () => {
    const priv = menu({ type: 'all_private_chats' });
    const group = menu({ type: 'all_group_chats' });
    expect(priv).toEqual(expect.arrayContaining(['start', 'help', 'cancel']));
    expect(priv).not.toContain('bind');
    expect(priv).not.toContain('group');
    expect(group).toEqual(expect.arrayContaining(['start', 'help', 'group']));
    expect(group).not.toContain('bind');
    expect(descriptions({ type: 'all_private_chats' })).toContain('开始使用');
    expect(descriptions({ type: 'all_private_chats' }, 'zh')).toContain('开始使用');
    expect(descriptions({ type: 'all_private_chats' }, 'en')).toContain('Get started');
  });

  it("an organiser's and the escalation chat's menus carry the organiser commands; a triage chat gets the secretaries'", () => {
    // content/organisers.yaml: telegram organisers "1001", escalation chat "-1009999".
    expect(menu({ type: 'chat', chat_id: 1001 })).toEqual(expect.arrayContaining(['start', 'help']));
    expect(menu({ type: 'chat', chat_id: -1009999 })).toEqual(
      expect.arrayContaining(['bind', 'unbind', 'group']),
    );
    expect(descriptions({ type: 'chat', chat_id: -1009999 }, 'en')).toContain(
      'Bind this group to a branch (organisers)',
    );
    // content/branches.yaml: meituan-yangpu's triage chat "-1002001" and secretary "2001".
    expect(menu({ type: 'chat', chat_id: -1002001 })).not.toContain('bind');
    expect(menu({ type: 'chat', chat_id: 2001 })).toBeDefined();
  });

  it('a traditional-Chinese client ("zh-hant") gets a zh-TW menu of its own, once', async () => {
    const reader = t.u.person(7301, { language_code: 'zh-hant' });
    const mark = t.api.mark();
    await t.handle(t.u.privateText(reader, '/start'));
    await t.handle(t.u.privateText(reader, '/help'));
    await t.api.waitFor('setMyCommands', (p) => JSON.stringify(p.scope).includes('7301'), { after: mark });
    expect(descriptions({ type: 'chat', chat_id: 7301 }, 'zh')).toContain('開始使用');
    expect(
      t.api
        .since(mark)
        .filter((c) => c.method === 'setMyCommands' && JSON.stringify(c.params.scope).includes('7301')),
    ).toHaveLength(1);
  });

  it('every menu is set in three languages and in order', () => {
    const general = t.api
      .callsOf('setMyCommands')
      .filter((p) => (p.scope as { type: string }).type === 'all_private_chats');
    expect(general.map((p) => p.language_code)).toEqual([undefined, 'zh', 'en']);
  });

  it('a restart with the same menus sends none of them again; a menu no longer wanted is deleted', async () => {
    // A chat that had a role menu before (a secretary who has since left the pack).
    await t.app.deps.store.menus.record(
      'telegram',
      `${JSON.stringify({ type: 'chat', chat_id: 4242 })}|`,
      'old',
    );
    const again = await createTelegramTestApp({ start: 'polling', prefix: t.prefix });
    try {
      expect(again.api.callsOf('setMyCommands')).toEqual([]);
      expect(again.api.callsOf('deleteMyCommands')).toEqual([{ scope: { type: 'chat', chat_id: 4242 } }]);
    } finally {
      await again.close({ keepData: true });
    }
  });
});
