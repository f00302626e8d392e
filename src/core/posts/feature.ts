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
import { chatKey } from '../ports/groups.js';
import { onPlatform } from '../platform-words.js';
import type { PostRef, PostRepo } from '../ports/posts.js';
import type { ContentPack, Locale } from '../content/schema.js';
import { findLesson, lessonCard, localised, placeIn } from '../lessons/render.js';
import { LESSON_BROADCAST } from '../lessons/scheduler.js';
import { markdownPlain } from '../lessons/markdown.js';
import { groupLocale } from '../locales.js';
import { maskText } from '../mask.js';
import { ellipsis } from '../text.js';
import { normalize } from '../faq/normalize.js';
import { workerQuestion } from '../faq/reply.js';
import { branchName, passButton } from '../faq/handoff.js';
import { staffChat } from '../faq/setup.js';
import { NOTICE_BROADCAST, pastItsEnd } from '../notices/release.js';
import { noticeText } from '../notices/compose.js';
import { chineseForEnglish } from '../script.js';

/** How long a notice or lesson can be asked about by replying to it. */
const POST_TTL_SECONDS = 14 * 24 * 3600;

/** Remember a notice or lesson the bot sent to a chat, so that a reply to it is asked of it for POST_TTL. */
export function rememberPost(posts: PostRepo, chat: string, messageId: string, post: PostRef): Promise<void> {
  return posts.remember(chat, messageId, post, POST_TTL_SECONDS);
}

/** Replies that acknowledge rather than ask ("收到", "ok") are left to the FAQ's small talk. */
const ACK =
  /^\s*(收到|收到了|好的?|好滴|嗯+|谢谢|謝謝|多谢|多謝|知道了|明白|了解|ok(ay)?|got it|thanks?( you)?|thx|noted|👍|🙏|👌)[\s!！。.~～]*$/i;
/**
 * A mention that names the group's notice (no reply): asked of the group's latest notice. The words workers in any
 * district use for it — a demonstrative or "just now" (这条通知, 刚才的公告, 剛剛發的通知), where it is (群里的通知, 置顶的,
 * 上面那条公告), which one (最新通知, 今天的公告), or "the notice", "the latest announcement", "the pinned message".
 * Something that qualifies it is required: "平台通知我账号被封了" is a question of its own, not about the group's
 * notice; a bare "通知" counts only as the first word of what the notice says ("通知上写的哪天").
 */
const NOTICE_WORD = '(?:通知|公告|通告)';
/** 这条, 那个, 這則: a demonstrative with or without its measure word. */
const THIS_ONE = '(?:这|這|那)(?:条|條|个|個|则|則|份|篇)?';
const ABOUT_NOTICE = new RegExp(
  [
    // 这条通知, 那个公告
    `${THIS_ONE}${NOTICE_WORD}`,
    // 刚才的通知, 刚刚发的那条公告, 剛才群裡發的通知, 刚通知的
    `(?:刚才|剛才|刚刚|剛剛|刚|剛)(?:群里|群裡)?(?:的|发的|發的|发|發)?(?:${THIS_ONE})?${NOTICE_WORD}`,
    // 上面那条通知, 最新通知, 置顶的公告, 上一条通知
    `(?:上面|上边|上邊|最新|置顶|置頂)(?:的|发的|發的)?(?:${THIS_ONE})?${NOTICE_WORD}`,
    `上一(?:条|條|个|個|则|則)${NOTICE_WORD}`,
    // 今天的通知, 群里发的公告 ("今天通知我…" is not: the 的 is required)
    `(?:今天|今早|昨天|最近|群里|群裡)(?:的|发的|發的|置顶的|置頂的)(?:${THIS_ONE})?${NOTICE_WORD}`,
    // 群公告, 群組公告, 本群置顶的通知 ("群通知的收到按钮…" names them in general: asksAboutNamedNotice leaves it to the FAQ)
    `(?:群|群组|群組)(?:的|发的|發的|置顶的|置頂的)?(?:${THIS_ONE})?${NOTICE_WORD}`,
    // 通知上写的…, 公告里说… (what the notice says, asked first)
    `^${NOTICE_WORD}(?:里|裡|上|中)?(?:说|說|讲|講|写|寫|提到)`,
    // 刚才发的说…, 剛發的是啥 (what was just sent; not "刚发的工资")
    `(?:刚才|剛才|刚刚|剛剛|刚|剛)(?:群里|群裡)?(?:发|發)的(?:说|說|讲|講|写|寫|是|啥|什么|什麼|内容|內容|消息|訊息|那|这|這)`,
    // 置顶的说…, 置顶消息
    `(?:置顶|置頂)(?:的|消息|訊息)`,
    `\\b(?:the|this|that|today'?s|yesterday'?s)\\s+(?:latest\\s+|last\\s+|new\\s+|pinned\\s+|group\\s+)?(?:notice|announcement)\\b`,
    `\\b(?:latest|last|newest|pinned)\\s+(?:notice|announcement)\\b`,
    `\\bthe\\s+pinned\\s+(?:message|post)\\b`,
    `\\bwhat (?:you|the bot) (?:just )?(?:posted|sent)\\b`,
  ].join('|'),
  'i',
);
/**
 * Once the notice is named, words asking what it says ("说哪天封路", "写的几点", "what did it say") point at it as a
 * demonstrative does: the question is the notice's, not the FAQ's about notices in general.
 */
