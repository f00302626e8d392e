/**
 * A worker who wants the lessons and notices to stop ("退订", "别再给我推课了", /stop, /mute, "unsubscribe") was
 * answered with whatever FAQ entry shared a word — 押金不退 for 退订 — or not at all (QA4 #9). What a worker can do
 * (docs/lessons-and-notices.md, "Opting out"):
 *
 * - in a group: lessons and notices go to the whole group, not to a person, so nobody is unsubscribed alone; the
 *   worker can mute the chat on their phone, or ask the branch (one tap passes the wish on, as a question is
 *   passed) — organisers pause a group's lessons with /pause, and are told so when they ask themselves;
 * - in private: the bot pushes nothing there (lessons and notices only go to groups; a private chat only carries
 *   the worker's own reports and answers), so there is nothing to stop, and they are told how to mute the group.
 *
 * No count of requests per group: each worker's tap reaches the branch, which sees how many ask.
 */
import type { Card } from '../card.js';
import type { CommandSpec, Feature, MessageCtx } from '../feature.js';
import { onPlatform } from '../platform-words.js';
import { branchName } from '../faq/handoff.js';
import { workerQuestion } from '../faq/reply.js';
import { staffChat } from '../faq/setup.js';
import { maskText } from '../mask.js';

/** Asking for the pushes to stop, whatever else is said ("别再给我推课了，太烦了", "stop sending lessons"). */
const STOP_PUSHES =
  /((别|別|不要|不用|甭|莫)再?(给我|給我|给俺|跟我)?(推|发|發)(课|課|通知|消息|微课|微課|这些|這些|了)|(停止|关闭|關閉|取消)(推送|推课|推課|订阅|訂閱)|不想(再)?(收|看|接收)(到)?(课|課|通知|推送|消息|这些|這些)|退订|退訂|\bunsubscribe\b|\bopt[ -]?out\b|\bstop (sending|the (lessons|notices|messages))\b|\bno more (lessons|notices|messages)\b|\bdon'?t send me\b)/i;
/** Bare stop words, only when they are the whole message ("stop", "免打扰"): elsewhere they mean something else. */
const BARE_STOP = /^(stop|mute|停|停止|停了吧|免打扰|免打擾|别发了|別發了|别推了|別推了)$/i;
/** What may surround a stop word without changing its meaning: please, I want, particles, punctuation. */
const POLITE = /(请|請|帮我|幫我|我要|我想|麻烦|麻煩|吧|了|啊|呀|哦|please|pls|\s|[\p{P}\p{S}])/giu;
/** A platform's or a membership's "退订" is a question about something else: left to the FAQ. */
const OTHER_SUBSCRIPTION =
  /(会员|會員|套餐|保险|保險|平台|外卖|外賣|骑士卡|騎士卡|卡|怎么|怎麼|如何|扣费|扣費|自动续费|自動續費)/;

/** Whether a message asks the bot to stop pushing lessons and notices. */
export function asksToStop(text: string): boolean {
  const t = text.trim();
  if (OTHER_SUBSCRIPTION.test(t)) return false;
  return STOP_PUSHES.test(t) || BARE_STOP.test(t.replace(POLITE, ''));
}

async function explain(ctx: MessageCtx, words: string): Promise<void> {
  if (ctx.in.chat.kind === 'private') {
    await ctx.reply({ text: [ctx.t('optout-private', onPlatform(ctx))] });
    ctx.log.info({ where: 'private' }, 'opt-out asked');
    return;
  }
  const pack = ctx.deps.content.get();
  const branchId = ctx.group?.branch ?? pack.branches.find((b) => b.kind === 'district')?.id;
  const branch = branchName(pack, branchId ?? '', ctx.locale);
  const text = [ctx.t('optout-group', onPlatform(ctx, { branch }))];
  if (ctx.role === 'organiser') text.push('\n\n', ctx.t('optout-group-organiser', onPlatform(ctx)));
  const card: Card = { text };
  if (ctx.group && ctx.role !== 'organiser') {
    const pendingId = await ctx.deps.store.faq.savePending(
      workerQuestion(
        ctx,
        ctx.t('optout-pass-question', onPlatform(ctx, { words: maskText(words).slice(0, 200) })),
        branchId,
      ),
    );
    card.buttons = [[{ label: ctx.t('optout-btn-pass'), data: `faq:pass:${pendingId}` }]];
  }
  await ctx.reply(card);
  ctx.log.info({ where: 'group', bound: !!ctx.group }, 'opt-out asked');
}

/** /stop, /mute, /unsubscribe: answered with what is possible, never listed. A report being written stays open. */
const stopCommand = (name: string): CommandSpec => ({
  name,
  description: 'cmd-stop',
  scope: 'all',
  hidden: true,
  keepsDialog: () => true,
  run: (ctx) => explain(ctx, `/${name}`),
});

export function optOutFeature(): Feature {
  return {
    name: 'opt-out',
    commands: ['stop', 'mute', 'unsubscribe'].map(stopCommand),
    async onMessage(ctx: MessageCtx): Promise<boolean> {
      const text = ctx.in.text;
      if (!text || ctx.in.command || staffChat(ctx) || !asksToStop(text)) return false;
      await explain(ctx, text);
      return true;
    },
  };
}
