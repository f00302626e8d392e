/**
 * /start and /help through the real app and the console adapter: what each role is offered, in private
 * and in a group (bound or not), in the person's language; `/start <prefix>-<payload>` deep links reach
 * the feature that owns the prefix, and an unknown or stale link still gets the welcome; /cancel.
 * People come from the sample pack: org-li organises, sec-meituan is a branch secretary, rider-* work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.type(':as org-li', ':in riders-bound 美团骑手群', '/bind meituan-yangpu');
});
afterAll(async () => {
  await t?.close();
});

/** The commands a help card lists, in order ("/queue — …" → "queue", "/bind [支部] … — …" → "bind"). */
const commands = (text: string | undefined) =>
  [...(text ?? '').matchAll(/^\/(\w+)(?: [^\n—]*)? — /gm)].map((m) => m[1]);
/** The last message the bot sent, with its buttons' labels. */
async function say(...lines: string[]) {
  t.take();
  await t.type(...lines);
  const last = t.console.transcript.at(-1)!;
  return { text: last.text, choices: last.choices, to: last.to.chatId };
}

const EVERYONE = ['start', 'help', 'cancel', 'ask', 'stations', 'schedule', 'report', 'ticket'];
const SECRETARY = ['queue', 'stats', 'lessonstats'];
const ORGANISER = ['gaps', 'notice', 'notices'];

describe('/help in private, per role', () => {
  it('a worker sees the worker commands and buttons, nothing for secretaries or organisers', async () => {
    const help = await say(':as rider-1 zh-CN', ':dm', '/help');
    expect(help.text.split('\n')[0]).toBe('我可以帮您：');
    const listed = commands(help.text);
    expect(listed).toEqual(expect.arrayContaining([...EVERYONE, 'mytickets']));
    for (const c of [...SECRETARY, ...ORGANISER]) expect(listed).not.toContain(c);
    // Group-only commands are not offered in private.
    for (const c of ['bind', 'unbind', 'group', 'lesson', 'pause', 'resume']) expect(listed).not.toContain(c);
    expect(help.choices).toEqual(['❓ 问问题', '📍 找驿站', '📝 反映问题']);
  });

  it('a branch secretary also sees the queue and the figures, not the organisers’ tools', async () => {
    const help = await say(':as sec-meituan zh-CN', ':dm', '/help');
    expect(help.text.split('\n')[0]).toBe('支部书记可以用：');
    const listed = commands(help.text);
    expect(listed).toEqual(expect.arrayContaining([...EVERYONE, ...SECRETARY]));
    for (const c of ORGANISER) expect(listed).not.toContain(c);
    expect(help.choices).not.toContain('📢 发布通知');
  });

  it('an organiser sees every private command, and a button to publish a notice', async () => {
    const help = await say(':as org-li zh-CN', ':dm', '/help');
    expect(help.text.split('\n')[0]).toBe('组织者可以用：');
    expect(commands(help.text)).toEqual(expect.arrayContaining([...EVERYONE, ...SECRETARY, ...ORGANISER]));
    expect(help.choices).toContain('📢 发布通知');
  });

  it('answers in the person’s language', async () => {
    const en = await say(':as rider-en en', ':dm', '/help');
    expect(en.text.split('\n')[0]).toBe('I can help you:');
    expect(en.text).toContain('/report — Report a problem privately');
    const tw = await say(':as rider-tw zh-TW', ':dm', '/help');
    expect(tw.text).toContain('/stations — ');
    expect(tw.text).not.toBe(en.text);
  });
});

describe('/help and the dispatcher agree', () => {
  // One rule (core/visibility.ts) decides both, so a command help does not offer is refused when typed.
  for (const who of ['rider-1', 'sec-meituan']) {
    it(`every private command /help does not offer ${who} is refused when ${who} types it`, async () => {
      const listed = commands((await say(`:as ${who} zh-CN`, ':dm', '/help')).text);
      // Commands never listed for anyone (/stop: answered, not offered) are not refused.
      const hidden = t.app.core.commands().filter((c) => !c.hidden && !listed.includes(c.name));
      expect(hidden.length).toBeGreaterThan(0);
      for (const c of hidden) {
        const answer = await say(`/${c.name}`);
        // A command may refuse in its own words (a worker's /notices is told where notices are, QA19).
        const own = c.refused ? t.app.deps.i18n.t('zh-CN', c.refused) : undefined;
        if (answer.text !== own)
          expect(answer.text).toMatch(/^抱歉，这个操作需要相应权限。|只能在群里使用。$/);
      }
    });
  }
});

