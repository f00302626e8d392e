/**
 * A secretary's walk on Slack (stop 44): ❓ 询问 pressed, the prompt waits in the card's thread — and the question is
 * typed in the triage channel instead. It is not sent: the secretary alone (ephemeral) reads that the worker did not
 * receive it, where the prompt's thread is, and a button that sends exactly those words as the question; the press
 * reaches the worker through the same path as an answer typed in the thread, once. A top-level line with no prompt
 * waiting gets nothing, at the cost of one Redis read in a staff channel and none elsewhere. In zh-CN (the sample
 * pack), zh-TW and English (copies whose Meituan triage channel reads so). docs/slack.md "A secretary's week on Slack".
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { samplePackWith, type PackCopy } from '../../helpers/pack-copy.js';
import {
  createSlackTestApp,
  shownText,
  type Person,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';
import { bindRiders, fileToCard, RIDERS, SECRETARY, TRIAGE } from '../../core/reports/slack-loop.js';

interface Words {
  report: string;
  question: string;
  notSent: string;
  where: string;
  send: string;
  asked: string;
  gone: string;
}

const WORDS: Record<'zh-CN' | 'zh-TW' | 'en', Words> = {
  'zh-CN': {
    report: '站长这个月扣了我三百块，说是差评，可是没有差评',
    question: '是哪一天的哪一单？',
    notSent: '没有作为',
    where: '的提示在您按按钮的那条消息下面的讯息串（thread）里',
    send: '📨 把这段话作为问题发出',
    asked: '已把问题转给报告人',
    gone: '这段话没有发出',
  },
  'zh-TW': {
    report: '站長這個月扣了我三百塊，說是差評，可是沒有差評',
    question: '是哪一天的哪一單？',
    notSent: '沒有作為',
    where: '的提示在您按按鈕的那則訊息下面的討論串（thread）裡',
    send: '📨 把這段話作為問題送出',
    asked: '已把問題轉給報告人',
    gone: '這段話沒有送出',
  },
  en: {
    report: 'My station manager took 300 yuan from my pay for a bad review, but there was no bad review',
    question: 'Which day and which order was it?',
    notSent: 'was NOT sent as the question',
    where: 'is in the thread under the message whose button you pressed',
    send: '📨 Send this as the question',
    asked: 'Your question was passed to the reporter',
    gone: 'Not sent',
  },
};

const shown = (m: StoredMessage | undefined) => (m ? `${m.text ?? ''}\n${shownText(m.blocks)}` : '');

function walk(locale: keyof typeof WORDS) {
  const words = WORDS[locale];
  describe(`a question typed beside the prompt's thread, ${locale}`, () => {
    let t: SlackTestApp;
    let pack: PackCopy | undefined;
    const worker: Person = { id: `U0ASIDE${locale.replace('-', '')}`.toUpperCase(), name: '阿明' };
    const secretary: Person = { id: SECRETARY.id, name: locale === 'en' ? 'Wang' : '王书记' };
    const colleague: Person = { id: 'U0COLLEAGUE1', name: '小刘' };
    beforeAll(async () => {
      if (locale !== 'zh-CN') {
        pack = samplePackWith({
          'branches.yaml': [
            ['slack: { chat: C07TRIAGEMT }', `slack: { chat: C07TRIAGEMT, locale: ${locale} }`],
          ],
        });
      }
      t = await createSlackTestApp(pack ? { contentDir: pack.dir } : {});
      const lang = locale === 'en' ? 'en-US' : locale;
      t.api.users.set(secretary.id, { name: secretary.name, locale: lang });
      t.api.users.set(worker.id, { name: worker.name, locale: lang });
      t.api.users.set(colleague.id, { name: colleague.name, locale: lang });
      await bindRiders(t);
    });
    afterAll(async () => {
      await t?.close();
      pack?.remove();
    });

    const dmOf = () => (t.api.messages.get(t.api.imOf(worker.id)) ?? []).map(shown).join('\n');
    const thread = (ts: string) => (t.api.messages.get(TRIAGE) ?? []).filter((m) => m.thread_ts === ts);
    const toSecretary = (after: number) =>
      t.api.ephemerals.slice(after).filter((m) => m.ephemeralTo === secretary.id);

    it('is not sent; the secretary alone is told where the thread is, and 📨 sends exactly those words, once', async () => {
      const { id, card } = await fileToCard(
        t,
        worker,
        { words: words.report, category: 'pay-penalty' },
        { args: words.report },
      );
      await t.interact(t.p.press(secretary, card, `tk:ask:${id}`));
      await t.settle();

      // The question typed in the channel itself, not in the prompt's thread.
      const before = t.api.ephemerals.length;
      await t.event(t.p.channelMessage(secretary, TRIAGE, words.question));
      await t.settle();
      const told = await vi.waitFor(
        () => {
          const m = toSecretary(before).at(-1);
          if (!m) throw new Error('nothing told to the secretary yet');
          return m;
        },
        { timeout: 10_000 },
      );
      expect(told.channel).toBe(TRIAGE);
      expect(told.thread_ts).toBeUndefined();
      expect(shown(told)).toContain(words.notSent);
      expect(shown(told)).toContain(id);
      expect(shown(told)).toContain(words.question);
      expect(shown(told)).toContain(words.where);
      expect(JSON.stringify(told.blocks)).toContain(words.send);
      // Told to nobody else, and nothing reached the worker.
      expect(t.api.ephemerals.slice(before).every((m) => m.ephemeralTo === secretary.id)).toBe(true);
      expect(dmOf()).not.toContain(words.question);
      expect((await t.app.deps.store.tickets.get(id))?.status).not.toBe('waiting');

      // A colleague may not send it for them: their press finds no words of theirs waiting.
      const button = `tk:as:${id}:`;
      const value = JSON.stringify(told.blocks).match(new RegExp(`${button}[^"]*`))![0];
      let mark = t.api.mark();
      await t.interact(t.p.press(colleague, told, value));
      await t.api.waitFor('views.open', () => true, { after: mark, timeoutMs: 20_000 });
      await t.settle();
      expect(dmOf()).not.toContain(words.question);

      // 📨: the worker receives exactly the words; the prompt's thread says so, as for an answer typed there.
      await t.interact(t.p.press(secretary, told, value));
      await t.settle();
      await vi.waitFor(() => expect(dmOf()).toContain(words.question), { timeout: 10_000 });
      expect((await t.app.deps.store.tickets.get(id))?.status).toBe('waiting');
      await vi.waitFor(() => expect(thread(card.ts).map(shown).join('\n')).toContain(words.asked), {
        timeout: 10_000,
      });

      // Pressed again: nothing is sent twice; the secretary is told it was not sent.
      mark = t.api.mark();
      await t.interact(t.p.press(secretary, told, value));
      const alert = await t.api.waitFor('views.open', () => true, { after: mark, timeoutMs: 20_000 });
      expect(JSON.stringify(alert.params.view)).toContain(words.gone);
      await t.settle();
      const dm = t.api.messages.get(t.api.imOf(worker.id)) ?? [];
      expect(dm.filter((m) => shown(m).includes(words.question))).toHaveLength(1);
    });

    it('a line with no prompt waiting gets nothing: one Redis read in a staff channel, none in a workers’ channel', async () => {
      const reads = vi.spyOn(t.app.deps.store.dialogs, 'get');
      try {
        const before = t.api.ephemerals.length;
        const sent = t.api.calls.length;
        await t.event(t.p.channelMessage(secretary, TRIAGE, '中午一起吃饭吗'));
        await t.settle();
        expect(reads).toHaveBeenCalledTimes(1);
        await t.event(t.p.channelMessage(colleague, RIDERS, '今天下雨，大家慢点骑'));
        await t.settle();
        expect(reads).toHaveBeenCalledTimes(1);
        expect(t.api.ephemerals.length).toBe(before);
        expect(t.api.calls.slice(sent).filter((c) => c.method.startsWith('chat.'))).toEqual([]);
      } finally {
        reads.mockRestore();
      }
    });
  });
}

walk('zh-CN');
walk('zh-TW');
walk('en');
