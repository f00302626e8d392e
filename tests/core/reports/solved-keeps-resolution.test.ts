/**
 * QA8: pressing ✅ 解决了 replaced the message that carried the branch's 办理结果 with "感谢确认…请打分": the
 * promise it held ("本周五前结清8000元") was gone from the worker's chat. The message pressed now keeps its words,
 * marked confirmed and without buttons; the thanks and the rating come as a new message. A resolution sent in several
 * messages keeps every one; the ticket view (/mytickets) pressed is redrawn as it is now. Real Redis, console app.
 */
import { describe, expect, it } from 'vitest';
import { claim, fileFrom, resolve, useReportsApp } from './drive.js';
import { latest, linesIn, press } from './helpers.js';

const setup = useReportsApp({ bind: true });

/** The resolution's messages in the worker's chat, as they read now (edits applied). */
function resolutionNow(user: string, id: string): { text: string; choices: string[] }[] {
  return linesIn(setup.app, user)
    .filter((l) => l.kind === 'send' && (l.text.includes(`${id} 已办结`) || l.text.includes(`${id}（续`)))
    .map((l) => latest(setup.app, l.id)!);
}

/** A ticket of `user`'s, claimed and resolved by the meituan secretary with `note`. */
async function resolved(user: string, text: string, note: string): Promise<string> {
  const id = await fileFrom(setup.app, user, 'riders-meituan', text);
  await claim(setup.app, 'sec-meituan', 'triage-meituan', id);
  await resolve(setup.app, 'sec-meituan', 'triage-meituan', id, note);
  return id;
}

describe('✅ 解决了 keeps the resolution in the worker’s chat', () => {
  it('the 办理结果 stays, marked confirmed; the thanks and the rating are a new message', async () => {
    const promise = '已联系货拉拉平台和车队，车队答应本周五前结清8000元运费';
    const id = await resolved('rider-sk1', '车队拖欠我两个月运费8000元', promise);
    const before = linesIn(setup.app, 'rider-sk1').length;
    await setup.app.type(':as rider-sk1', ':dm');
    await press(setup.app, 'rider-sk1', '解决了');

    const [note] = resolutionNow('rider-sk1', id);
    expect(note!.text).toContain(promise);
    expect(note!.text).toContain('✅ 您已确认问题解决');
    expect(note!.text).not.toContain('问题解决了吗');
    expect(note!.choices).toEqual([]);
    const added = linesIn(setup.app, 'rider-sk1')
      .slice(before)
      .filter((l) => l.kind === 'send');
    expect(added.map((l) => l.text).join('\n')).toContain(`感谢确认，${id} 已结案`);
    expect(added.at(-1)!.choices).toContain('4★');

    await press(setup.app, 'rider-sk1', '4★');
    expect(resolutionNow('rider-sk1', id)[0]!.text).toContain(promise);
    expect((await setup.app.app.deps.store.tickets.get(id))!.rating).toBe(4);
  });

  it('a resolution sent in several messages keeps every one, the last marked confirmed', async () => {
    const sentence = '已联系站点核实扣款情况，站长答应本周内退回。';
    const long = `${sentence.repeat(180)}最后：请找王站长 13812345678 办理。`;
    const id = await resolved('rider-sk2', '站长扣了我300块钱', long);
    const sent = resolutionNow('rider-sk2', id);
    expect(sent.length).toBeGreaterThan(1);
    await setup.app.type(':as rider-sk2', ':dm');
    await press(setup.app, 'rider-sk2', '解决了');

    const now = resolutionNow('rider-sk2', id);
    expect(now.slice(0, -1)).toEqual(sent.slice(0, -1));
    const last = now.at(-1)!;
    expect(last.text).toContain('最后：请找王站长 13812345678 办理。');
    expect(last.text).toContain('✅ 您已确认问题解决');
    expect(last.choices).toEqual([]);
    expect((await setup.app.app.deps.store.tickets.get(id))!.status).toBe('closed');
  });

  it('pressed on the ticket view (/mytickets), the view is redrawn as closed and the thanks follow', async () => {
    const id = await resolved('rider-sk3', '站长扣了我50块钱', '已退回50元');
    await setup.app.type(':as rider-sk3', ':dm', '/mytickets');
    await press(setup.app, 'rider-sk3', id);
    const view = linesIn(setup.app, 'rider-sk3').at(-1)!;
    expect(view.choices).toContain('✅ 解决了');
    await press(setup.app, 'rider-sk3', '解决了', view.id);

    const redrawn = latest(setup.app, view.id)!;
    expect(redrawn.text).toContain('已结束');
    expect(redrawn.text).toContain('已退回50元');
    expect(redrawn.choices).not.toContain('✅ 解决了');
    expect(linesIn(setup.app, 'rider-sk3').at(-1)!.text).toContain(`感谢确认，${id} 已结案`);
    // The resolution message itself is untouched.
    expect(resolutionNow('rider-sk3', id)[0]!.choices).toContain('✅ 解决了');
  });
});
