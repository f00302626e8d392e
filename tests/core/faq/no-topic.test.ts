/**
 * "怎么办" and nothing else — in any region's words (咋整, 按怎, 阿么办, 点算) or English ("what should I do") —
 * names no topic: the worker is asked what happened, not answered with whichever entry's title ends in 怎么办.
 * A question with a topic is answered as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a question with no topic', () => {
  it.each(['怎么办', '咋整啊', '我该怎么办呢', '按怎办', '阿么办', '点算好', 'What should I do?'])(
    '"%s" is read as a question waiting for its topic',
    (text) => {
      expect(smallTalk(text)).toBe('vague');
    },
  );

  // A sound or a filler alone is no question the branch could answer: not "I can't answer this, pass it on?".
  it.each(['啊', '哦哦', '我', '今天'])('"%s" alone is asked what about', (text) => {
    expect(smallTalk(text)).toBe('vague');
  });

  // A cost, a procedure, a place or a time asked of nothing: not whichever entry mentions a fee or a form.
  it.each([
    '多少钱',
    '要交钱吗',
    '收费吗？',
    '是免费的吗',
    '怎么申请',
    '在哪里',
    'how much does it cost?',
    'is it free',
  ])('"%s" alone is asked what about', (text) => {
    expect(smallTalk(text)).toBe('vague');
  });

  it('the same asked of something is a question', () => {
    for (const q of ['体检要交钱吗', '入会收费吗', '驿站在哪里', 'how much does the health check cost'])
      expect(smallTalk(q)).toBeUndefined();
  });

  it('the worker is asked what happened, with no entry and no buttons', async () => {
    await h.type(':dm', ':as rider-v1 zh-CN', '怎么办啊');
    const [line] = h.take();
    expect(line?.text).toContain('您想问哪方面的事');
    expect(line?.card.buttons ?? []).toEqual([]);
  });

  it('is told in the reader’s language', async () => {
    await h.type(':dm', ':as rider-v2 en', 'what now');
    expect(h.take()[0]?.text).toContain('What is it about?');
  });

  it('a greeting with it is a greeting; a topic makes it a question', async () => {
    expect(smallTalk('你好 怎么办')).toBe('greeting');
    expect(smallTalk('被欠薪了怎么办')).toBeUndefined();
    await h.type(':dm', ':as rider-v3 zh-CN', '工资被拖欠了怎么办');
    expect(h.take()[0]?.text).not.toContain('您想问哪方面的事');
  });
});
