/**
 * A worker's message longer than the bot takes (4,096 characters) is never cut silently (stop 33): what arrived is
 * kept, the worker is told in their language how much did not arrive and asked to send it as another message,
 * which joins the same report or ticket. The FAQ's "too long" says so plainly too. Real Redis through the console
 * test app.
 */
import { maskText } from '../../../src/core/mask.js';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from '../../../src/core/text.js';
import { lastTicketId, linesIn, press } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const tickets = () => setup.app.app.deps.store.tickets;

/** `n` characters of a worker's story in sentences, ending with the number the branch needs. */
function story(
  n: number,
  sentence = '站长这个月扣了我三百块钱，说我超时，可我那天根本没有超时，后台记录都能查到。',
  end = '我的电话 13812345678，请尽快联系我。',
): string {
  let text = '';
  while ([...text].length + sentence.length + end.length <= n) text += sentence;
  return text + '好'.repeat(n - [...text].length - end.length) + end;
}

/** What the bot said to `user` from here on. */
function since(user: string): () => string[] {
  const n = linesIn(setup.app, user).length;
  return () =>
    linesIn(setup.app, user)
      .slice(n)
      .filter((l) => l.kind === 'send')
      .map((l) => l.text);
}

describe("a worker's message over 4,096 characters", () => {
  it('as a report: what arrived is kept, the worker is told how much did not, and the rest joins the same report', async () => {
    const words = story(5000);
    const [arrived, rest] = [words.slice(0, MAX_INPUT), words.slice(MAX_INPUT)];
    await setup.app.type(':as rider-lm1 zh-CN', ':dm', '/report');
    const said = since('rider-lm1');
    await setup.app.type(words);
    const told = said().join('\n');
    expect(told).toContain('这条消息有 5000 字');
    expect(told).toContain(`只收到了前 ${MAX_INPUT} 字，后面的 ${5000 - MAX_INPUT} 字没有收到`);
    expect(told).toContain(`“${[...arrived].slice(-12).join('')}”后面的内容`);
    expect(told).toContain('会接着加到这份反映里');
    // The last thing said asks for the rest, after the proposal.
    expect(said().at(-1)).toContain('请把没收到的部分');

    const more = since('rider-lm1');
    await setup.app.type(rest);
    expect(more().join('\n')).toContain('已补充到您的反映里');
    expect(more().join('\n')).not.toContain('没有收到');
    await press(setup.app, 'rider-lm1', '对，下一步');
    await press(setup.app, 'rider-lm1', '实名反映');
    await press(setup.app, 'rider-lm1', '同意');
    await press(setup.app, 'rider-lm1', '提交');
    const ticket = (await tickets().get(lastTicketId(setup.app, 'rider-lm1')))!;
    // Nothing lost: both messages, the number at the very end included (stored masked, as every view shows it).
    expect(ticket.text).toBe(maskText(`${arrived}\n${rest}`));
    expect(ticket.text).toContain('我的电话 138****5678，请尽快联系我。');
  });

  it('an English reader is told in English', async () => {
    const words = story(
      4500,
      'The station manager took three hundred yuan from my pay and says I was late, but I was not. ',
      'Call me on 13812345678.',
    );
    await setup.app.type(':as rider-lm2 en', ':dm', '/report');
    const said = since('rider-lm2');
    await setup.app.type(words);
    const told = said().join('\n');
    expect(told).toContain(
      `This message has 4500 characters, more than one message can carry: only the first ${MAX_INPUT} arrived, the last ${4500 - MAX_INPUT} did not.`,
    );
    expect(told).toContain('as another message; it will be added to this report');
    expect(told).not.toMatch(/[\u4e00-\u9fa5]{4}/);
  });

  it("as a reply to the branch's question: passed on, and the rest is taken as more of the same reply", async () => {
    await setup.app.type(':as rider-lm3 zh-CN', ':in riders-meituan', '/report');
    await press(setup.app, 'riders-meituan', '私下反映');
    await setup.app.type('站长扣了我300块钱');
    await press(setup.app, 'rider-lm3', '对，下一步');
    await press(setup.app, 'rider-lm3', '实名反映');
    await press(setup.app, 'rider-lm3', '同意');
    await press(setup.app, 'rider-lm3', '提交');
    const id = lastTicketId(setup.app, 'rider-lm3');
    const card = (await tickets().get(id))!.card!.messageId;
    await setup.app.type(':as sec-meituan zh-CN', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '询问', card);
    await setup.app.type(':reply 哪天扣的？有截图吗？');

    const words = story(4600);
    await setup.app.type(':as rider-lm3 zh-CN', ':dm');
    await press(setup.app, 'rider-lm3', '回复');
    const said = since('rider-lm3');
    await setup.app.type(words);
    const told = said().join('\n');
    expect(told).toContain(`已转告支部书记（${id}）`);
    expect(told).toContain(`这条消息有 4600 字，超过了一条消息的上限，只收到了前 ${MAX_INPUT} 字`);
    expect(told).toContain(`会接着转给支部书记，加到 ${id} 里`);

    const more = since('rider-lm3');
    await setup.app.type(words.slice(MAX_INPUT));
    expect(more().join('\n')).toContain(`已转告支部书记（${id}）`);
    const replies = (await tickets().events(id)).filter((e) => e.type === 'replied').map((e) => e.text);
    expect(replies.join('')).toBe(maskText(words));
  });

  it('as an addition to an open report: added, and the rest asked for and added to the same ticket', async () => {
    await setup.app.type(':as rider-lm5 zh-CN', ':dm', '/report', '站长扣了我300块钱');
    await press(setup.app, 'rider-lm5', '对，下一步');
    await press(setup.app, 'rider-lm5', '匿名反映');
    await press(setup.app, 'rider-lm5', '提交');
    const id = lastTicketId(setup.app, 'rider-lm5');
    const words = `补充一下，${story(4700)}`;
    await setup.app.type(words);
    const said = since('rider-lm5');
    await press(setup.app, 'rider-lm5', `补充到 ${id}`);
    expect(said().join('\n')).toContain(`会接着转给支部书记，加到 ${id} 里`);
    await setup.app.type(words.slice(MAX_INPUT));
    const replies = (await tickets().events(id)).filter((e) => e.type === 'replied').map((e) => e.text);
    expect(replies.join('')).toBe(maskText(words));
  });

  it('as a question: the FAQ says plainly that the end did not arrive, and the report it offers asks for it', async () => {
    const words = story(5200);
    await setup.app.type(':as rider-lm4 zh-CN', ':dm');
    const said = since('rider-lm4');
    await setup.app.type(words);
    const told = said().join('\n');
    expect(told).toContain(
      `这条消息有 5200 字，超过了一条消息的上限，只收到了前 ${MAX_INPUT} 字，后面的 ${5200 - MAX_INPUT} 字没有收到`,
    );
    // Never "what you wrote goes straight into the report" as if all of it had arrived.
    expect(told).not.toContain('您写的内容会直接带进反映里');
    expect(told).toContain('没收到的部分之后再发一条');

    await press(setup.app, 'rider-lm4', '反映');
    expect(said().at(-1)).toContain('会接着加到这份反映里');
    await setup.app.type(words.slice(MAX_INPUT));
    await press(setup.app, 'rider-lm4', '对，下一步');
    await press(setup.app, 'rider-lm4', '实名反映');
    await press(setup.app, 'rider-lm4', '同意');
    await press(setup.app, 'rider-lm4', '提交');
    const ticket = (await tickets().get(lastTicketId(setup.app, 'rider-lm4')))!;
    expect(ticket.text).toBe(maskText(`${words.slice(0, MAX_INPUT)}\n${words.slice(MAX_INPUT)}`));
  });
});
