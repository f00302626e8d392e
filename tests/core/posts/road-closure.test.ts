/**
 * A reply under a road-closure notice that names the notice's place and asks when, which roads or whether one may
 * pass is about the notice, not the station at that place or an FAQ entry sharing a word (QA8 #8). A question of
 * its own under it still gets its answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { asksAboutPost } from '../../../src/core/posts/feature.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10 } from '../lessons/fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const CLOSURE = '3月4日（周三）7:00至18:00，测试广场周边测试路、样板路封闭施工，货车禁止通行，电动车请绕行。';

async function sendClosure(app: TestApp): Promise<void> {
  await app.type(':as org-test', ':dm', '/notice', CLOSURE, ':press 1', ':press 5');
  await app.type(':press 4'); // confirm (all groups)
  await delivered(app, 'notice:n1');
}

describe('replies under a road-closure notice', () => {
  it('asking until when, which roads, or whether one may pass gets the notice, not the station there', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await sendClosure(t);
    t.take();

    await t.type(':as w1', ':in riders-a', ':reply 测试广场封到几点啊？中午能进去送餐不');
    let out = t.take().join('\n');
    expect(out).toContain('通知里是这样写的');
    expect(out).toContain('7:00至18:00');
    expect(out).not.toContain('测试路暖心驿站');

    await t.type(':reply 具体哪几条路封了');
    out = t.take().join('\n');
    expect(out).toContain('通知里是这样写的');
    expect(out).toContain('测试路、样板路封闭施工');

    // A question of its own under the notice still gets its own answer.
    await t.type(':reply 附近哪里能充电');
    out = t.take().join('\n');
    expect(out).toContain('测试路暖心驿站');
    expect(out).not.toContain('通知');
  });
});

describe('which replies to a closure ask about it', () => {
  const post = CLOSURE;
  const places = ['测试广场', 'Test Square', '测试路', '样板路'];
  it('names its place and asks when, which or whether one may pass; or points at it', () => {
    for (const q of [
      '测试广场封到几点啊？中午能进去送餐不',
      '测试广场那边今天能过吗',
      '测试路哪几条封了',
      '具体哪几条路',
      'which roads exactly? can trucks pass?',
    ])
      expect(asksAboutPost(q, post, places), q).toBe(true);
  });
  it('a question of its own, even naming the place, is not about it', () => {
    for (const q of [
      '附近哪里能充电',
      '测试广场附近哪里能充电',
      '骑车摔了能报工伤吗',
      '测试广场的驿站有热水吗',
    ])
      expect(asksAboutPost(q, post, places), q).toBe(false);
  });
  it('English: the place named, asking until when', () => {
    const en =
      'From 7:00 to 18:00 on Wednesday 4 March, roads around Test Square are closed for works; no trucks.';
    expect(asksAboutPost('is Test Square closed all day? when can I get in', en, places)).toBe(true);
    expect(asksAboutPost('where can I charge my phone near Test Square', en, places)).toBe(false);
  });
});
