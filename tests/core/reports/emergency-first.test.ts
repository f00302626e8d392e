/**
 * A worker who tells the bot of danger right now, without starting a report: the emergency numbers come
 * first and at once (not an FAQ "I can't answer that"), and one tap files the same words as an emergency
 * report. In a group the numbers come with the private link. Questions that are no emergency still get
 * their FAQ answer. On the 南山 pack (the emergency knowledge is built in, not the pack's); zh-CN, zh-TW, English.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, linesIn, press, T0 } from './helpers.js';

const NANSHAN = resolve(import.meta.dirname, '../../../packs/nanshan');
let app: TestApp;
const c = clock();

beforeAll(async () => {
  app = await createTestApp({ now: c.now, contentDir: NANSHAN });
  await app.type(':as org-chen', ':in sf-couriers 顺丰小哥群', '/bind sf-kejiyuan');
});
afterAll(async () => app.close());
beforeEach(() => {
  c.set(T0);
  app.take();
});

async function tell(user: string, language: string, text: string): Promise<string> {
  await app.type(`:as ${user} ${language}`, ':dm', text);
  return linesIn(app, user).at(-1)!.text;
}

describe('an emergency told outside a report', () => {
  it('zh-CN in private: numbers first, 120 before 110, and one tap files it as an emergency', async () => {
    const reply = await tell('sos-cn', 'zh-CN', '同事在路口摔倒了，头破流血，叫不醒');
    expect(reply).toContain('请立即拨打');
    expect(reply.indexOf('120')).toBeLessThan(reply.indexOf('110'));
    expect(reply).not.toContain('答不上来');
    await press(app, 'sos-cn', '马上反映给支部');
    const proposal = linesIn(app, 'sos-cn').at(-1)!.text;
    expect(proposal).toContain('特急');
  });

  it('zh-TW and English get the same, in their language', async () => {
    const tw = await tell('sos-tw', 'zh-TW', '有人拿刀砍我同事，流了好多血');
    expect(tw).toContain('請立即撥打');
    expect(tw.indexOf('110')).toBeLessThan(tw.indexOf('119'));
    expect(linesIn(app, 'sos-tw').at(-1)!.choices.join()).toContain('馬上反映');
    const en = await tell('sos-en', 'en', 'my coworker collapsed and is not breathing');
    expect(en).toContain('120');
    expect(linesIn(app, 'sos-en').at(-1)!.choices.join()).toContain('Report it to the branch now');
  });

  it('in a group, addressed to the bot: the numbers, then the private link', async () => {
    await app.type(':as sos-group zh-CN', ':in sf-couriers', '/ask 有个骑手被车撞了躺在地上不动');
    const lines = linesIn(app, 'sf-couriers').slice(-2);
    expect(lines[0]!.text).toContain('请立即拨打');
    expect(lines[0]!.text).toContain('120');
    expect(lines[1]!.choices.length).toBeGreaterThan(0);
  });

  it('no emergency: a past accident and a prevention question get their FAQ answers, not the numbers', async () => {
    for (const q of ['上周摔了一跤现在好了，工伤怎么报', '夏天怎么预防中暑']) {
      const reply = await tell('calm-rider', 'zh-CN', q);
      expect(reply, q).not.toContain('请立即拨打');
    }
  });
});
