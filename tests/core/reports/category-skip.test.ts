/**
 * "跳过" / "不知道" / "skip" typed at the report's category question (QA27 #2: "跳过" was added to the report, "已补充到您的
 * 反映里", and the question asked again). The worker cannot choose: the report is filed under the pack's "其他" for the
 * branch to sort (not the guess they did not confirm), its urgency kept, and the word never joins the report.
 */
import { describe, expect, it } from 'vitest';
import { useReportsApp } from './drive.js';
import { lastTicketId, linesIn, press } from './helpers.js';

const setup = useReportsApp({ bind: 'meituan' });

const ticket = async (user: string) =>
  (await setup.app.app.deps.store.tickets.get(lastTicketId(setup.app, user)))!;
/** The triage card of a ticket, as the branch sees it. */
const cardOf = (id: string) =>
  setup.app.console.transcript.find((l) => l.to.chatId.startsWith('triage') && l.text.includes(id))!.text;

describe('a worker who cannot choose the category', () => {
  it('“跳过” at the proposal: filed under 其他, the word not in the report, the next question asked', async () => {
    await setup.app.type(':as rider-sk1', ':dm', '/report', '站长扣了我200块钱，说我超时');
    expect(linesIn(setup.app, 'rider-sk1').at(-1)!.text).toContain('我理解这是「');
    setup.app.take();
    await setup.app.type('跳过');
    const said = setup.app.take().join('\n');
    expect(said).toContain('分类先记为「其他」，支部书记收到后会帮您归到合适的类别');
    expect(said).toContain('要匿名反映吗');
    expect(said).not.toContain('已补充到您的反映里');
    expect(said).not.toContain('我理解这是');
    await press(setup.app, 'rider-sk1', '匿名反映');
    await press(setup.app, 'rider-sk1', '提交');
    const t = await ticket('rider-sk1');
    expect(t.category).toBe('other');
    expect(t.text).toBe('站长扣了我200块钱，说我超时');
    const card = cardOf(t.id);
    expect(card).toContain('其他');
    expect(card).not.toContain('跳过');
    // The branch is told it is theirs to sort (before: nothing said the worker skipped it).
    expect(card).toContain('🏷️ 报告人未选分类');
    setup.app.take();
    await setup.app.type(':as org-li', ':dm', `/ticket ${t.id}`);
    expect(setup.app.take().join('\n')).toContain('🏷️ 报告人未选分类');
  });

  it('a category the worker kept says nothing of it', async () => {
    await setup.app.type(':as rider-sk8', ':dm', '/report', '站长扣了我200块钱，说我超时');
    await press(setup.app, 'rider-sk8', '对，下一步');
    await press(setup.app, 'rider-sk8', '匿名反映');
    await press(setup.app, 'rider-sk8', '提交');
    expect(cardOf((await ticket('rider-sk8')).id)).not.toContain('未选分类');
  });

  it('“不知道” from the category list, in zh-TW, and “I don’t know” / “skip” in English', async () => {
    await setup.app.type(':as rider-sk2 zh-TW', ':dm', '/report', '驛站的熱水器壞了好幾天');
    await press(setup.app, 'rider-sk2', '換一個分類');
    setup.app.take();
    await setup.app.type('不知道。');
    expect(setup.app.take().join('\n')).toContain('分類先記為「其他」，支部書記收到後會幫您歸到合適的類別');
    await press(setup.app, 'rider-sk2', '匿名反映');
    await press(setup.app, 'rider-sk2', '提交');
    expect((await ticket('rider-sk2')).category).toBe('other');

    for (const [user, word] of [
      ['rider-sk3', "I don't know"],
      ['rider-sk4', 'skip'],
    ] as const) {
      await setup.app.type(
        `:as ${user} en`,
        ':dm',
        '/report',
        'the station manager fined me 50 yuan for being late',
      );
      setup.app.take();
      await setup.app.type(word);
      const said = setup.app.take().join('\n');
      expect(said).toContain('the category is left as "Other"');
      expect(said).not.toContain('Added to your report');
      await press(setup.app, user, 'Anonymously');
      await press(setup.app, user, 'Submit');
      const t = await ticket(user);
      expect(t.category).toBe('other');
      expect(t.text).toBe('the station manager fined me 50 yuan for being late');
    }
  });

  it('keeps an emergency an emergency', async () => {
    await setup.app.type(':as rider-sk5', ':dm', '/report', '我在路口被车撞了，腿一直在流血');
    await setup.app.type('不清楚');
    await press(setup.app, 'rider-sk5', '匿名反映');
    await press(setup.app, 'rider-sk5', '提交');
    const t = await ticket('rider-sk5');
    expect(t.category).toBe('other');
    expect(t.urgency).toBe('emergency');
  });

  it('more words that start so are more of the report, as before', async () => {
    await setup.app.type(':as rider-sk6', ':dm', '/report', '站长扣了我200块钱');
    setup.app.take();
    await setup.app.type('不知道他为什么扣我钱');
    expect(setup.app.take().join('\n')).toContain('已补充到您的反映里');
  });
});
