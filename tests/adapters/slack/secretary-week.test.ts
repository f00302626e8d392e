/**
 * A secretary's week on Slack (stop 43; org42 played it on the console): a ticket arrives as a card in the triage
 * channel, the secretary claims it, asks the worker, reads the answer relayed to the card's thread, resolves it; the
 * worker confirms and rates in the app's DM; /waystation queue and /waystation stats. In zh-CN (the sample pack) and
 * in English (a copy whose Meituan triage channel reads English, its worker and secretary English speakers). Played
 * through the Bolt app and the Slack stand-in, asserting what each of them sees; and a ticket passed on with ↪️ 转派. What a Slack secretary stumbled on that
 * a Telegram one does not: a prompt posted in the card's thread, with nothing said in the channel where the button was
 * pressed, and a hint "reply to this message" that Slack has no way to do — the answer had to go in the thread, and
 * one typed in the channel reached nobody. Now the press says where the prompt is, and the prompt says to reply in its
 * thread (docs/slack.md "A secretary's week on Slack").
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { samplePackWith, type PackCopy } from '../../helpers/pack-copy.js';
import {
  BOT_USER,
  createSlackTestApp,
  shownText,
  type Person,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';
import { bindRiders, fileToCard, SECRETARY, TRIAGE } from '../../core/reports/slack-loop.js';

interface Words {
  report: string;
  claimedBy: string;
  where: string;
  hint: string;
  question: string;
  asked: string;
  answer: string;
  resolution: string;
  queue: string;
  stats: string;
  other: string;
  reason: string;
  moved: string;
}

const ZH: Words = {
  report: '站长这个月扣了我三百块，说是差评，可是没有差评',
  claimedBy: '签收人：王书记',
  where: '的提示已发在您按按钮的那条消息的讯息串（thread）里',
  hint: '请在这条消息的讯息串（thread）里回复',
  question: '是哪一天的哪一单？',
  asked: '是哪一天的哪一单？',
  answer: '12月1日中午那单，尾号3321',
  resolution: '已与站点核实，罚款撤销，本周内退回',
  queue: '待办问题',
  stats: '响应率',
  other: '五角场那边的路灯坏了，晚上送单看不见路',
  reason: '路灯归区里协调，不是站点的事',
  moved: '已转派至',
};
const EN: Words = {
  report: 'My station manager took 300 yuan from my pay for a bad review, but there was no bad review',
  claimedBy: 'Wang',
  where: 'is in the thread of the message whose button you pressed',
  hint: "Reply in this message's thread",
  question: 'Which day and which order was it?',
  asked: 'Which day and which order was it?',
  answer: 'The lunch order on 1 December, ending 3321',
  resolution: 'Checked with the station: the fine is cancelled and refunded this week',
  queue: 'open problems',
  stats: 'Response rate',
  other: 'The street light near Wujiaochang is broken, I cannot see the road at night',
  reason: 'Street lights are for the district to arrange, not the station',
  moved: 'Transferred to',
};

const shown = (m: StoredMessage | undefined) => (m ? `${m.text ?? ''}\n${shownText(m.blocks)}` : '');

function week(
  name: string,
  words: Words,
  locale: 'zh-CN' | 'en',
  changes?: Parameters<typeof samplePackWith>[0],
) {
  describe(name, () => {
    let t: SlackTestApp;
    let copy: PackCopy | undefined;
    const worker: Person = { id: locale === 'en' ? 'U0WEEKEN01' : 'U0WEEKZH01', name: '阿明' };
    const secretary: Person = { id: SECRETARY.id, name: locale === 'en' ? 'Wang' : '王书记' };
    beforeAll(async () => {
      if (changes) copy = samplePackWith(changes);
      t = await createSlackTestApp(copy ? { contentDir: copy.dir } : {});
      t.api.users.set(secretary.id, { name: secretary.name, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
      t.api.users.set(worker.id, { name: worker.name, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
      await bindRiders(t);
    });
    afterAll(async () => {
      await t?.close();
      copy?.remove();
    });

    const current = (ts: string) => t.api.messages.get(TRIAGE)!.find((m) => m.ts === ts)!;
    const thread = (ts: string) => (t.api.messages.get(TRIAGE) ?? []).filter((m) => m.thread_ts === ts);
    const dmOf = () => t.api.messages.get(t.api.imOf(worker.id)) ?? [];

    /** A card button pressed: the ephemeral line the presser reads, and the prompt in the card's thread. */
    async function pressForPrompt(card: StoredMessage, value: string) {
      const mark = t.api.mark();
      const before = t.api.ephemerals.length;
      await t.interact(t.p.press(secretary, card, value));
      await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
      await t.settle();
      return { said: t.api.ephemerals.slice(before).map(shown).join('\n'), prompt: thread(card.ts).at(-1)! };
    }

    async function answerInThread(prompt: StoredMessage, text: string) {
      await t.event(
        t.p.channelMessage(secretary, TRIAGE, text, {
          thread_ts: prompt.thread_ts ?? prompt.ts,
          parent_user_id: BOT_USER,
        }),
      );
      await t.settle();
    }

    it('passing one on: ↪️ transfer, the branch chosen, the reason typed in the prompt’s thread', async () => {
      const { id, card } = await fileToCard(
        t,
        worker,
        { words: words.other, category: 'pay-penalty' },
        { args: words.other },
      );
      await t.interact(t.p.press(secretary, card, `tk:tr:${id}`));
      await t.settle();
      const picker = t.api.lastMessage(TRIAGE)!;
      expect(JSON.stringify(picker.blocks)).toContain(`tk:tb:${id}:district-yangpu`);
      const before = t.api.ephemerals.length;
      const mark = t.api.mark();
      await t.interact(t.p.press(secretary, picker, `tk:tb:${id}:district-yangpu`));
      await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE && p.thread_ts !== undefined, {
        after: mark,
      });
      await t.settle();
      expect(t.api.ephemerals.slice(before).map(shown).join('\n')).toContain(words.where);
      const prompt = (t.api.messages.get(TRIAGE) ?? []).filter((m) => m.thread_ts !== undefined).at(-1)!;
      expect(shown(prompt)).toContain(words.hint);
      await answerInThread(prompt, words.reason);
      expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('district-yangpu');
      expect(shown(current(card.ts))).toContain(words.moved);
    });

    it('a ticket arrives, is claimed, asked about, answered, resolved, confirmed and rated; the month’s figures', async () => {
      const { id, card } = await fileToCard(
        t,
        worker,
        { words: words.report, category: 'pay-penalty' },
        { args: words.report },
      );
      expect(shown(card)).toContain(id);

      // ✋ Claim: the card says who holds it.
      await t.interact(t.p.press(secretary, card, `tk:claim:${id}`));
      await t.settle();
      expect(shown(current(card.ts))).toContain(words.claimedBy);

      // ❓ Ask: the press says where the prompt is; the prompt says to reply in its thread.
      const ask = await pressForPrompt(current(card.ts), `tk:ask:${id}`);
      expect(ask.said).toContain(id);
      expect(ask.said).toContain(words.where);
      expect(shown(ask.prompt)).toContain(words.hint);
      await answerInThread(ask.prompt, words.question);
      await vi.waitFor(() => expect(dmOf().map(shown).join('\n')).toContain(words.asked), {
        timeout: 10_000,
      });

      // The worker answers in the app's DM; it reaches the card's thread.
      await t.event(t.p.dm(worker, words.answer));
      await t.settle();
      await vi.waitFor(() => expect(thread(card.ts).map(shown).join('\n')).toContain(words.answer), {
        timeout: 10_000,
      });

      // /waystation queue in the triage channel lists it, in the channel's language.
      await t.command(
        t.p.command(secretary, '/waystation', 'queue', { channel: TRIAGE, name: 'triage-meituan' }),
      );
      await t.settle();
      expect(shown(t.api.lastMessage(TRIAGE))).toContain(words.queue);

      // ✅ Resolve, in the thread; the worker confirms and rates.
      const rs = await pressForPrompt(current(card.ts), `tk:rs:${id}`);
      expect(rs.said).toContain(words.where);
      await answerInThread(rs.prompt, words.resolution);
      const resolved = await vi.waitFor(
        () => {
          const m = dmOf().findLast((x) => JSON.stringify(x.blocks).includes(`tw:ok:${id}`));
          if (!m) throw new Error('no resolution in the DM yet');
          return m;
        },
        { timeout: 10_000 },
      );
      expect(shown(resolved)).toContain(words.resolution);
      const ok = JSON.stringify(resolved.blocks).match(new RegExp(`tw:ok:${id}[^"]*`))![0];
      await t.interact(t.p.press(worker, resolved, ok));
      await t.settle();
      const rate = dmOf().findLast((x) => JSON.stringify(x.blocks).includes(`tw:r:${id}:5`))!;
      await t.interact(t.p.press(worker, rate, `tw:r:${id}:5`));
      await t.settle();
      expect(await t.app.deps.store.tickets.get(id)).toMatchObject({ status: 'closed', rating: 5 });

      await t.command(t.p.command(secretary, '/waystation', 'stats', { channel: t.api.imOf(secretary.id) }));
      await t.settle();
      expect(shown(t.api.lastMessage(t.api.imOf(secretary.id)))).toContain(words.stats);
    });
  });
}

week('a secretary’s week on Slack, zh-CN', ZH, 'zh-CN');
week('a secretary’s week on Slack, English', EN, 'en', {
  'branches.yaml': [['slack: { chat: C07TRIAGEMT }', 'slack: { chat: C07TRIAGEMT, locale: en }']],
});
