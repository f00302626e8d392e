/**
 * "我想私下反映个问题", "我要投诉", "how do I report a problem" — wanting to tell the branch something, not yet
 * what. On a pack with no entry on reporting (城关) the worker is shown the way to /report (a button in private,
 * the private link in a group); on a pack with one (杨浦), that entry — except a wish said outright in private
 * ("我想私下反映个问题"), which gets the button first (QA9 #4). Never a gap. Saying what it is about ("我要投诉站长扣钱")
 * stays a question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { startHarness, type FaqHarness } from './harness.js';

let chengguan: FaqHarness;
beforeAll(async () => {
  chengguan = await startHarness({ contentDir: 'packs/chengguan' });
});
afterAll(async () => {
  await chengguan.close();
});

const gaps = async (h: FaqHarness) => (await h.app.deps.store.faq.topGaps(100)).map((g) => g.question);
const buttons = (line: { card: { buttons?: { data?: string; url?: string }[][] } } | undefined) =>
  (line?.card.buttons ?? []).flat();

describe('wanting to report something', () => {
  it.each([
    '我想私下反映个问题',
    '我要投诉',
    '怎么反映问题',
    '有个事想跟支部说',
    '我能不能匿名反映問題',
    'How do I report a problem?',
  ])('"%s" is read as wanting to report', (text) => {
    expect(smallTalk(text)).toBe('report');
  });

  it.each(['我要投诉站长扣钱', '举报电话多少', '怎么投诉商家'])(
    '"%s" says what about: a question',
    (text) => {
      expect(smallTalk(text)).toBeUndefined();
    },
  );

  it('in private, on a pack without an entry on it, the button starts a report; not a gap', async () => {
    await chengguan.type(':dm', ':as rider-r1 zh-CN', '我想私下反映个问题');
    const [offer] = chengguan.take();
    expect(offer?.text).toContain('私下告诉支部');
    expect(buttons(offer).map((b) => b.data)).toEqual(['rs:new']);
    await chengguan.type(':press 1');
    expect(
      chengguan
        .take()
        .map((l) => l.text)
        .join('\n'),
    ).toContain('请说说遇到了什么问题');
    expect(await gaps(chengguan)).not.toContain('我想私下反映个问题');
  });

  it('is told in the reader’s language', async () => {
    await chengguan.type(':dm', ':as rider-r2 en', 'how do I report a problem');
    expect(chengguan.take()[0]?.text).toContain('tell the branch about a problem privately');
    await chengguan.type(':as rider-r3 zh-TW', '我要投訴');
    expect(chengguan.take()[0]?.text).toContain('私下告訴支部');
  });

  it('in a workers’ group, the private link — nothing of it asked in front of the group', async () => {
    await chengguan.type(':as org-ma zh-CN', ':in riders-cg 城关骑手群', '/bind meituan-chengguan');
    chengguan.take();
    await chengguan.type(':as rider-r4 zh-CN', '@waystation_bot 有事想找支部反映');
    const [line] = chengguan.take();
    expect(line?.text).toContain('私聊我反映问题');
    expect(buttons(line)[0]?.url).toBeTruthy();
  });

  it('on a pack with an entry on reporting, that entry for how; a wish said outright in private, the button first', async () => {
    const yangpu = await startHarness();
    try {
      await yangpu.type(':dm', ':as rider-r5 zh-CN', '怎么反映问题');
      expect(buttons(yangpu.take()[0])[0]?.data).toBe('fb:bot-report-privately:up');
      // QA9 #4: "我想私下反映个问题" says what the worker wants — the report, offered at once (reports/wants-to-report.ts).
      await yangpu.type('我想私下反映个问题');
      expect(buttons(yangpu.take()[0]).map((b) => b.data)).toEqual(['rs:new']);
    } finally {
      await yangpu.close();
    }
  });
});
