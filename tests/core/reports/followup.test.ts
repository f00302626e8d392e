/**
 * More for a report already filed: a photo sent after filing (the screenshot promised), an album, or "📝 这是要反映的问题"
 * pressed under a problem told while a report is open — the worker chooses to add it to the open report (the
 * branch sees the words and files), to file a new report, or neither. With no open report nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { lastTicketId, latest, linesIn, press } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({});

const tickets = () => setup.app.app.deps.store.tickets;

/** File an anonymous report as `who` and return its id. */
async function fileReport(who: string, text: string): Promise<string> {
  await setup.app.type(`:as ${who} zh-CN`, ':dm', '/report', text);
  await press(setup.app, who, '对，下一步');
  await press(setup.app, who, '匿名反映');
  await press(setup.app, who, '提交');
  setup.app.take();
  return lastTicketId(setup.app, who);
}

describe('a photo sent after filing', () => {
  it('is offered to the open report and, on one tap, reaches the branch with its caption', async () => {
    const id = await fileReport('rider-fu1', '站长扣了我两百块说我超时 我根本没超时');
    await setup.app.type(':photo 这是截图');
    const card = linesIn(setup.app, 'rider-fu1').at(-1)!;
    expect(card.text).toContain('您有正在办理的反映');
    expect(card.choices.join(' ')).toContain(`补充到 ${id}`);
    await press(setup.app, 'rider-fu1', `补充到 ${id}`);
    expect(linesIn(setup.app, 'rider-fu1').at(-1)!.text).toContain(`已补充到 ${id}`);
    const replied = (await tickets().events(id)).filter((e) => e.type === 'replied');
    expect(replied.at(-1)).toMatchObject({ text: '这是截图' });
    expect(replied.at(-1)?.files).toHaveLength(1);
    // The branch's triage chat is told, with the attachment counted — as an addition, since nobody asked (stop 33, QA).
    const relayed = setup.app.take().join('\n');
    expect(relayed).toMatch(/报告人补充[\s\S]*这是截图[\s\S]*附件 1/);
    expect(relayed).not.toContain('报告人回复');
    // The ticket's history says so too.
    await setup.app.type(':as org-li', ':dm', `/ticket ${id}`);
    expect(setup.app.take().join('\n')).toContain('报告人 补充：这是截图');
  });

  it('photos sent one by one (an album) are gathered into one addition', async () => {
    const id = await fileReport('rider-fu2', '宿舍热水器坏了一个礼拜');
    await setup.app.type(':photo', ':photo', ':photo');
    const cards = linesIn(setup.app, 'rider-fu2').filter(
      (l) => l.kind === 'send' && l.text.includes('您有正在办理的反映'),
    );
    expect(cards).toHaveLength(1);
    // The one card, redrawn as each photo came, counts them all.
    expect(latest(setup.app, cards[0]!.id)?.text).toContain('（3 个附件）');
    await press(setup.app, 'rider-fu2', `补充到 ${id}`);
    const replied = (await tickets().events(id)).filter((e) => e.type === 'replied');
    expect(replied.at(-1)?.files).toHaveLength(3);
  });

  it('can start a new report instead, which keeps the photo and asks for words', async () => {
    await fileReport('rider-fu3', '宿舍热水器坏了一个礼拜');
    await setup.app.type(':photo');
    await press(setup.app, 'rider-fu3', '作为新的反映');
    expect(setup.app.take().join('\n')).toContain('请再用一两句话');
    await setup.app.type('驿站门口的充电桩坏了');
    await press(setup.app, 'rider-fu3', '对，下一步');
    await press(setup.app, 'rider-fu3', '匿名反映');
    await press(setup.app, 'rider-fu3', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-fu3')))!;
    expect(t.text).toBe('驿站门口的充电桩坏了');
    expect(t.evidence).toHaveLength(1);
  });
});

describe('a problem told while a report is open', () => {
  it('"📝 这是要反映的问题" asks first whether it belongs to the open report; "不用了" adds nothing', async () => {
    const id = await fileReport('rider-fu4', '站长扣了我两百块说我超时 我根本没超时');
    await setup.app.type('房东突然说下个月要涨五百块房租');
    await press(setup.app, 'rider-fu4', '这是要反映的问题');
    expect(linesIn(setup.app, 'rider-fu4').at(-1)!.text).toContain('您有正在办理的反映');
    const before = (await tickets().events(id)).length;
    await press(setup.app, 'rider-fu4', '不用了');
    expect(linesIn(setup.app, 'rider-fu4').at(-1)!.text).toContain('没有补充');
    expect((await tickets().events(id)).length).toBe(before);
  });
});

describe('words while a report is open', () => {
  it('"补充一下…" is offered to the open report', async () => {
    const id = await fileReport('rider-fu6', '站长扣了我两百块说我超时 我根本没超时');
    await setup.app.type('补充一下，是昨天中午的单，订单号 8888');
    await press(setup.app, 'rider-fu6', `补充到 ${id}`);
    const replied = (await tickets().events(id)).filter((e) => e.type === 'replied');
    expect(replied.at(-1)?.text).toContain('订单号 8888');
  });

  it('a question while the choice waits is answered, and the choice stays for the photo', async () => {
    const id = await fileReport('rider-fu7', '宿舍热水器坏了一个礼拜');
    await setup.app.type(':photo');
    await setup.app.type('骑手体检要钱吗');
    expect(linesIn(setup.app, 'rider-fu7').at(-1)!.text).toContain('体检');
    await press(setup.app, 'rider-fu7', `补充到 ${id}`);
    const replied = (await tickets().events(id)).filter((e) => e.type === 'replied');
    expect(replied.at(-1)?.files).toHaveLength(1);
    expect(replied.at(-1)?.text ?? '').not.toContain('体检');
  });

  it('a photo sent while a station list waits for a location still goes to the open report', async () => {
    const id = await fileReport('rider-fu8', '宿舍热水器坏了一个礼拜');
    await setup.app.type('附近哪里有驿站');
    await setup.app.type(':photo 热水器的照片');
    expect(linesIn(setup.app, 'rider-fu8').at(-1)!.text).toContain('您有正在办理的反映');
    await press(setup.app, 'rider-fu8', `补充到 ${id}`);
    const replied = (await tickets().events(id)).filter((e) => e.type === 'replied');
    expect(replied.at(-1)?.files).toHaveLength(1);
  });
});

describe('a command or a menu word while the choice waits (QA22 #9)', () => {
  /** A report filed, then a photo: the choice "这些要补充进去吗？" waits. */
  async function choiceWaiting(who: string): Promise<{ id: string; before: number }> {
    const id = await fileReport(who, '宿舍热水器坏了一个礼拜');
    await setup.app.type(':photo');
    expect(linesIn(setup.app, who).at(-1)!.text).toContain('这些要补充进去吗？');
    setup.app.take();
    return { id, before: (await tickets().events(id)).length };
  }

  /** The choice has ended: nothing was added, and its buttons are spent. */
  async function choiceEnded(who: string, id: string, before: number): Promise<void> {
    expect((await tickets().events(id)).length).toBe(before);
    await press(setup.app, who, `补充到 ${id}`);
    expect(setup.app.take().join('\n')).toContain('按钮已失效');
  }

  it('"菜单" shows the menu, as /help does, and adds nothing to the report', async () => {
    const { id, before } = await choiceWaiting('rider-fu9');
    await setup.app.type('菜单');
    const said = setup.app.take().join('\n');
    expect(said).not.toContain('这些要补充进去吗');
    expect(said).toContain('/report');
    await choiceEnded('rider-fu9', id, before);
  });

  it('/start greets, /help helps: the choice ends either way', async () => {
    const first = await choiceWaiting('rider-fu10');
    await setup.app.type('/start');
    expect(setup.app.take().join('\n')).not.toContain('这些要补充进去吗');
    await choiceEnded('rider-fu10', first.id, first.before);

    await setup.app.type(':photo');
    setup.app.take();
    await setup.app.type('/help');
    expect(setup.app.take().join('\n')).toContain('/report');
    await choiceEnded('rider-fu10', first.id, first.before);
  });

  it('"取消" (or "不用了") typed drops what waits, as the 不用了 button does', async () => {
    const { id, before } = await choiceWaiting('rider-fu11');
    await setup.app.type('取消');
    expect(setup.app.take().join('\n')).toContain('好的，没有补充。');
    await choiceEnded('rider-fu11', id, before);

    await setup.app.type(':photo');
    setup.app.take();
    await setup.app.type('不用了');
    expect(setup.app.take().join('\n')).toContain('好的，没有补充。');
    await choiceEnded('rider-fu11', id, before);
  });

  it('"好的" is not taken as words for the report: the choice is asked again, and adds the photo alone', async () => {
    const { id } = await choiceWaiting('rider-fu12');
    await setup.app.type('好的');
    const again = linesIn(setup.app, 'rider-fu12').at(-1)!;
    expect(again.text).toContain('这些要补充进去吗？');
    expect(again.text).not.toContain('好的');
    await press(setup.app, 'rider-fu12', `补充到 ${id}`);
    const replied = (await tickets().events(id)).filter((e) => e.type === 'replied');
    expect(replied.at(-1)?.text ?? '').toBe('');
    expect(replied.at(-1)?.files).toHaveLength(1);
  });
});

describe('with no open report', () => {
  it('a photo with a caption is read as a question, as before', async () => {
    await setup.app.type(':as rider-fu5 zh-CN', ':dm', ':photo 骑手体检要钱吗');
    const said = setup.app.take().join('\n');
    expect(said).not.toContain('您有正在办理的反映');
    expect(said).toContain('体检');
  });
});