describe('/help in a group', () => {
  it('an unbound group is told to /bind; a worker there is not offered /bind', async () => {
    const help = await say(':as rider-1 zh-CN', ':in riders-new 新群', '/help');
    expect(help.to).toBe('riders-new');
    expect(help.text).toContain('本群还没有绑定支部，请组织者发送 /bind。');
    const listed = commands(help.text);
    expect(listed).toEqual(expect.arrayContaining(['group', 'lesson']));
    expect(listed).not.toContain('bind');
    // Private-only commands stay out of the group.
    expect(listed).not.toContain('mytickets');
    // No report button in an unbound group: its reports would have nowhere to go.
    expect(help.choices).toEqual(['❓ 问问题', '📍 找驿站']);
  });

  it('an organiser in a group sees /bind and /unbind', async () => {
    const listed = commands((await say(':as org-li', ':in riders-new 新群', '/help')).text);
    expect(listed).toEqual(expect.arrayContaining(['bind', 'unbind', 'pause', 'resume']));
    expect(listed).not.toContain('notice'); // composed in private only
  });

  it('a bound group names its branch and offers a lesson and a private report', async () => {
    const help = await say(':as rider-1 zh-CN', ':in riders-bound', '/help');
    expect(help.text).toContain('本群所属：美团外卖杨浦骑手支部');
    expect(help.text).not.toContain('还没有绑定');
    expect(help.choices).toEqual(['❓ 问问题', '📍 找驿站', '📚 领一节微课', '📝 反映问题']);
  });
});

describe('/start', () => {
  it('a worker: greets by name, says what the bot does in two lines, and offers the main things as buttons — one screen', async () => {
    const start = await say(':as rider-1 zh-CN', ':dm', '/start');
    expect(start.text).toMatch(/^rider-1，您好！我是驿站助手/);
    expect(start.text).toContain('私下反映给支部');
    // One phone screen at a large font (QA22 #10): a few short lines, no list of slash commands; /help has it.
    expect(start.text.split('\n').length).toBeLessThanOrEqual(6);
    expect(commands(start.text)).toEqual([]);
    expect(start.text).toContain('/help');
    expect(start.choices).toEqual(expect.arrayContaining(['📝 反映问题']));
    expect(commands((await say('/help')).text)).toContain('report');
  });

  it('staff keep the full card', async () => {
    const start = await say(':as sec-meituan zh-CN', ':dm', '/start');
    expect(start.text).toContain('支部书记可以用：');
    expect(commands(start.text)).toEqual(commands((await say('/help')).text));
  });

  it('in a bound group, greets in the group with its branch', async () => {
    const start = await say(':as rider-2 en', ':in riders-bound', '/start');
    expect(start.to).toBe('riders-bound');
    expect(start.text).toMatch(/^Hello rider-2! I'm Waystation/);
    expect(start.text).toContain("This group belongs to: Meituan Delivery Riders' Branch, Yangpu");
  });
});

describe('/start deep links', () => {
  it('a report link made in a bound group opens the private report, carrying the group', async () => {
    await say(':as rider-3 zh-CN', ':in riders-bound', '/report');
    const link = t.console.transcript.at(-1)!.choices[0]!;
    const payload = /start=(report-[a-z0-9]+)/.exec(link)?.[1];
    expect(payload).toBeDefined();
    const opened = await say(':dm', `/start ${payload}`);
    expect(opened.to).toBe('rider-3');
    expect(opened.text).toContain('📝 反映问题');
    expect(opened.text).toContain('来自：美团外卖杨浦骑手支部的群');
    const dialog = await t.app.deps.store.dialogs.get({
      channel: 'console',
      chatId: 'rider-3',
      userId: 'rider-3',
    });
    expect(dialog?.step).toBe('describe');
  });

  it('a stale report link still opens a report, without claiming a group', async () => {
    const opened = await say(':as rider-4 zh-CN', ':dm', '/start report-zzzzzzzz');
    expect(opened.text).toContain('📝 反映问题');
    expect(opened.text).not.toContain('来自：');
  });

  it('an unknown link prefix gets the normal welcome', async () => {
    const start = await say(':as rider-5 zh-CN', ':dm', '/start nosuch-abc123');
    expect(start.text).toMatch(/^rider-5，您好！/);
    expect(start.choices).toEqual(expect.arrayContaining(['📝 反映问题']));
    expect(
      await t.app.deps.store.dialogs.get({ channel: 'console', chatId: 'rider-5', userId: 'rider-5' }),
    ).toBeUndefined();
  });
});

describe('/cancel', () => {
  it('closes an open dialog: the next message is not taken as the report', async () => {
    await say(':as rider-6 zh-CN', ':dm', '/report');
    const key = { channel: 'console' as const, chatId: 'rider-6', userId: 'rider-6' };
    expect(await t.app.deps.store.dialogs.get(key)).toBeDefined();
    expect((await say('/cancel')).text).toBe('好的，已取消。');
    expect(await t.app.deps.store.dialogs.get(key)).toBeUndefined();
    await say('你好');
    expect(await t.app.deps.store.tickets.forWorker('console', 'rider-6', 0, 10)).toEqual([]);
  });
});
