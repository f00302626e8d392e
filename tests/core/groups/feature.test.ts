import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testPrefix, type TestApp } from '../../helpers/app.js';

const prefix = testPrefix();
let a: TestApp;
let b: TestApp;
const BRANCHES = ['meituan-yangpu', 'eleme-yangpu'];

beforeAll(async () => {
  // Two bot processes on one Redis.
  a = await createTestApp({ prefix });
  b = await createTestApp({ prefix });
});
afterAll(async () => {
  await b.app.close();
  await a.close();
});

const groups = () => a.app.deps.store.groups;

describe('/unbind', () => {
  it('an organiser unbinds a group: it leaves its branch, and /group says it is unbound', async () => {
    await a.type(':as org-li', ':in riders-x 骑手群', '/bind meituan-yangpu');
    expect((await groups().list('meituan-yangpu')).map((g) => g.chat)).toContain('console:riders-x');
    a.take();
    // Asked first: cancelling keeps the binding; a press by someone else is refused.
    await a.type('/unbind');
    expect(a.take().join('\n')).toContain('确定要解除本群与「美团外卖杨浦骑手支部」的绑定吗');
    await a.type(':press 2');
    expect(a.take().join('\n')).toContain('没有解绑');
    expect((await groups().get('console:riders-x'))?.branch).toBe('meituan-yangpu');
    await a.type('/unbind', ':as sec-meituan', ':press 1');
    expect(a.take().join('\n')).toContain('由组织者操作');
    expect((await groups().get('console:riders-x'))?.branch).toBe('meituan-yangpu');
    await a.type(':as org-li', ':press 1');
    expect(a.take().join('\n')).toContain('已解除本群的支部绑定');
    expect(await groups().get('console:riders-x')).toBeUndefined();
    expect((await groups().list()).map((g) => g.chat)).not.toContain('console:riders-x');
    expect((await groups().list('meituan-yangpu')).map((g) => g.chat)).not.toContain('console:riders-x');
    await a.type(':as rider-1', '/group');
    expect(a.take().join('\n')).not.toContain('美团外卖杨浦骑手支部');
  });

  it('says so when the group was not bound, and refuses anyone but an organiser', async () => {
    await a.type(':as org-li', ':in riders-y 骑手群', '/unbind');
    expect(a.take().join('\n')).toContain('本群没有绑定支部');
    await a.type('/bind eleme-yangpu', ':as rider-1', '/unbind');
    a.take();
    expect((await groups().get('console:riders-y'))?.branch).toBe('eleme-yangpu');
  });
});

describe('/bind from two processes at once', () => {
  it('leaves the group in exactly one branch, the one /group shows (20 rounds)', async () => {
    for (let round = 0; round < 20; round++) {
      const chat = `riders-r${round}`;
      await Promise.all([
        a.type(':as org-li', `:in ${chat} 骑手群`, `/bind ${BRANCHES[0]}`),
        b.type(':as org-li', `:in ${chat} 骑手群`, `/bind ${BRANCHES[1]}`),
      ]);
      const holding: string[] = [];
      for (const branch of BRANCHES)
        if ((await groups().list(branch)).some((g) => g.chat === `console:${chat}`)) holding.push(branch);
      expect(holding).toHaveLength(1);
      expect((await groups().get(`console:${chat}`))?.branch).toBe(holding[0]);
    }
  });
});

describe('/bind again', () => {
  it('keeps the language and tags a group had when the new /bind names none', async () => {
    await a.type(':as org-li', ':in riders-k 骑手群', '/bind meituan-yangpu en night-shift');
    await a.type('/bind eleme-yangpu');
    expect(await groups().get('console:riders-k')).toMatchObject({
      branch: 'eleme-yangpu',
      locale: 'en',
      tags: ['night-shift'],
    });
    await a.type('/bind meituan-yangpu zh-TW');
    expect(await groups().get('console:riders-k')).toMatchObject({ locale: 'zh-TW', tags: ['night-shift'] });
  });
});

describe('staff chats named by the pack', () => {
  it('a triage chat is told what it is, never asked to /bind, and cannot be bound', async () => {
    await a.type(':as sec-meituan', ':in triage-meituan 美团分拣', '/help');
    const help = a.take().join('\n');
    expect(help).toContain('本群是「美团外卖杨浦骑手支部」的分拣群');
    expect(help).not.toContain('请组织者发送 /bind');
    await a.type('/group');
    expect(a.take().join('\n')).toContain('分拣群');
    await a.type(':as org-li', '/bind meituan-yangpu');
    expect(a.take().join('\n')).toContain('不能绑定为工友群');
    expect(await groups().get('console:triage-meituan')).toBeUndefined();
  });

  it('the escalation chat says so, in the chat’s language — the one everyone there reads (stop 43)', async () => {
    await a.type(':as org-li en', ':in district-escalation 督办群', '/group');
    const said = a.take().join('\n');
    expect(said).toContain('本群是全区的升级群');
    expect(said).not.toContain("This is the district's escalation chat");
  });
});
