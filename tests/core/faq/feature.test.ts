/**
 * The FAQ through the real app: console adapter in, cards out, real Redis underneath.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a confident answer', () => {
  it('answers with the title, the answer, its source and date, and 👍/👎', async () => {
    h.take();
    await h.type(':dm', ':as rider-1 zh-CN', '骑手体检在哪预约');
    const [line] = h.take();
    expect(line?.text).toContain('骑手免费巡回体检');
    expect(line?.text).toMatch(/来源：.*更新于 2026-\d\d-\d\d/);
    expect(buttonData(line).slice(0, 2)).toEqual(['fb:health-check-tour:up', 'fb:health-check-tour:down']);
    const title = line!.card.text[0];
    expect(title).toEqual({ text: expect.stringContaining('体检'), style: 'bold' });
  });

  it('offers a close runner-up under the answer, one tap away', async () => {
    await h.type(':as rider-1b zh-CN', '骑手体检在哪预约');
    const [line] = h.take();
    // Booking the check and reading its report are close; the other is offered beside the answer.
    expect(line?.text).toContain('也可能是');
    expect(buttonData(line)).toContain('faq:show:health-check-report');
    const n = buttonData(line).indexOf('faq:show:health-check-report') + 1;
    await h.type(`:press ${n} ${line!.id}`);
    expect(h.take().at(-1)?.text).toContain('体检报告怎么查');
  });

  it('understands traditional characters and answers a zh-TW reader in traditional', async () => {
    await h.type(':as rider-tw zh-TW', '騎手體檢在哪裡預約');
    const [line] = h.take();
    expect(buttonData(line)[0]).toBe('fb:health-check-tour:up');
    expect(line?.text).toContain('騎手免費巡迴體檢');
  });

  it('answers an English reader from the entry’s English variant', async () => {
    await h.type(':as rider-en en', 'is the health check for riders free?');
    const [line] = h.take();
    expect(line?.text).toContain('Free touring health check');
    expect(line?.text).toContain('Source:');
  });

  it('answers /ask, a mention and a reply in a group, and ignores other chatter', async () => {
    await h.type(':as rider-2 zh-CN', ':in riders-meituan 美团骑手群', '体检在哪约');
    expect(h.take()).toEqual([]);
    await h.type('/ask 体检在哪约');
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-tour:up');
    await h.type('@waystation_bot 体检在哪约');
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-tour:up');
    await h.type(':reply 体检报告在哪看');
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-report:up');
    await h.type('/ask');
    expect(h.take()[0]?.text).toContain('/ask');
  });
});

describe('feedback', () => {
  it('stores one vote per person per entry; a new vote replaces the old one', async () => {
    const faq = h.app.deps.store.faq;
    await h.type(':dm', ':as voter-1 zh-CN', '体检报告多久出');
    const answer = h.take()[0]!;
    expect(buttonData(answer)[0]).toBe('fb:health-check-report:up');
    await h.type(`:press 1 ${answer.id}`, `:press 1 ${answer.id}`);
    expect(h.take().map((l) => l.text)).toEqual(['💬 谢谢反馈！', '💬 您已经评价过了。']);
    expect(await faq.votes('health-check-report')).toEqual({ up: 1, down: 0 });
    await h.type(`:press 2 ${answer.id}`);
    expect(h.take()[0]?.text).toContain('已改成');
    expect(await faq.votes('health-check-report')).toEqual({ up: 0, down: 1 });
    await h.type(':as voter-2', `:press 1 ${answer.id}`);
    expect(await faq.votes('health-check-report')).toEqual({ up: 1, down: 1 });
  });
});

describe('a weak match', () => {
  it('does not guess: offers the 3 closest entries and passing the question to the branch', async () => {
    h.take();
    await h.type(':dm', ':as rider-3 zh-CN', '工会主席是谁');
    const [line] = h.take();
    expect(line?.text, JSON.stringify(line)).toContain('不太确定');
    const data = buttonData(line);
    expect(data.filter((d) => d.startsWith('faq:show:'))).toHaveLength(3);
    expect(data[3]).toMatch(/^faq:pass:[0-9a-f]{12}$/);
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);

    // Pressing a suggestion shows that entry.
    await h.type(`:press 1 ${line!.id}`);
    const shown = h.take().at(-1)!;
    const entry = data[0]!.slice('faq:show:'.length).split(':')[0];
    expect(buttonData(shown)[0]).toBe(`fb:${entry}:up`);
  });

  it('passes the question on once: stored for the branch, announced in its triage chat, the worker told', async () => {
    await h.type(':in riders-test-group 测试群', '@waystation_bot 驿站能帮忙代收快递吗');
    const [line] = h.take();
    const pass = buttonData(line).find((d) => d.startsWith('faq:pass:'));
    expect(pass).toBeDefined();
    const n = buttonData(line).indexOf(pass!) + 1;
    await h.type(`:press ${n} ${line!.id}`);
    const out = h.take();
    const triage = out.find((l) => l.to.chatId.startsWith('triage-'));
    expect(triage?.text).toContain('代收快递');
    expect(out.find((l) => l.kind === 'toast')?.text).toContain('已转给');
    // The group is not bound to a branch: the branch of the closest topic, else the district, gets it.
    const branches = h.app.deps.content.get().branches.map((b) => b.id);
    const lists = await Promise.all(branches.map((b) => h.app.deps.store.faq.forwarded(b)));
    expect(lists.flat().map((q) => q.question)).toContain('驿站能帮忙代收快递吗');
    // A second press passes nothing again, and says where the question went.
    await h.type(`:press ${n} ${line!.id}`);
    expect(h.take()[0]?.text).toContain('已经转给');
  });
});

describe('/gaps', () => {
  it('shows organisers the most frequent unanswered questions, and refuses everyone else', async () => {
    await h.type(':dm', ':as rider-4 zh-CN', '公积金怎么提取', '公积金怎么提取？', '公积金 怎么提取');
    h.take();
    await h.type('/gaps');
    expect(h.take()[0]?.text).toContain('权限');
    await h.type(':as org-li zh-CN', '/gaps');
    const text = h.take()[0]!.text;
    expect(text).toContain('最常见的未解答问题');
    expect(text).toMatch(/1\. 3 次 · 公积金怎么提取/);
  });
});

describe('bad input', () => {
  it.each([
    ['only emoji', '😀😀🙏🙏', '请用文字'],
    ['only punctuation', '？？？！！……。。', '请用文字'],
    ['Arabic', 'أين يمكنني شحن هاتفي', 'Chinese and English'],
    ['Russian', 'Где можно зарядить телефон рядом', 'Chinese and English'],
  ])('%s gets a clear reply', async (_what, text, expected) => {
    await h.type(':dm', ':as rider-5 zh-CN', text);
    expect(h.take()[0]?.text).toContain(expected);
  });

  it('a 4,000-character question is told the limit and offered to report what it says', async () => {
    await h.type(':dm', ':as rider-5 zh-CN', `体检${'啊'.repeat(3998)}`);
    const [card] = h.take();
    expect(card?.text).toContain('500 字以内');
    expect(buttonData(card).some((d) => d.length > 0)).toBe(true);
  });

  it('never logs a phone number, and masks it in the gap log', async () => {
    await h.type(
      ':dm',
      ':as rider-6 zh-CN',
      '我手机13812345678 驿站能帮我寄个包裹吗',
      '体检在哪约 电话 139-1234-5678',
    );
    h.take();
    const all = h.logs.join('\n');
    expect(all).not.toMatch(/13812345678|139-1234-5678|12345678/);
    expect(all).not.toContain('寄个包裹');
    const gaps = (await h.app.deps.store.faq.topGaps(50)).map((g) => g.question).join('\n');
    expect(gaps).not.toContain('13812345678');
    expect(gaps).toContain('寄个包裹');
  });
});
