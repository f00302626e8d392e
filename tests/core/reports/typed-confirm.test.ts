/**
 * Typed answers to "问题解决了吗？" (found by QA: they went to the FAQ, so "还没收到钱" never reached the branch and the
 * ticket closed itself as if confirmed). While the question waits, a yes confirms, a no with words reopens the ticket
 * with them, a bare no asks why, "五星" after the rating question rates, a question is still answered, and anything
 * else gets the two buttons again naming the report.
 */
import { describe, expect, it } from 'vitest';
import { readSolved, readStars } from '../../../src/core/reports/confirm.js';
import { claim, fileFrom, resolve, useReportsApp } from './drive.js';
import { linesIn } from './helpers.js';

const setup = useReportsApp({ bind: true });

const tickets = () => setup.app.app.deps.store.tickets;

/** A report filed by `who`, claimed and resolved by the branch; the worker is in their private chat. */
async function resolvedFor(who: string): Promise<string> {
  const id = await fileFrom(setup.app, who, 'riders-meituan', '站点押金500块辞职后一直不退', {
    anonymous: true,
  });
  await claim(setup.app, 'sec-meituan', 'triage-meituan', id);
  await resolve(setup.app, 'sec-meituan', 'triage-meituan', id, '已协调站点退还押金');
  await setup.app.type(`:as ${who}`, ':dm');
  setup.app.take();
  return id;
}

const said = (who: string) => linesIn(setup.app, who).at(-1)!;

describe('typed answers to "问题解决了吗？"', () => {
  it('"解决了，谢谢" confirms, and "五星" then rates', async () => {
    const id = await resolvedFor('rider-tc1');
    await setup.app.type('解决了，谢谢');
    expect(said('rider-tc1').text).toContain(`${id} 已结案`);
    expect(said('rider-tc1').text).toContain('打分');
    expect((await tickets().get(id))!.status).toBe('closed');
    await setup.app.type('五星');
    expect(said('rider-tc1').text).toContain('谢谢您的评价');
    expect((await tickets().get(id))!.rating).toBe(5);
    // The wait is over: the next words are read as any are.
    await setup.app.type('谢谢');
    expect(said('rider-tc1').text).not.toContain('评价');
  });

  it('"还没收到钱" reopens the ticket with those words, and the branch reads them', async () => {
    const id = await resolvedFor('rider-tc2');
    await setup.app.type('还没收到钱');
    expect(said('rider-tc2').text).toContain(`已重新提交给承办支部（${id}）`);
    expect((await tickets().get(id))!.status).toBe('claimed');
    const reopened = (await tickets().events(id)).filter((e) => e.type === 'reopened');
    expect(reopened.at(-1)?.text).toBe('还没收到钱');
    expect(
      linesIn(setup.app, 'triage-meituan')
        .map((l) => l.text)
        .join('\n'),
    ).toContain('还没收到钱');
  });

  it('a bare "没解决" asks what is left, as ❌ does; the next words reopen it', async () => {
    const id = await resolvedFor('rider-tc3');
    await setup.app.type('没解决');
    expect(said('rider-tc3').text).toContain('还有什么没解决');
    await setup.app.type('押金只退了一半');
    expect((await tickets().get(id))!.status).toBe('claimed');
  });

  it('unclear words get the two buttons again, naming the report; a question is still answered', async () => {
    const id = await resolvedFor('rider-tc4');
    await setup.app.type('骑手体检要钱吗');
    expect(said('rider-tc4').text).not.toContain(id);
    await setup.app.type('嗯嗯 站长今天打电话了');
    expect(said('rider-tc4').text).toContain(`${id} 吗？问题解决了吗？`);
    expect(said('rider-tc4').choices.join(' ')).toMatch(/解决了.*没解决/);
    expect((await tickets().get(id))!.status).toBe('resolved');
  });
});

describe('danger while "问题解决了吗？" waits', () => {
  it('is not read as a yes or no: the emergency numbers come first', async () => {
    const id = await resolvedFor('rider-tc5');
    await setup.app.type('站长又带人来打我 头在流血');
    expect(setup.app.take().join('\n')).toContain('120');
    expect((await tickets().get(id))!.status).toBe('resolved');
  });
});

describe('reading the words', () => {
  it('tells yes from no, and reads stars', () => {
    expect(
      ['解决了，谢谢', '好了 谢谢', '没问题了', '已经退了', 'yes thanks', '还不错'].map(readSolved),
    ).toEqual(Array(6).fill('yes'));
    expect(
      ['还没收到钱', '没解决 站长还是不退', '钱还没到账呢', 'not yet, still waiting'].map(readSolved),
    ).toEqual(Array(4).fill('no'));
    expect(['没解决', '沒有', '不行', 'no'].map(readSolved)).toEqual(Array(4).fill('bare-no'));
    expect(['嗯嗯 站长今天打电话了', '解决了一半，不过押金呢'].map(readSolved)).toEqual([
      'unclear',
      'unclear',
    ]);
    expect(['五星', '5星', '给四星', '★★★', '3', '五星好评', '5 stars', '附近驿站'].map(readStars)).toEqual([
      5,
      5,
      4,
      3,
      3,
      5,
      5,
      undefined,
    ]);
  });
});