const ASKS_WHAT_IT_SAYS =
  /(说|說|讲|講|写|寫|提到|内容|內容|意思|\b(say|says|said|mention|mentions|mentioned|about|mean|means)\b)/i;

/**
 * Words for the group's previous lesson (QA19: "上一课", "上节课讲的什么" got the FAQ's "答不上来"): read as the group's
 * latest lesson, as ABOUT_NOTICE is read as its latest notice.
 */
const ABOUT_LESSON =
  /(上一(节|節|堂)?课|上一(节|節|堂)?課|上(节|節|堂)(课|課)|刚才(的|那节|那節|那堂)?(课|課)|剛才(的|那節|那堂)?課|\b(the )?(last|previous) lesson\b)/i;
/**
 * What is left of such a message when it only asks to see that lesson ("上节课讲的什么", "上一课呢", "再发一下上一课",
 * "what was the last lesson about"): shown again, whole.
 */
const SHOW_AGAIN =
  /^(请|請|能|可以)?(再)?(发|發|看|给我看|給我看)?(一下|一遍|一次|看)?(讲|講|说|說|学|學|教)?(了|的)?(些)?(是)?(什么|什麼|啥|哪些|内容|內容)?(来着|來著)?(呀|啊|呢|吗|嗎|哦|嘛)*$|^(what|which)( was| were| is)?( it| in)?( about)?$|^(show|send)( me)?( it)?( again)?$/i;
const onlyAsksToSee = (text: string) =>
  SHOW_AGAIN.test(
    text
      .replace(ABOUT_LESSON, '')
      .replace(/@\S+/g, '')
      .replace(/[\s,，.。!！?？~～、]+/g, ' ')
      .trim()
      .replace(/ +/g, (s, at: number, all: string) =>
        /[a-z]/i.test(all[at - 1] ?? '') && /[a-z]/i.test(all[at + 1] ?? '') ? ' ' : '',
      ),
  );
const ASKS_WHEN =
  /(哪天|哪一天|什么时候|什麼時候|啥时候|啥時候|几号|幾號|几点|幾點|几月|幾月|多久|到什么时候|开始|開始|截止|\bwhen\b|what time|what day|which day|how long|\bstart)/i;
const ASKS_WHERE = /(哪里|哪裡|哪儿|哪兒|在哪|去哪|地址|地点|地點|位置|\bwhere\b|address)/i;
/** Which roads, streets or stretches ("哪几条路", "which roads"): answered with the post's places. */
const ASKS_WHICH = /(哪条|哪條|哪几|哪幾|哪些|哪段|哪个路口|哪個路口|\bwhich\b)/i;
/**
 * Whether one may pass or get in, or whether it is closed: a closure notice's own question ("中午能进去送餐不",
 * "能过吗", "封了没", "can trucks pass?").
 */
