/**
 * A worker's reply to a notice or a lesson is a question about it ("哪天开始", "这个通知是啥意思", "what does this
 * notice mean"), not a fresh FAQ question: the FAQ would answer it with whatever entry shares its words (QA4 #3).
 * Answered from the post's own text — the sentence with the date or time, or the place, asked for — else with
 * the text itself and an offer to pass the question to the branch (the district for a notice, the group's branch
 * for a lesson). A mention that names "the notice" without replying to one is asked of the group's latest notice.
 *
 * Sent notices and lessons are remembered by message (delivery engine's `onDelivered`, and `/lesson`'s own send)
 * for POST_TTL; this file reads nothing of the notices' or the delivery engine's internals beyond the notice record.
 */
import { bold, type Card, type Span } from '../card.js';
import type { Ctx, Feature, MessageCtx } from '../feature.js';
import type { PostRef } from '../ports/posts.js';
import type { Locale } from '../content/schema.js';
import { findLesson, localised } from '../lessons/render.js';
import { groupLocale, LESSON_BROADCAST } from '../lessons/scheduler.js';
import { maskText } from '../mask.js';
import { ellipsis } from '../text.js';
import { workerQuestion } from '../faq/reply.js';
import { branchName } from '../faq/handoff.js';
import { staffChat } from '../faq/setup.js';
import { NOTICE_BROADCAST } from '../notices/review.js';

/** How long a notice or lesson can be asked about by replying to it. */
export const POST_TTL_SECONDS = 14 * 24 * 3600;

/** Replies that acknowledge rather than ask ("收到", "ok") are left to the FAQ's small talk. */
const ACK =
  /^\s*(收到|收到了|好的?|好滴|嗯+|谢谢|謝謝|多谢|多謝|知道了|明白|了解|ok(ay)?|got it|thanks?( you)?|thx|noted|👍|🙏|👌)[\s!！。.~～]*$/i;
/** A mention that speaks of "the notice" (no reply): asked of the group's latest notice. */
// A demonstrative is required: "平台通知我账号被封了" is a question of its own, not about the group's notice.
const ABOUT_NOTICE =
  /(这个|这条|那个|那条|刚才的?|刚发的|上面的?|這個|這條|那條|剛才的?|剛發的)(通知|公告)|\b(the|this|that) (notice|announcement)\b/i;
const ASKS_WHEN =
  /(哪天|哪一天|什么时候|什麼時候|啥时候|啥時候|几号|幾號|几点|幾點|几月|幾月|多久|到什么时候|开始|開始|截止|\bwhen\b|what time|what day|which day|how long|\bstart)/i;
const ASKS_WHERE = /(哪里|哪裡|哪儿|哪兒|在哪|去哪|地址|地点|地點|位置|\bwhere\b|address)/i;
const DATE_TIME =
  /(\d+\s*[月日号號点點时時]|[一二三四五六七八九十两]+\s*[月号號点點]|周[一二三四五六日天]|週[一二三四五六日天]|星期|礼拜|禮拜|今天|明天|后天|後天|下周|下週|本周|本週|上午|下午|晚上|早上|中午|凌晨|\d{1,2}[:：]\d{2}|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\btoday\b|\btomorrow\b|\b\d{1,2}\s*(am|pm)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bfrom\b.*\bto\b)/i;
const PLACE =
  /(驿站|驛站|站|路|街|号|號|广场|廣場|中心|大厦|大廈|公园|公園|门口|門口|楼|樓|园|園|station|road|street|centre|center|square|plaza|office|\bat the\b)/i;

/** Sentences of a text (Chinese and English stops, line breaks). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|\n+|(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** The sentences of the post that answer what the reply asks: its dates and times, or its places. */
export function sentencesAnswering(question: string, text: string): string[] {
  const want = ASKS_WHEN.test(question) ? DATE_TIME : ASKS_WHERE.test(question) ? PLACE : undefined;
  if (!want) return [];
  return sentences(text)
    .filter((s) => want.test(s))
    .slice(0, 2);
}

interface PostText {
  title: string;
  text: string;
  /** The branch a question about it is passed to. */
  branch: string | undefined;
}

