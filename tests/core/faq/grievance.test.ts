/**
 * QA9 #4: a complaint is not a station search. "保安不让俺们网约车进，非要收二十块钱停车费，这合理不" named parking and
 * got the stations with parking; a grievance — someone charging, fining or refusing, "这合理不", "凭什么" — gets the
 * FAQ's answer or "not sure" (with the way to report it, in private), never a list, unless it also asks where or
 * when. And "…我想反映一下" or "我要投诉" said outright in private starts (or offers) the report first. On 裕华's pack,
 * where QA found it, and on the sample pack.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grievance } from '../../../src/core/faq/grievance.js';
import { wantsToReport } from '../../../src/core/reports/wants-to-report.js';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

const YUHUA = resolve(import.meta.dirname, '../../../packs/yuhua');
const LIST = /最近的驿站|能.{0,6}的驿站|驿站（有/;

const said = (h: FaqHarness) =>
  h
    .take()
    .map((l) => [l.text, ...l.choices].join('\n'))
    .join('\n');

describe('what a grievance is', () => {
  it('charging, fining, refusing, or asking whether it is fair — in any script or in English', () => {
    for (const q of [
      '东站北广场蓄车场的保安不让俺们网约车进，非要收二十块钱停车费，这合理不',
      '凭什么扣我钱',
      '超時被罰了二十塊，憑什麼？',
      '小区门卫死活不给进',
      'they fined us 50 yuan for parking, is that fair?',
      "the guard won't let us in",
    ])
      expect(grievance(q), q).toBe(true);
    for (const q of [
      '东站附近哪里能停车',
      '停车要收费吗',
      '驿站几点关门',
      'where can I park near the station',
    ])
      expect(grievance(q), q).toBe(false);
  });

  it('a report wanted outright, not asked how and not hesitated over', () => {
    for (const q of [
      '东站蓄车场保安乱收费，我想反映一下',
      '我要投诉',
      '帮我反映一下驿站的热水器坏了',
      'I want to report the broken charger',
    ])
      expect(wantsToReport(q), q).toBe(true);
    for (const q of [
      '想向支部反映站点的问题 怎么弄',
      '想投诉站长 又怕他知道是俺说的',
      '我不想投诉，就想问问',
      '顾客说要投诉我',
      '我要投诉的话打哪个电话',
    ])
      expect(wantsToReport(q), q).toBe(false);
  });
});

describe.each([
  {
    pack: '裕华',
    dir: YUHUA,
    organiser: 'org-liu',
    group: 'drivers-didi',
    branch: 'yh-ridehail',
    complaint: '东站北广场蓄车场的保安不让俺们网约车进，非要收二十块钱停车费，这合理不',
    search: '保安不让进东站蓄车场，附近哪里能停车',
    grievanceAsked: '东站停车场乱收费，凭什么？',
    told: '东站蓄车场保安乱收费，非要收二十块钱，我想反映一下',
  },
  {
    pack: 'sample',
    dir: undefined,
    organiser: 'org-li',
    group: 'riders-meituan',
    branch: 'meituan-yangpu',
    complaint: '五角场万达的保安不让我们电动车进，非要收十块钱停车费，这合理不',
    search: '保安不让进，五角场附近哪里能停车',
    grievanceAsked: '长阳创谷的保安凭什么不让我们充电？',
    told: '五角场万达的保安乱收停车费，非要收十块钱，我想反映一下',
  },
])(
  '$pack: a complaint is not a station search (QA9 #4)',
  ({ dir, organiser, group, branch, complaint, search, grievanceAsked, told }) => {
    let h: FaqHarness;
    beforeAll(async () => {
      h = await startHarness(dir ? { contentDir: dir } : {});
      await h.type(`:as ${organiser}`, `:in ${group}`, `/bind ${branch}`);
      expect(said(h)).toContain('已绑定');
    });
    afterAll(async () => h?.close());

    it('in a group, the complaint gets the FAQ, not the stations with parking', async () => {
      await h.type(':as driver-g1 zh-CN', `:in ${group}`, `@waystation_bot ${complaint}`);
      const reply = said(h);
      expect(reply).not.toMatch(LIST);
      expect(reply).not.toContain('📍');
    });

    it('a grievance that also asks where still gets the stations', async () => {
      await h.type(':as driver-g2 zh-CN', `:in ${group}`, `@waystation_bot ${search}`);
      expect(said(h)).toContain('📍');
    });

    it('in private, a grievance asked as a question can be reported with its words', async () => {
      await h.type(':as driver-g3 zh-CN', ':dm', grievanceAsked);
      const lines = h.take();
      const all = lines.map((l) => [l.text, ...l.choices].join('\n')).join('\n');
      expect(all).not.toMatch(LIST);
      expect(lines.flatMap((l) => buttonData(l)).some((d) => d.startsWith('faq:rep'))).toBe(true);
    });

    it('in private, "…我想反映一下" starts the report with the words; "我要投诉" offers it first', async () => {
      await h.type(':as driver-g4 zh-CN', ':dm', told);
      const started = said(h);
      expect(started).toContain('📝 反映问题');
      expect(started).toMatch(/我理解这是「.+」方面的问题/);
      await h.type('/cancel', ':as driver-g5 zh-CN', ':dm', '我要投诉');
      const lines = h.take();
      expect(lines.at(-1)!.text).toContain('有难处可以私下告诉支部');
      expect(buttonData(lines.at(-1))).toContain('rs:new');
      // Asking how (or fearing being known) is still a question the FAQ answers.
      await h.type('想投诉站长 又怕他知道是俺说的');
      expect(said(h)).not.toContain('我理解这是');
    });
  },
);