const ASKS_PASS =
  /((能|可以|让|讓|准|給|给)不?(能|让|讓)?(进|進|过|過|走|通行|通过|通過|骑|騎|开进|開進|送)|通行|绕|繞|封|解封|通车|通車|\b(pass|get through|go through|get in|get into|drive through|ride through|allowed|closed|reopen)\b)/i;
/**
 * Words that ask for the post's particulars and so point at it (QA8 #8): "具体哪几条", "which roads exactly".
 */
const POINTS_AT_DETAIL = /(具体|具體|哪几条|哪幾條|\bexactly\b)/i;
const DATE_TIME =
  /(\d+\s*[月日号號点點时時]|[一二三四五六七八九十两]+\s*[月号號点點]|周[一二三四五六日天]|週[一二三四五六日天]|星期|礼拜|禮拜|今天|明天|后天|後天|下周|下週|本周|本週|上午|下午|晚上|早上|中午|凌晨|\d{1,2}[:：]\d{2}|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\btoday\b|\btomorrow\b|\b\d{1,2}\s*(am|pm)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bfrom\b.*\bto\b)/i;
/**
 * Words that point at the post itself: a demonstrative (这个, 这条, 那, 它 — not 这里 / 这附近 / 那边, which point at
 * a place), or asking what it means. "这个几号截止", "那我能领吗", "what does it mean".
 */
const DEICTIC =
  /([这這那](?![里裡边邊儿兒附样樣么麼])|它|啥意思|什么意思|什麼意思|怎么理解|怎麼理解|\b(this|that|it|mean|means)\b)/i;
/** Question words, particles and pronouns: what is left once they are gone is what the question is about. */
const FILLER =
  /(请问|請問|哪天|哪一天|什么时候|什麼時候|啥时候|啥時候|几号|幾號|几点|幾點|几月|幾月|多久|开始|開始|截止|哪里|哪裡|哪儿|哪兒|在哪|去哪|哪|什么|什麼|怎么|怎麼|咋|啥|谁|誰|多少|可以|能不能|能|要不要|要|是不是|是|有没有|有沒有|有|没|沒|我们|我們|咱们|咱們|大家|我|你|都|还|還|也|去|到|在|的|了|吗|嗎|呢|啊|呀|吧|么|麼|嘛|哦|喔|\b(when|where|what|which|who|how|does|do|is|are|can|could|will|the|a|an|to|of|in|on|at|for|i|we|you|get|time|day|start|starts|begin|there)\b|[\s\p{P}\p{S}\d])/giu;

const PLACE =
  /(驿站|驛站|站|路|街|号|號|广场|廣場|中心|大厦|大廈|公园|公園|门口|門口|楼|樓|园|園|station|road|street|centre|center|square|plaza|office|\bat the\b)/i;
/** What a post says of passing: who may go through, what is closed, the detour. */
const PASSAGE =
  /(通行|绕行|繞行|禁止|禁行|封闭|封閉|管制|放行|不得|允许|允許|可以|\b(closed|pass|detour|allowed|no (trucks|vehicles|entry))\b)/i;
/** How a place's name ends (路, 广场, 站…): a shared word ending so, the question and the post both name it. */
const PLACE_END =
  /(路|街|道|巷|桥|橋|广场|廣場|站|口|园|園|市场|市場|小区|小區|社区|社區|中心|大厦|大廈|码头|碼頭|港)$/;

