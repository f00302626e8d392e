/**
 * What a worker sees when a report is an emergency, on a pack the emergency knowledge was not written
 * for (packs/nanshan): the emergency numbers before anything else — the one the danger needs first —
 * and the shortest deadline; in zh-TW and English too. A past, resolved accident is not an emergency.
 * Told as a question rather than a report, an emergency gets the numbers at once and one tap files it.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, fileReport, HOUR, linesIn, press, T0 } from './helpers.js';

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

const ticketIn = (user: string): string => {
  const m = /[A-Z]+-\d{4}-\d{6}/.exec(
    linesIn(app, user)
      .filter((l) => /[A-Z]+-\d{4}-\d{6}/.test(l.text))
      .at(-1)?.text ?? '',
  );
  if (!m) throw new Error(`no receipt for ${user}`);
  return m[0];
};

/** From the group: /report, follow the link into the private chat, describe the problem. */
async function reportFromGroup(user: string, language: string, text: string): Promise<string> {
  await app.type(`:as ${user} ${language}`, ':in sf-couriers', '/report');
  await press(app, 'sf-couriers', language === 'en' ? 'privately' : '私下反映');
  await app.type(text);
  return linesIn(app, user).at(-1)!.text;
}

async function submit(user: string, labels: { ok: string; anonymous: string; submit: string }) {
  await press(app, user, labels.ok);
  await press(app, user, labels.anonymous);
  await press(app, user, labels.submit);
  return (await app.app.deps.store.tickets.get(ticketIn(user)))!;
}

const TW = { ok: '對，下一步', anonymous: '匿名反映', submit: '提交' };
const CN = { ok: '对，下一步', anonymous: '匿名反映', submit: '提交' };
const EN = { ok: 'Yes, next', anonymous: 'Anonymously', submit: 'Submit' };

