/**
 * A secretary's long question or resolution reaches the worker whole (stop 33: a note over 1,000
 * characters was cut with "…", and a contact number at its end was lost in QA). Notes are kept up to a
 * report's length; a long one reaches the worker in several messages; a longer one is refused with its
 * length and the prompt stays open. Real Redis through the console test app.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_MAX } from '../../../src/core/reports/triage/prompts.js';
import { MAX_INPUT } from '../../../src/core/text.js';
import { meituanTicket, useReportsApp } from './drive.js';
import { latest, linesIn, press } from './helpers.js';

const setup = useReportsApp({ bind: 'meituan' });

const tickets = () => setup.app.app.deps.store.tickets;

/** New messages sent in a chat from here on. */
function since(chat: string): () => { text: string; choices: string[] }[] {
  const n = setup.app.console.transcript.length;
  return () =>
    setup.app.console.transcript
      .slice(n)
      .filter((l) => l.to.chatId === chat && l.kind === 'send')
      .map((l) => ({ text: l.text, choices: l.choices }));
}

/** `n` characters of a secretary's note in sentences, ending with the number the worker needs. */
function note(
  n: number,
  end = '有事请直接打王站长电话 13812345678。',
  sentence = '已联系站点核实扣款情况，站长答应本周内退回。',
): string {
  let text = '';
  while ([...text].length + sentence.length + end.length <= n) text += sentence;
  return text + '好'.repeat(n - [...text].length - end.length) + end;
}

/** The note as the worker read it: every message's part after its header, joined. */
function noteRead(said: string[], head: string, tail: string): string {
  return said
    .map((m, i) => {
      let body =
        i === 0 ? m.slice(m.indexOf(head) + head.length).replace(/^\n\n/, '') : m.slice(m.indexOf('\n') + 1);
      if (i === 0 && said.length > 1) body = body.replace(/\n（内容较长，下面还有 \d+ 条消息）$/, '');
      if (i === said.length - 1) body = body.slice(0, body.lastIndexOf(`\n\n${tail}`));
      return body;
    })
    .join('');
}

describe("a secretary's long note", () => {
  it('a question of 3,900 characters reaches the worker whole, in several messages, the reply button after its end', async () => {
    const id = await meituanTicket(setup.app, 'rider-ln1', '站长扣了我300块钱');
    const card = (await tickets().get(id))!.card!.messageId;
    const question = note(3900);
    await setup.app.type(':as sec-meituan zh-CN', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '询问', card);
    const worker = since('rider-ln1');
    await setup.app.type(`:reply ${question}`);
    expect((await tickets().get(id))!.status).toBe('waiting');

    const said = worker();
    expect(said.length).toBe(2);
    for (const m of said) expect(m.text.length).toBeLessThan(4096);
    expect(said[0]!.text).toContain('下面还有 1 条消息');
    expect(said[0]!.choices).toEqual([]);
    expect(said[1]!.text).toContain(`${id}（续 1/1）`);
    expect(said[1]!.choices).toEqual(['✍️ 回复']);
    // Nothing cut, the number the worker needs in full.
    expect(
      noteRead(
        said.map((m) => m.text),
        '想了解：',
        '请直接回复我',
      ),
    ).toBe(question);
    expect(said[1]!.text).toContain('王站长电话 13812345678。');
    // The event keeps it whole too.
    const asked = (await tickets().events(id)).find((e) => e.type === 'asked')!;
    expect(asked.text).toBe(question);
  });

  it('a resolution of 4,096 characters reaches the worker whole; the card shows its start, masked, and says how long it is', async () => {
    const id = await meituanTicket(setup.app, 'rider-ln2', '站长扣了我200块钱说我超时');
    const card = (await tickets().get(id))!.card!.messageId;
    const resolution = note(NOTE_MAX);
    expect([...resolution].length).toBe(MAX_INPUT);
    await setup.app.type(':as sec-meituan zh-CN', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '办结', card);
    const worker = since('rider-ln2');
    await setup.app.type(`:reply ${resolution}`);
    expect((await tickets().get(id))!.status).toBe('resolved');

    const said = worker();
    expect(said.length).toBe(2);
    expect(said.at(-1)!.choices).toEqual(['✅ 解决了', '❌ 没解决']);
    expect(
      noteRead(
        said.map((m) => m.text),
        '办理结果：',
        '问题解决了吗？',
      ),
    ).toBe(resolution);

    const shown = latest(setup.app, card)!.text;
    expect(shown.length).toBeLessThan(4096);
    expect(shown).toContain(`（共 ${NOTE_MAX} 字，这里只显示开头）`);
    expect(shown).not.toContain('13812345678');
  });

  it('over the limit: the secretary is told how long it is in the chat’s language, nothing is sent, and the prompt stays open', async () => {
    const id = await meituanTicket(setup.app, 'rider-ln3', '站长扣了我100块钱');
    const card = (await tickets().get(id))!.card!.messageId;
    // A secretary whose client is zh-TW, writing in traditional characters: the triage chat speaks its own language
    // (zh-CN, the pack giving it none) to everyone there (stop 43).
    await setup.app.type(':as sec-meituan-2 zh-TW', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '办结', card);
    const worker = since('rider-ln3');
    const triage = since('triage-meituan');
    await setup.app.type(
      `:reply ${note(5000, '有事請直接打王站長電話 13812345678。', '已聯繫站點核實扣款情況，站長答應本週內退回。')}`,
    );
    const refusal = triage().at(-1)!.text;
    expect(refusal).toContain(
      `这段文字有 5000 字，超过了 ${NOTE_MAX} 字的上限，所以没有发出。请删减 ${5000 - NOTE_MAX} 字`,
    );
    expect(setup.app.console.transcript.at(-1)!.card.forceReply).toBe(true);
    expect((await tickets().get(id))!.status).not.toBe('resolved');
    expect(worker()).toEqual([]);

    // The shortened text still answers the same prompt.
    await setup.app.type(':reply 已与站点沟通，罚款已退回。有事请打 13812345678。');
    expect((await tickets().get(id))!.status).toBe('resolved');
    expect(linesIn(setup.app, 'rider-ln3').at(-1)!.text).toContain('有事请打 13812345678。');

    // An organiser whose client is English, writing to the worker in English from their own view in private (their
    // language there; the triage chat speaks its own).
    const id2 = await meituanTicket(setup.app, 'rider-ln4', '站长扣了我100块钱');
    await setup.app.type(':as org-li en', ':dm', `/ticket ${id2}`);
    await press(setup.app, 'org-li', 'Ask');
    await setup.app.type(
      `:reply ${note(4200, 'Call me on 13812345678.', 'Which day was the fine, and who told you? ')}`,
    );
    expect(linesIn(setup.app, 'org-li').at(-1)!.text).toContain(
      `This text has 4200 characters, more than the limit of ${NOTE_MAX}`,
    );
    expect((await tickets().get(id2))!.status).toBe('new');
  });
});
