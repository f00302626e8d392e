/**
 * The FAQ's loops through the real app (console adapter, real Redis): a question passed to a branch is
 * answered from the triage chat and reaches the worker; a 👎 offers the same; /gaps turns questions into
 * learned examples (kept in Redis, surviving a restart) or draft entries; small talk and staff chats are
 * not questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonAt, buttonData, MEITUAN_GROUP, startHarness, type FaqHarness } from './harness.js';
import type { ConsoleLine } from '../../../src/adapters/console/adapter.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ group: { ...MEITUAN_GROUP, bind: 'meituan-yangpu' } });
});
afterAll(async () => {
  await h.close();
});

async function gapsQuestions(): Promise<string[]> {
  return (await h.app.deps.store.faq.topGaps(100)).map((g) => g.question);
}

describe('a question passed to the branch', () => {
  let triageCard: ConsoleLine;
  let workerMessage: string;
  let questionId: string;

  it('arrives in the branch’s triage chat with a Reply button', async () => {
    await h.type(
      ':as rider-tw zh-TW',
      ':in riders-meituan 美团骑手群',
      '@waystation_bot 驛站能幫忙代收快遞嗎',
    );
    const [unsure] = h.take();
    const pass = buttonAt(unsure, 'faq:pass:');
    expect(pass.n).toBeGreaterThan(0);
    questionId = pass.data!.slice('faq:pass:'.length);
    const q = await h.app.deps.store.faq.question(questionId);
    workerMessage = q!.messageId!;
    await h.type(`:press ${pass.n} ${unsure!.id}`);
    const out = h.take();
    expect(out.find((l) => l.kind === 'toast')?.text).toContain('美團外賣楊浦騎手支部');
    triageCard = out.find((l) => l.to.chatId === 'triage-meituan')!;
    expect(triageCard.text).toContain('代收快');
    expect(buttonData(triageCard)).toEqual([`fq:r:${questionId}`]);
  });

  it('refuses Reply from a plain worker and from a secretary of another branch', async () => {
    for (const who of ['rider-9', 'sec-eleme']) {
      await h.type(`:as ${who} zh-CN`, ':in triage-meituan', `:press 1 ${triageCard.id}`);
      expect(h.take()).toEqual([
        expect.objectContaining({ kind: 'toast', text: '⚠️ 抱歉，这个操作需要相应权限。' }),
      ]);
    }
    expect((await h.app.deps.store.faq.question(questionId))?.status).toBe('open');
  });

  it('sends the secretary’s answer back to the worker, in their chat and script, as a reply to their message', async () => {
    await h.type(':as sec-meituan zh-CN', ':in triage-meituan', `:press 1 ${triageCard.id}`);
    const [prompt] = h.take();
    expect(prompt?.text).toContain('请写下给工友的回复');
    expect(prompt?.card.forceReply).toBe(true);
    await h.type(':reply 可以的，到驿站找站长登记，代收免费，出租车司机的也收。');
    const out = h.take();
    const toWorker = out.find((l) => l.to.chatId === 'riders-meituan')!;
    expect(toWorker.text).toContain('美團外賣楊浦騎手支部回覆了您的問題');
    // Their words converted character by character, not rephrased (出租車, not 計程車: QA8 #14).
    expect(toWorker.text).toContain('可以的，到驛站找站長登記，代收免費，出租車司機的也收。');
    expect(toWorker.card.replyTo).toBe(workerMessage);
    expect(out.find((l) => l.to.chatId === 'triage-meituan' && l.kind === 'send')?.text).toContain('已发给');
    const edited = out.find((l) => l.kind === 'edit' && l.id === triageCard.id);
    expect(edited?.text).toContain('sec-meituan 已回复');
    expect(buttonData(edited)).toEqual([]);
    const q = await h.app.deps.store.faq.question(questionId);
    expect(q).toMatchObject({ status: 'answered', by: 'console:sec-meituan' });
  });

  it('tells a second secretary pressing a stale Reply that it was already answered, and by whom', async () => {
    // The card lost its button when it was answered; a client that still shows the old card can press it.
    const address = { channel: 'console' as const, chatId: 'triage-meituan' };
    await h.app.core.handle({
      type: 'button',
      updateId: 'stale-reply-1',
      chat: { address, kind: 'group' },
      from: { channel: 'console', id: 'sec-meituan-2', name: 'sec-meituan-2', languageCode: 'zh-CN' },
      data: `fq:r:${questionId}`,
      message: { address, messageId: triageCard.id },
      pressId: 'stale-1',
    });
    expect(h.take()[0]?.text).toContain('这个问题 sec-meituan 已经回复过了');
  });
});

describe('a long answer from the branch', () => {
  async function passed(question: string): Promise<ConsoleLine> {
    await h.type(':as rider-long zh-CN', ':in riders-meituan 美团骑手群', `@waystation_bot ${question}`);
    const [unsure] = h.take();
    const pass = buttonAt(unsure, 'faq:pass:');
    await h.type(`:press ${pass.n} ${unsure!.id}`);
    const card = h.take().find((l) => l.to.chatId === 'triage-meituan')!;
    await h.type(':as sec-meituan zh-CN', ':in triage-meituan', `:press 1 ${card.id}`);
    h.take();
    return card;
  }

  it('reaches the worker whole, in several messages, ending with what the secretary wrote last (QA6)', async () => {
    await passed('驿站能帮忙寄快递吗');
    const paragraphs = Array.from({ length: 20 }, (_, i) =>
      `第${i + 1}段：座谈会在五角场万达三楼，请带好工牌。`.repeat(9),
    );
    const answer = `${paragraphs.join('')}有事找王站长。`;
    expect(answer.length).toBeGreaterThan(3500);
    await h.type(`:reply ${answer}`);
    const out = h.take();
    const toWorker = out.filter((l) => l.to.chatId === 'riders-meituan');
    expect(toWorker.length).toBe(2);
    const body = toWorker.map((l) => l.text).join('');
    expect(body).toContain('第20段');
    expect(body).toContain('有事找王站长。');
    expect(out.find((l) => l.to.chatId === 'triage-meituan' && l.kind === 'send')?.text).toContain('已发给');
  });

  it('over one message’s length is refused with its length, and the prompt stays open', async () => {
    const card = await passed('骑手座谈会什么时候开');
    await h.type(`:reply ${'座谈会名额还有，'.repeat(600)}`);
    const [refusal] = h.take();
    expect(refusal?.text).toContain('超过了 4096 字的上限');
    expect(refusal?.card.forceReply).toBe(true);
    const id = buttonData(card)[0]!.slice('fq:r:'.length);
    expect((await h.app.deps.store.faq.question(id))?.status).toBe('open');
    await h.type(':reply 座谈会名额还有，周五前报名。');
    expect(h.take().find((l) => l.to.chatId === 'riders-meituan')?.text).toContain('周五前报名');
  });
});

describe('a 👎 on an answer', () => {
  it('offers passing the question to the entry’s branch, and counts it for /gaps', async () => {
    await h.type(':dm', ':as rider-down en', 'is the health check for riders free?');
    const [answer] = h.take();
    expect(buttonData(answer)[1]).toBe('fb:health-check-tour:down');
    await h.type(`:press 2 ${answer!.id}`);
    const out = h.take();
    const offer = out.find((l) => l.kind === 'send')!;
    expect(offer.text).toContain('Shall I pass your question to Yangpu District');
    const pass = buttonAt(offer, 'faq:pass:');
    await h.type(`:press ${pass.n} ${offer.id}`);
    const triage = h.take().find((l) => l.to.chatId === 'triage-district');
    expect(triage?.text).toContain('机器人答的是：「骑手免费巡回体检：时间和报名」');
    expect(buttonData(triage)[0]).toMatch(/^fq:r:/);
    const gaps = await h.app.deps.store.faq.topGaps(100);
    expect(gaps.find((g) => g.question.includes('health check'))).toMatchObject({
      down: 1,
      entry: 'health-check-tour',
    });
  });
});

describe('what is not a question', () => {
  it.each([
    ['zh-CN', '你好', '你好！我是驿站助手'],
    ['zh-CN', '谢谢啦！', '不客气'],
    ['zh-TW', '謝謝你', '不客氣'],
    ['zh-TW', '在嗎？', '我是驛站助手'],
    ['en', 'thanks a lot!', "You're welcome"],
    ['en', 'ok', 'OK 👌'],
    ['zh-CN', '哈哈哈哈', '好嘞'],
  ])('%s “%s” gets a friendly short reply and is not a gap', async (locale, text, reply) => {
    await h.type(':dm', `:as rider-chat ${locale}`, text);
    const [line] = h.take();
    expect(line?.text).toContain(reply);
    expect(buttonData(line)).toEqual([]);
    expect(await gapsQuestions()).not.toContain(text);
  });

  it.each([
    ['zh-CN', '菜单', '我可以帮您'],
    ['zh-CN', '你能干啥', '/stations'],
    ['en', 'what can you do?', 'I can help you'],
    ['zh-TW', '這個機器人能幹啥', '/stations'],
  ])('%s “%s” asks what the bot does: it shows what /help shows, not a gap', async (locale, text, shown) => {
    await h.type(':dm', `:as rider-chat ${locale}`, text);
    const [line] = h.take();
    expect(line?.text).toContain(shown);
    expect(await gapsQuestions()).not.toContain(text);
  });

  it('a help request on a pack with an entry about the bot gets that entry', async () => {
    const own = await startHarness({ contentDir: 'packs/chaoyang' });
    try {
      await own.type(':dm', ':as rider-chat zh-CN', '你这玩意儿都能帮我干点啥');
      expect(buttonData(own.take()[0])[0]).toBe('fb:jiqiren-neng-gansha:up');
    } finally {
      await own.close();
    }
  });

  it('a greeting with a question is a question', async () => {
    await h.type(':dm', ':as rider-chat zh-CN', '你好，骑手体检在哪预约');
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-tour:up');
  });

  it('a message in a triage or the escalation chat gets no FAQ answer and is not a gap', async () => {
    const before = await gapsQuestions();
    await h.type(':as sec-meituan zh-CN', ':in triage-meituan', '@waystation_bot 公司不交社保怎么办');
    expect(h.take().map((l) => l.text)).toEqual([expect.stringContaining('这里是工作群')]);
    // A reply to a bot message that is no ticket's card reaches nobody: a hint, not an answer (stop 33).
    await h.type(':reply 这个交给我吧');
    expect(h.take().map((l) => l.text)).toEqual([expect.stringContaining('不会转给任何人')]);
    await h.type(
      ':as org-li zh-CN',
      ':in district-escalation',
      '@waystation_bot 体检在哪约',
      '/ask 公司不交社保怎么办',
    );
    const out = h.take();
    expect(out).toHaveLength(2);
    for (const l of out) expect(buttonData(l)).toEqual([]);
    expect(await gapsQuestions()).toEqual(before);
  });
});

describe('/gaps', () => {
  const question = '大篷车啥时候开到我们站点';

  it('lists questions with counts and buttons, and refuses non-organisers’ presses', async () => {
    await h.type(':dm', ':as rider-g1 zh-CN', question, question, ':as rider-g2 zh-CN', question);
    h.take();
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take();
    expect(card?.text).toMatch(new RegExp(`1\\. 3 次 · ${question}`));
    expect(buttonData(card).slice(0, 2)).toEqual([
      expect.stringMatching(/^gap:e:/),
      expect.stringMatching(/^gap:w:/),
    ]);
    await h.type(':as rider-g1 zh-CN', `:press 1 ${card!.id}`);
    expect(h.take()[0]?.text).toContain('权限');
  });

  it('"this is entry X" makes it a learned example, used at once', async () => {
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take();
    await h.type(`:press 1 ${card!.id}`);
    const [choose] = h.take();
    expect(choose?.text).toContain(`「${question}」是下面哪一条？`);
    const pick = buttonAt(choose, 'gap:l:');
    const learn = buttonData(choose).find((d) => d.endsWith(':health-check-tour'))!;
    expect(pick.n).toBeGreaterThan(0);
    await h.type(`:press ${buttonData(choose).indexOf(learn) + 1} ${choose!.id}`);
    expect(h.take().at(-1)?.text).toContain(
      '以后「大篷车啥时候开到我们站点」这类问法会用「骑手免费巡回体检：时间和报名」回答',
    );
    // Another entry pressed on the same (now old) list: already handled, nothing re-linked.
    const other = buttonData(choose).findIndex((d) => d.startsWith('gap:l:') && d !== learn);
    await h.type(`:press ${other + 1} ${choose!.id}`);
    expect(h.take().at(-1)?.text).toContain('已经处理过了');
    await h.type(':dm', ':as rider-g3 zh-CN', question);
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-tour:up');
    expect(await gapsQuestions()).not.toContain(question);
  });

  it('a learned example survives a content reload', async () => {
    h.app.deps.content.replace(await loadContentPack(SAMPLE_PACK));
    await h.type(':dm', ':as rider-g3 zh-CN', question);
    expect(buttonData(h.take()[0])[0]).toBe('fb:health-check-tour:up');
  });

  it('a learned example survives a restart on the same Redis', async () => {
    const again = await startHarness({ prefix: h.prefix, keepKeys: true });
    try {
      await again.type(':dm', ':as rider-g4 zh-TW', '大篷車啥時候開到我們站點');
      expect(buttonData(again.take()[0])[0]).toBe('fb:health-check-tour:up');
    } finally {
      await again.close();
    }
  });

  it('the entry the asker picked from "did you mean" shows in /gaps and comes first', async () => {
    const unsure = '平台扣钱了不合理';
    await h.type(':dm', ':as rider-p1 zh-CN', unsure);
    const [reply] = h.take();
    expect(reply?.text).toContain('不太确定');
    const appeal = buttonData(reply).findIndex((d) => d.startsWith('faq:show:penalty-appeal:'));
    expect(appeal).toBeGreaterThanOrEqual(0);
    // Someone else pressing it in passing, and the asker pressing twice, count as one pick.
    await h.type(':as rider-p2 zh-CN', `:press ${appeal + 1} ${reply!.id}`);
    await h.type(
      ':as rider-p1 zh-CN',
      `:press ${appeal + 1} ${reply!.id}`,
      `:press ${appeal + 1} ${reply!.id}`,
    );
    expect(h.take().at(-1)?.text).toContain('申诉');
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take();
    const line = card!.text.split('\n').find((l) => l.includes(unsure));
    expect(line).toMatch(/👆 提问的人点了「.*申诉.*」1 次/);
    const row = card!.text
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
      .findIndex((l) => l.includes(unsure));
    const which = buttonData(card).filter((d) => d.startsWith('gap:e:'))[row]!;
    await h.type(`:press ${buttonData(card).indexOf(which) + 1} ${card!.id}`);
    const [choose] = h.take();
    expect(buttonData(choose)[0]).toMatch(/:penalty-appeal$/);
    expect(choose!.card.buttons![0]![0]!.label).toMatch(/^👆 /);
  });

  it('an answer its asker passed over for the entry offered under it shows in /gaps, with both', async () => {
    const asked = '骑手体检在哪预约';
    await h.type(':dm', ':as rider-s1 zh-CN', asked);
    const [answer] = h.take();
    expect(buttonData(answer)[0]).toBe('fb:health-check-tour:up');
    const report = buttonData(answer).indexOf('faq:show:health-check-report') + 1;
    expect(report).toBeGreaterThan(0);
    // A passer-by's press and the asker's second press are not counted.
    await h.type(':as rider-s2 zh-CN', `:press ${report} ${answer!.id}`);
    await h.type(':as rider-s1 zh-CN', `:press ${report} ${answer!.id}`, `:press ${report} ${answer!.id}`);
    expect(h.take().at(-1)?.text).toContain('体检报告怎么查');
    await h.type(':as org-li zh-CN', '/gaps');
    const line = h
      .take()[0]!
      .text.split('\n')
      .find((l) => l.includes(asked));
    expect(line).toMatch(/^\d+\. 1 次 · /);
    expect(line).toMatch(/🔀 答的是「骑手免费巡回体检.*」，提问的人改点别的 1 次/);
    expect(line).toMatch(/👆 提问的人点了「体检报告怎么查.*」1 次/);
  });

  it('"write an answer" makes a draft the organiser confirms, exported as YAML', async () => {
    await h.type(':dm', ':as rider-g5 zh-CN', '公积金怎么提取');
    h.take();
    await h.type(':as org-li zh-CN', '/gaps');
    const [card] = h.take();
    const row = card!.text.split('\n').findIndex((l) => l.includes('公积金怎么提取'));
    const write = buttonData(card).filter((d) => d.startsWith('gap:w:'))[row - 1]!;
    await h.type(`:press ${buttonData(card).indexOf(write) + 1} ${card!.id}`);
    expect(h.take()[0]?.text).toContain('先写标题');
    await h.type(':reply 公积金提取');
    expect(h.take()[0]?.text).toContain('答案正文');
    await h.type(':reply 灵活就业人员可在“随申办”App 申请提取。');
    const [preview] = h.take();
    expect(preview?.text).toContain('公积金提取');
    // A worker cannot confirm it.
    await h.type(':as rider-g5 zh-CN', `:press 1 ${preview!.id}`);
    expect(h.take()[0]?.text).toContain('权限');
    await h.type(':as org-li zh-CN', `:press 1 ${preview!.id}`);
    const saved = h.take().at(-1)?.text ?? '';
    expect(saved).toMatch(/草稿 draft-[0-9a-f]{8} 已确认：从现在起就用它回答工人（尚未写入问答包）/);
    draftId = /draft-[0-9a-f]{8}/.exec(saved)![0];
    expect(await gapsQuestions()).not.toContain('公积金怎么提取');
    await h.type('/gaps export');
    const [yaml] = h.take();
    expect(yaml?.text).toContain('entries:');
    expect(yaml?.text).toContain('title: 公积金提取');
    expect(yaml?.text).toContain('- 公积金怎么提取');
    expect(yaml?.text).toContain('#   health-check-tour: 大篷车啥时候开到我们站点');
  });

  let draftId = '';
  const FUND = '灵活就业人员可在“随申办”App 申请提取。';

  it('a confirmed draft answers workers at once, and /gaps says it is not yet in the pack (QA5 #7)', async () => {
    await h.type(':dm', ':as rider-g6 zh-CN', '公积金怎么提取');
    const [reply] = h.take();
    expect(reply?.text).toContain(FUND);
    expect(reply?.text).not.toContain('不太确定');
    expect(buttonData(reply)[0]).toBe(`fb:${draftId}:up`);
    // Its 👍 counts like any entry's.
    await h.type(`:press 1 ${reply!.id}`);
    expect(await h.app.deps.store.faq.votes(draftId)).toEqual({ up: 1, down: 0 });
    h.take();
    expect(await gapsQuestions()).not.toContain('公积金怎么提取');
    await h.type(':as org-li zh-CN', '/gaps');
    expect(h.take()[0]?.text).toContain('已在用、尚未写入问答包的新答案：1 条');
  });

  it('a confirmed draft survives a restart on the same Redis', async () => {
    const again = await startHarness({ prefix: h.prefix, keepKeys: true });
    try {
      await again.type(':dm', ':as rider-g7 zh-TW', '公積金怎麼提取');
      expect(again.take()[0]?.text).toContain('靈活就業人員');
    } finally {
      await again.close();
    }
  });

  it("retires when the pack carries it: the pack's entry answers, the export no longer lists it", async () => {
    const pack = await loadContentPack(SAMPLE_PACK);
    h.app.deps.content.replace({
      ...pack,
      faq: [
        ...pack.faq,
        {
          id: 'housing-fund-withdraw',
          title: '公积金提取',
          questions: ['公积金怎么提取'],
          answer: `${FUND}\n`,
          tags: [],
          variants: {},
        },
      ],
    });
    await h.type(':dm', ':as rider-g8 zh-CN', '公积金怎么提取');
    expect(buttonData(h.take()[0])[0]).toBe('fb:housing-fund-withdraw:up');
    expect(
      (await h.app.deps.store.faq.drafts(h.app.deps.content.get().settings.district.id)).map((d) => d.id),
    ).not.toContain(draftId);
    await h.type(':as org-li zh-CN', '/gaps export');
    expect(h.take()[0]?.text).not.toContain(draftId);
    h.app.deps.content.replace(pack);
  });
});