describe('emergency reports on another district’s pack', () => {
  it('zh-TW: a colleague with a bleeding head on the ground → numbers first (120 first), 1-hour deadline', async () => {
    const proposal = await reportFromGroup('tw-rider', 'zh-TW', '同事頭破流血倒在地上');
    expect(proposal).toContain('請立即撥打');
    expect(proposal.indexOf('120')).toBeGreaterThanOrEqual(0);
    expect(proposal.indexOf('120')).toBeLessThan(proposal.indexOf('110'));
    expect(proposal.indexOf('120')).toBeLessThan(proposal.indexOf('我理解'));
    expect(proposal).toContain('交通事故與工傷');
    const t = await submit('tw-rider', TW);
    expect(t).toMatchObject({ urgency: 'emergency', category: 'injury-accident', branch: 'sf-kejiyuan' });
    expect(t.respondBy).toBe(T0 + HOUR);
    const receipt = linesIn(app, 'tw-rider').find((l) => l.text.includes(t.id))!.text;
    expect(receipt.indexOf('120 急救')).toBeLessThan(receipt.indexOf(t.id));
  });

  it('violence puts the police first; a fire puts the fire brigade first', async () => {
    const knife = await reportFromGroup('cn-rider', 'zh-CN', '有个人拿着刀追我，我躲在楼道里');
    expect(knife.indexOf('110')).toBeLessThan(knife.indexOf('120'));
    await app.type('/cancel');
    const fire = await reportFromGroup('cn-rider-2', 'zh-CN', '出租屋楼下电瓶车着火了，楼道全是烟');
    expect(fire.indexOf('119')).toBeLessThan(fire.indexOf('120'));
    await app.type('/cancel');
  });

  it('English: someone collapsed and is not breathing → emergency, numbers first', async () => {
    const proposal = await reportFromGroup(
      'en-rider',
      'en',
      'a courier collapsed outside the station and is not breathing',
    );
    expect(proposal.indexOf('call now')).toBeGreaterThanOrEqual(0);
    expect(proposal.indexOf('120')).toBeLessThan(proposal.indexOf('I understand'));
    const t = await submit('en-rider', EN);
    expect(t.urgency).toBe('emergency');
    expect(t.category).toBe('health');
    expect(t.respondBy).toBe(T0 + HOUR);
  });

  it('a fall last week that is better now, asking about insurance, is not an emergency', async () => {
    const proposal = await reportFromGroup('cn-rider-3', 'zh-CN', '上周摔了一跤现在好了，想问保险怎么报');
    expect(proposal).not.toContain('请立即拨打');
    expect(proposal).toContain('交通事故与工伤');
    const t = await submit('cn-rider-3', CN);
    expect(t.urgency).not.toBe('emergency');
    expect(t.respondBy).toBeGreaterThan(T0 + HOUR);
  });

  it('a coworker stabbed, in English: police first, the shortest deadline', async () => {
    const proposal = await reportFromGroup('en-rider-2', 'en', 'my coworker got stabbed');
    expect(proposal.indexOf('110')).toBeGreaterThanOrEqual(0);
    expect(proposal.indexOf('110')).toBeLessThan(proposal.indexOf('120'));
    expect(proposal.indexOf('110')).toBeLessThan(proposal.indexOf('I understand'));
    const t = await submit('en-rider-2', EN);
    expect(t.urgency).toBe('emergency');
    expect(t.respondBy).toBe(T0 + HOUR);
  });

  it('an injury last month, asking how to claim it, is not an emergency', async () => {
    const proposal = await reportFromGroup('cn-rider-5', 'zh-CN', '上个月摔伤了怎么报工伤');
    expect(proposal).not.toContain('请立即拨打');
    const t = await submit('cn-rider-5', CN);
    expect(t.urgency).not.toBe('emergency');
    expect(t.respondBy).toBeGreaterThan(T0 + HOUR);
  });

  it('a question about preventing heat stroke is not an emergency', async () => {
    const proposal = await reportFromGroup('cn-rider-4', 'zh-CN', '夏天跑单怎么预防中暑？站里有没有防暑药');
    expect(proposal).not.toContain('请立即拨打');
    await app.type('/cancel');
  });
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
    // One tap files it (stop 32): anonymous, an emergency; the numbers stay on screen once, in the receipt.
    await press(app, 'sos-cn', '马上反映给支部');
    const lines = linesIn(app, 'sos-cn');
    const receipt = lines.find((l) => l.text.includes('已受理'))!.text;
    expect(receipt).toContain('请立即拨打');
    const sos = lines.filter((l) => l.id === lines.find((x) => x.text.includes('马上反映'))!.id).at(-1)!;
    expect(sos.text).not.toContain('请立即拨打');
    const t = (await app.app.deps.store.tickets.get(ticketIn('sos-cn')))!;
    expect(t).toMatchObject({
      urgency: 'emergency',
      anonymous: true,
      text: '同事在路口摔倒了，头破流血，叫不醒',
    });
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

  it('wordings nobody listed: a friend down and not waking, a stabbed coworker, a stroke in traditional script', async () => {
    const down = await tell('sos-new-1', 'zh-CN', '我朋友倒在地上叫不醒');
    expect(down).toContain('请立即拨打');
    expect(down.indexOf('120')).toBeLessThan(down.indexOf('110'));
    const stabbed = await tell('sos-new-2', 'en', 'my coworker got stabbed');
    expect(stabbed).toContain('call now');
    expect(stabbed.indexOf('110')).toBeLessThan(stabbed.indexOf('120'));
    const stroke = await tell('sos-new-3', 'zh-TW', '同事突然一邊手腳沒力 講話不清楚 嘴巴歪一邊');
    expect(stroke).toContain('請立即撥打');
  });

  it('no emergency: an injury last month asking how to claim, a first-aid question, an idiom', async () => {
    for (const q of [
      '上个月摔伤了怎么报工伤',
      '中暑了该怎么办？有没有什么急救常识',
      '热死了 累死了 驿站几点关门',
    ]) {
      const reply = await tell('calm-rider-2', 'zh-CN', q);
      expect(reply, q).not.toContain('请立即拨打');
    }
  });

  it('no emergency: a past accident and a prevention question get their FAQ answers, not the numbers', async () => {
    for (const q of ['上周摔了一跤现在好了，工伤怎么报', '夏天怎么预防中暑']) {
      const reply = await tell('calm-rider', 'zh-CN', q);
      expect(reply, q).not.toContain('请立即拨打');
    }
  });
});

describe('danger when the hour’s reports are used up', () => {
  it('a worker at the hourly limit still files danger as an emergency, within a cap of its own', async () => {
    const { reportsPerHour, extraEmergencyReports } = app.app.deps.content.get().settings;
    const user = 'busy-rider';
    const count = () => app.app.deps.store.tickets.countSince('console', user, 0);
    for (let i = 0; i < reportsPerHour; i++)
      await fileReport(app, user, `第${i + 1}次：站点扣钱不给理由`, { anonymous: true });
    expect(await count()).toBe(reportsPerHour);
    await app.type('/report');
    const refused = linesIn(app, user).at(-1)!.text;
    expect(refused).toContain('已反映');
    expect(refused).toContain('紧急情况仍然可以反映');

    for (let i = 0; i < extraEmergencyReports; i++) {
      const reply = await tell(user, 'zh-CN', `第${i + 1}个同事在路口摔倒了，头破流血，叫不醒`);
      expect(reply).toContain('请立即拨打');
      await press(app, user, '马上反映给支部');
      const t = (await app.app.deps.store.tickets.get(ticketIn(user)))!;
      expect(t.urgency).toBe('emergency');
      expect(t.respondBy).toBe(T0 + HOUR);
    }
    expect(await count()).toBe(reportsPerHour + extraEmergencyReports);

    // Past that room the numbers still come first, and the worker is told the hour is full.
    const last = await tell(user, 'zh-CN', '又有一个骑手被车撞了躺在地上不动');
    expect(last).toContain('请立即拨打');
    expect(last).toContain('反映得比较多');
    expect(linesIn(app, user).at(-1)!.choices).toEqual([]);
    expect(await count()).toBe(reportsPerHour + extraEmergencyReports);
  });
});
