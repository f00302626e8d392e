/**
 * "我昨天反映的事怎么样了" — a worker asking after their own report in their own words gets their reports, as
 * /mytickets shows them, not an FAQ entry that shares a word (QA22 #7). No report: told so, and how to report.
 */
import { describe, expect, it } from 'vitest';
import { fileReport, lastTicketId, linesIn } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const lastSeen = (user: string) => linesIn(setup.app, user).at(-1)!.text;

describe('a worker asking after their own report', () => {
  it('in many wordings, gets their reports with where each stands', async () => {
    await fileReport(setup.app, 'rider-ask1', '站长扣了我50块钱，说我超时');
    const id = lastTicketId(setup.app, 'rider-ask1');
    for (const words of [
      '我昨天反映的事怎么样了',
      '我反映的问题有回音吗',
      '上次投诉的事处理得咋样了？',
      '我的投诉有结果了没',
    ]) {
      await setup.app.type(':as rider-ask1', ':dm', words);
      const seen = lastSeen('rider-ask1');
      expect(seen, words).toContain('您反映过的问题');
      expect(seen, words).toContain(id);
      expect(seen, words).toContain('已收到，等支部接手');
    }
  });

  it('in English, the same', async () => {
    await fileReport(setup.app, 'rider-ask2', '站点不给休息');
    await setup.app.type(':as rider-ask2 en', ':dm', 'Any update on my report?');
    expect(lastSeen('rider-ask2')).toContain(lastTicketId(setup.app, 'rider-ask2'));
  });

  it('with no report yet, is told so and how to report', async () => {
    await setup.app.type(':as rider-ask3', ':dm', '我反映的事怎么样了');
    expect(lastSeen('rider-ask3')).toContain('还没有反映过问题');
    expect(lastSeen('rider-ask3')).toContain('/report');
  });

  it('in a group, is pointed to the private chat, and the group sees no reports', async () => {
    await setup.app.type(':as rider-ask1', ':in riders-meituan', '@waystation_bot 我反映的事怎么样了');
    const seen = linesIn(setup.app, 'riders-meituan').at(-1)!.text;
    expect(seen).toContain('私聊');
    expect(seen).not.toContain(lastTicketId(setup.app, 'rider-ask1'));
  });

  it('a question about reporting in general still gets the FAQ', async () => {
    await setup.app.type(':as rider-ask4', ':dm', '反映的问题多久有结果');
    expect(lastSeen('rider-ask4')).not.toContain('还没有反映过问题');
  });
});