/** What a question is about: its words once question words, particles and pronouns are gone. */
function contentOf(question: string): string {
  return question.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Share of the question's own words found in the post: Chinese characters covered by a pair of them the post also
 * has (护膝 in "护膝在哪领"), English words of three letters or more the post has.
 */
function sharedWithPost(question: string, post: string): number {
  const content = contentOf(question).toLowerCase();
  const text = post.toLowerCase();
  const han = [...content.replace(/[^\p{Script=Han}]/gu, '')];
  const covered = new Set<number>();
  for (let i = 0; i + 1 < han.length; i++)
    if (text.includes(han[i]! + han[i + 1]!)) covered.add(i).add(i + 1);
  const latin = content.match(/[a-z]{3,}/g) ?? [];
  const shared = latin.filter((w) => new RegExp(`\\b${w}`).test(text)).length;
  const total = han.length + latin.length;
  return total ? (covered.size + shared) / total : 0;
}

/**
 * Whether the question names a place the post names too: one of the pack's places, stations or areas (`places`),
 * or a word the two share that ends as a place's name does (测试路, 华南广场).
 */
function namesPostPlace(question: string, post: string, places: readonly string[]): boolean {
  const q = normalize(question);
  const p = normalize(post);
  for (const name of places) {
    const n = normalize(name);
    if (n.length >= 2 && q.includes(n) && p.includes(n)) return true;
  }
  const han = q.replace(/[^\p{Script=Han}]+/gu, ' ');
  for (let end = 2; end <= han.length; end++)
    for (let start = Math.max(0, end - 6); start <= end - 3; start++) {
      const word = han.slice(start, end);
      if (!word.includes(' ') && PLACE_END.test(word) && p.includes(word)) return true;
    }
  return false;
}

/**
 * Whether a reply under a post asks about the post (docs/lessons-and-notices.md): it points at it (这个, 那, what
 * does it mean, 具体, which … exactly), asks only when or where with nothing of its own ("哪天开始", "几点",
 * "在哪领"), names a place the post names and asks until when, which roads or whether one may pass ("华南广场封到
 * 几点？中午能进去不"), or is mostly words the post itself has ("护膝在哪领"). "附近哪里能充电" and "骑车摔了能报
 * 工伤吗" are questions of their own; so is "华南广场附近哪里能充电" — the place is the post's, the charging is not.
 * `places`: the names of the pack's places, stations and areas.
 */
export function asksAboutPost(question: string, post: string, places: readonly string[] = []): boolean {
  if (DEICTIC.test(question) || POINTS_AT_DETAIL.test(question)) return true;
  if (
    (ASKS_WHEN.test(question) || ASKS_WHICH.test(question) || ASKS_PASS.test(question)) &&
    namesPostPlace(question, post, places)
  )
    return true;
  const content = contentOf(question);
  const own =
    [...content.replace(/[^\p{Script=Han}]/gu, '')].length + (content.match(/[a-z]{3,}/gi) ?? []).length;
  if (own <= 1) return true;
  return sharedWithPost(question, post) > 0.5;
}

/** The text without the bot's @mention (a console or Slack message keeps it), for the words that open a question. */
const unmentioned = (text: string) => text.replace(/@\S+/g, ' ').trim();

/** Whether a mention names the group's notice ("刚才的通知", "the latest announcement"). */
export const namesNotice = (text: string): boolean => ABOUT_NOTICE.test(unmentioned(text));

/**
 * Whether a mention that names the group's notice asks about it (QA28 #2): what it says or when, where, which road,
 * whether one may pass ("刚才的通知说哪天封路", "公告上写的几点", "what did the notice say") — or, once its name is taken
 * out, what is left asks about it as a reply under it would. "刚才的通知收到按钮要点吗" asks of the 收到 button, which
 * the FAQ answers.
 */
export function asksAboutNamedNotice(
  question: string,
  post: string,
  places: readonly string[] = [],
): boolean {
  const rest = unmentioned(question).replace(new RegExp(ABOUT_NOTICE.source, 'gi'), ' ');
  if (
    ASKS_WHAT_IT_SAYS.test(rest) ||
    ASKS_WHEN.test(rest) ||
    ASKS_WHERE.test(rest) ||
    ASKS_WHICH.test(rest) ||
    ASKS_PASS.test(rest)
  )
    return true;
  return asksAboutPost(rest, post, places);
}

/** Sentences of a text (Chinese and English stops, line breaks). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|\n+|(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/**
 * The sentences of the post that answer what the reply asks: its dates and times, its places (where, which
 * roads), what it says of passing — in the post's order.
 */
function sentencesAnswering(question: string, text: string): string[] {
  const wanted = [
    ASKS_WHEN.test(question) && DATE_TIME,
    (ASKS_WHERE.test(question) || ASKS_WHICH.test(question)) && PLACE,
    ASKS_PASS.test(question) && PASSAGE,
  ].filter((w): w is RegExp => !!w);
  if (!wanted.length) return [];
  return sentences(text)
    .filter((s) => wanted.some((w) => w.test(s)))
    .slice(0, 2);
}

interface PostText {
  title: string;
  text: string;
  /** The branch a question about it is passed to. */
  branch: string | undefined;
  /** A notice pinned in the groups, not yet past its "有效期至": the group can find it whole there. */
  pinned?: boolean;
  /** A notice past its "有效期至" (unpinned): no longer the group's current notice. */
  ended?: boolean;
}

async function postText(ctx: Ctx, post: PostRef, locale: Locale): Promise<PostText | undefined> {
  const pack = ctx.deps.content.get();
  if (post.kind === 'notice') {
    const n = await ctx.deps.store.notices.get(post.id);
    // A withdrawn notice is not quoted back (its copy now reads "此通知已撤回"): the question goes on as any other.
    if (!n || n.status === 'withdrawn') return undefined;
    const district = pack.branches.find((b) => b.kind === 'district')?.id;
    // What the group received: a zh-TW group without a written version got the text converted.
    const ended = pastItsEnd(n, ctx.deps.now().getTime());
    return { title: '', text: noticeText(n, locale), branch: district, pinned: n.pin && !ended, ended };
  }
  const found = findLesson(pack, post.id);
  if (!found) return undefined;
  const l = localised(found.lesson, locale);
  // Quoted as the chat showed it: the words, not the Markdown they were written in (QA7 #3).
  return { title: l.title, text: markdownPlain(l.body), branch: ctx.group?.branch };
}

/** The pack's names for where things are: its places, stations and the areas its branches cover. */
function placeNames(pack: ContentPack): string[] {
  return [
    ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
    ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
    ...pack.branches.flatMap((b) => [...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
  ];
}

/** The line before the post's words: the part that answers (`found`) or the whole text (`original`). */
const HEADS = {
  notice: {
    written: { found: 'post-found-notice', original: 'post-original-notice' },
    chinese: { found: 'post-found-notice-chinese', original: 'post-original-notice-chinese' },
  },
  lesson: {
    written: { found: 'post-found-lesson', original: 'post-original-lesson' },
    chinese: { found: 'post-found-lesson-chinese', original: 'post-original-lesson-chinese' },
  },
} as const;

export interface PostsOptions {
  /** Danger told under a post: left to the FAQ's path, which gives the emergency numbers first (reports job). */
  emergency?: (text: string) => boolean;
  /** Whether the FAQ answers a question of its own: a confident entry or stations (the FAQ's `answers`). */
  answers?: (ctx: MessageCtx, text: string) => Promise<boolean>;
}

export function postsFeature(options: PostsOptions = {}): Feature {
  return {
    name: 'posts',
    async onMessage(ctx: MessageCtx): Promise<boolean> {
      const chat = ctx.in.chat;
      const text = ctx.in.text?.trim();
      if (chat.kind === 'private' || !text || ctx.in.command || staffChat(ctx)) return false;
      const key = chatKey(chat.address.channel, chat.address.chatId);
      const posts = ctx.deps.store.posts;
      const replied = ctx.in.replyToBot ? await posts.find(key, ctx.in.replyToBot.messageId) : undefined;
      const lastLesson = !replied && ctx.group && ABOUT_LESSON.test(text);
      const named = !replied && namesNotice(text);
      const post =
        replied ??
        (named ? await posts.latestNotice(key) : lastLesson ? await posts.latestLesson(key) : undefined);
      if (options.emergency?.(text)) return false;
      if (lastLesson && !post) {
        await ctx.reply({ text: [ctx.t('post-no-lesson', onPlatform(ctx))] });
        return true;
      }
      if (lastLesson && post && onlyAsksToSee(text) && (await showLessonAgain(ctx, key, post))) return true;
      if (!post || ACK.test(text)) return false;
      const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
      const about = await postText(ctx, post, locale);
      // A notice named after its end is no longer the group's notice: the question goes on as any other.
      if (!about || (named && about.ended)) return false;
      // A question of its own under a post gets its ordinary answer when there is one; the post's "does not say
      // that" with the pass button only when neither the post nor the FAQ or stations answer it.
      const aboutPost = (named ? asksAboutNamedNotice : asksAboutPost)(
        text,
        `${about.title}\n${about.text}`,
        placeNames(ctx.deps.content.get()),
      );
      if (!aboutPost && (await options.answers?.(ctx, text))) {
        ctx.log.info({ kind: post.kind, post: post.id }, 'question under a post left to the FAQ');
        return false;
      }
      const found = aboutPost ? sentencesAnswering(text, about.text) : [];
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
      // An English reader of a post written only in Chinese is told so, not that it "does not say that" (QA12 #7).
      const heads = HEADS[post.kind][chineseForEnglish(ctx.locale, about.text) ? 'chinese' : 'written'];
      if (found.length) {
        lines.push(ctx.t(heads.found), '\n');
        for (const s of found) lines.push(bold(ctx.t('quoted', { text: s })), '\n');
      } else {
        lines.push(
          ctx.t(heads.original, {
            title: about.title,
          }),
          '\n',
          ctx.t('quoted', { text: ellipsis(about.text.trim(), 600) }),
          '\n',
        );
      }
      // Asked by name, not under it: where the whole notice is.
      if (named && about.pinned) lines.push(ctx.t('post-notice-pinned', onPlatform(ctx)), '\n');
      lines.push('\n', ctx.t('post-ask-branch', { branch }));
      const card: Card = {
        text: lines,
        buttons: [[passButton(ctx.t, pack, about.branch, pendingId)]],
      };
      const ref = await ctx.reply(card);
      // A reply to this answer is still about the same post.
      await rememberPost(posts, key, ref.messageId, post);
      ctx.log.info({ kind: post.kind, post: post.id, found: found.length }, 'question about a post answered');
      return true;
    },
  };
}

/** "上一课", "上节课讲的什么": the group's latest lesson shown again, with its quiz and tally (QA19). */
async function showLessonAgain(ctx: MessageCtx, chat: string, post: PostRef): Promise<boolean> {
  const found = findLesson(ctx.deps.content.get(), post.id);
  if (!found) return false; // taken out of the pack since: the question goes on as any other
  const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
  const quiz = localised(found.lesson, locale).quiz;
  const tally = quiz ? await ctx.deps.store.lessons.tally(chat, post.id, quiz.options.length) : undefined;
  const place = await placeIn(ctx.deps.store.lessons, chat, found, 'shown');
  const card = lessonCard(found, locale, ctx.deps.i18n, { place, ...(tally ? { tally } : {}) });
  const ref = await ctx.reply({
    ...card,
    text: [ctx.t('post-last-lesson', onPlatform(ctx)), '\n', ...card.text],
  });
  // A reply to it asks about that lesson, as a reply to the pushed one does.
  await rememberPost(ctx.deps.store.posts, chat, ref.messageId, { ...post, at: ctx.deps.now().getTime() });
  ctx.log.info({ lesson: post.id }, 'latest lesson shown again');
  return true;
}

/** Remember every notice and scheduled lesson the engine delivers to a group, by its message. */
export function rememberDeliveredPosts(deps: Ctx['deps']): void {
  deps.delivery.onDelivered(async (e) => {
    const at = deps.now().getTime();
    // The chat the message landed in (a group upgraded to a supergroup meanwhile got it under its new id).
    const landed = chatKey(e.ref.address.channel, e.ref.address.chatId);
    if (e.kind === 'notice' && e.broadcastId.startsWith(NOTICE_BROADCAST)) {
      const id = e.broadcastId.slice(NOTICE_BROADCAST.length);
      await rememberPost(deps.store.posts, landed, e.ref.messageId, { kind: 'notice', id, at });
    } else if (e.kind === 'lesson' && e.broadcastId.startsWith(LESSON_BROADCAST)) {
      const lessonId = await deps.store.lessons.planned(e.broadcastId.slice(LESSON_BROADCAST.length), e.chat);
      if (lessonId)
        await rememberPost(deps.store.posts, landed, e.ref.messageId, { kind: 'lesson', id: lessonId, at });
    }
  });
}