async function postText(ctx: Ctx, post: PostRef, locale: Locale): Promise<PostText | undefined> {
  const pack = ctx.deps.content.get();
  if (post.kind === 'notice') {
    const n = await ctx.deps.store.notices.get(post.id);
    if (!n) return undefined;
    const district = pack.branches.find((b) => b.kind === 'district')?.id;
    return { title: '', text: n.variants[locale] ?? n.text, branch: district };
  }
  const found = findLesson(pack, post.id);
  if (!found) return undefined;
  const l = localised(found.lesson, locale);
  return { title: l.title, text: l.body, branch: ctx.group?.branch };
}

export function postsFeature(): Feature {
  return {
    name: 'posts',
    async onMessage(ctx: MessageCtx): Promise<boolean> {
      const chat = ctx.in.chat;
      const text = ctx.in.text?.trim();
      if (chat.kind === 'private' || !text || ctx.in.command || staffChat(ctx)) return false;
      const key = `${chat.address.channel}:${chat.address.chatId}`;
      const posts = ctx.deps.store.posts;
      const replied = ctx.in.replyToBot ? await posts.find(key, ctx.in.replyToBot.messageId) : undefined;
      const post = replied ?? (ABOUT_NOTICE.test(text) ? await posts.latestNotice(key) : undefined);
      if (!post || ACK.test(text)) return false;
      const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
      const about = await postText(ctx, post, locale);
      if (!about) return false;
      const found = sentencesAnswering(text, about.text);
      const pendingId = await ctx.deps.store.faq.savePending(
        workerQuestion(
          ctx,
          ctx.t(post.kind === 'notice' ? 'post-question-notice' : 'post-question-lesson', {
            question: text,
            excerpt: ellipsis(maskText(about.title || about.text), 80),
          }),
          about.branch,
        ),
      );
      const pack = ctx.deps.content.get();
      const branch = branchName(pack, about.branch ?? '', ctx.locale);
      const lines: Span[] = [];
      if (found.length) {
        lines.push(ctx.t(post.kind === 'notice' ? 'post-found-notice' : 'post-found-lesson'), '\n');
        for (const s of found) lines.push(bold(`「${s}」`), '\n');
      } else {
        lines.push(
          ctx.t(post.kind === 'notice' ? 'post-original-notice' : 'post-original-lesson', {
            title: about.title,
          }),
          '\n',
          `「${ellipsis(about.text.trim(), 600)}」`,
          '\n',
        );
      }
      lines.push('\n', ctx.t('post-ask-branch', { branch }));
      const card: Card = {
        text: lines,
        buttons: [[{ label: ctx.t('faq-btn-pass'), data: `faq:pass:${pendingId}` }]],
      };
      const ref = await ctx.reply(card);
      // A reply to this answer is still about the same post.
      await posts.remember(key, ref.messageId, post, POST_TTL_SECONDS);
      ctx.log.info({ kind: post.kind, post: post.id, found: found.length }, 'question about a post answered');
      return true;
    },
  };
}

/** Remember every notice and scheduled lesson the engine delivers to a group, by its message. */
export function rememberDeliveredPosts(deps: Ctx['deps']): void {
  deps.delivery.onDelivered(async (e) => {
    const at = deps.now().getTime();
    if (e.kind === 'notice' && e.broadcastId.startsWith(NOTICE_BROADCAST)) {
      const id = e.broadcastId.slice(NOTICE_BROADCAST.length);
      await deps.store.posts.remember(e.chat, e.ref.messageId, { kind: 'notice', id, at }, POST_TTL_SECONDS);
    } else if (e.kind === 'lesson' && e.broadcastId.startsWith(LESSON_BROADCAST)) {
      const lessonId = await deps.store.lessons.planned(e.broadcastId.slice(LESSON_BROADCAST.length), e.chat);
      if (lessonId)
        await deps.store.posts.remember(
          e.chat,
          e.ref.messageId,
          { kind: 'lesson', id: lessonId, at },
          POST_TTL_SECONDS,
        );
    }
  });
}
