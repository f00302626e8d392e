/**
 * Workers who do not type (QA15): stickers, emoji, dice, contact cards and too many photos sent in the middle of a
 * report, on Telegram end to end — the real app, real Redis and the real grammY adapter against the Bot API stand-in.
 * Whatever adds nothing to the report gets the step's question and buttons again, never "describe the problem" after
 * it was described; a photo past the limit is said to be left out.
 */
import type { Message, Update, User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

let nextId = 7600;
let messageId = 50_000;
/** A private message of any kind (sticker, dice, contact…) from `from`. */
function privateMessage(from: User, body: Partial<Message>): Update {
  const id = ++messageId;
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: t.u.privateChat(from),
      from,
      ...body,
    },
  } as Update;
}
/** A sticker standing for `emoji` (null: one with no emoji). */
const sticker = (from: User, emoji: string | null = '👍') =>
  privateMessage(from, {
    sticker: {
      file_id: `sticker-${emoji ?? 'none'}`,
      file_unique_id: `u-sticker-${emoji ?? 'none'}`,
      type: 'regular',
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      ...(emoji ? { emoji } : {}),
    },
  });
const photo = (from: User, fileId: string) =>
  privateMessage(from, {
    photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
    media_group_id: `album-${from.id}`,
  });

async function send(update: Update, chatId: number) {
  const mark = t.api.mark();
  await t.handle(update);
  return { shown: t.api.shownTexts(mark).join('\n'), buttons: buttonsOf(t.api.lastMessage(chatId)) };
}

describe('a report in progress, from a worker who does not type', () => {
  it('a sticker, an emoji, a dice or a contact card at a button step gets the question and its buttons again', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '国定路上井盖没了，晚上看不见'));
    for (const update of [
      sticker(rider),
      privateMessage(rider, { text: '👍' }),
      privateMessage(rider, { dice: { emoji: '🎲', value: 3 } }),
      privateMessage(rider, { contact: { phone_number: '+8613812345678', first_name: '张三' } }),
    ]) {
      const { shown, buttons } = await send(update, rider.id);
      expect(shown).not.toContain('说说遇到了什么问题');
      expect(shown).toContain('草稿还在');
      expect(shown).toContain('道路隐患');
      expect(buttons.some((b) => b.data?.endsWith(':ok'))).toBe(true);
      expect(shown).not.toContain('13812345678');
    }
    // The anonymity step too.
    await t.handle(
      t.u.press(
        t.api.lastMessage(rider.id)!,
        rider,
        buttonsOf(t.api.lastMessage(rider.id)).find((b) => b.data?.endsWith(':ok'))!.data!,
      ),
    );
    const { shown, buttons } = await send(sticker(rider), rider.id);
    expect(shown).toContain('匿名');
    expect(buttons.some((b) => b.data?.endsWith(':anon:1'))).toBe(true);
  });

  it('a sticker before anything is told still asks for the problem in words or voice', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '/report'));
    const { shown } = await send(sticker(rider), rider.id);
    expect(shown).toContain('请用文字或语音说说遇到了什么问题');
  });

  it('photos past the limit are said to be left out, not mistaken for stickers', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '/report'));
    for (let i = 1; i <= 10; i++) await t.handle(photo(rider, `photo-${rider.id}-${i}`));
    const { shown } = await send(photo(rider, `photo-${rider.id}-11`), rider.id);
    expect(shown).toContain('最多附 10 个文件');
    expect(shown).not.toContain('贴纸');
    const { shown: after } = await send(t.u.privateText(rider, '国定路上井盖没了'), rider.id);
    expect(after).toContain('道路隐患');
    const lastAsk = t.api.lastMessage(rider.id);
    expect(buttonsOf(lastAsk).some((b) => b.data?.endsWith(':ok'))).toBe(true);
  });
});

describe('a sound with no words after a question', () => {
  it('"喂", "啊", "哦哦" ask what about, not repeat the last answer; "那要钱吗" still follows it', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '骑手可以免费体检吗'));
    for (const sound of ['喂', '喂？', '啊', '哦哦']) {
      const { shown } = await send(t.u.privateText(rider, sound), rider.id);
      expect(shown, sound).toContain('您想问哪方面的事');
      expect(shown, sound).not.toContain('体检');
    }
    const { shown } = await send(t.u.privateText(rider, '那要钱吗'), rider.id);
    expect(shown).toContain('体检');
  });

  it('in a group, "@bot 喂" after a station list does not post the list again', async () => {
    const group = t.u.group(-1003000000415, '美团杨浦骑手群');
    const rider = t.u.person(++nextId);
    await t.handle(t.u.groupText(group, rider, '@waystation_bot 哪里能充电'));
    const { shown } = await send(t.u.groupText(group, rider, '@waystation_bot 喂'), group.id);
    expect(shown).toContain('您想问哪方面的事');
    expect(shown).not.toContain('驿站');
  });
});

describe('a photo alone in private, no report open', () => {
  it('is kept and offered as a report: an album gathers under one offer, one tap starts the report with them', async () => {
    const rider = t.u.person(++nextId);
    const mark = t.api.mark();
    for (let i = 1; i <= 5; i++) await t.handle(photo(rider, `alone-${rider.id}-${i}`));
    const offers = t.api.shownTexts(mark).filter((s) => s.includes('反映给支部'));
    expect(offers).toHaveLength(1);
    const buttons = buttonsOf(t.api.lastMessage(rider.id));
    expect(buttons.map((b) => b.data)).toEqual(['fu:new', 'fu:drop']);
    const { shown } = await send(t.u.press(t.api.lastMessage(rider.id)!, rider, 'fu:new'), rider.id);
    expect(shown).toContain('请再用一两句话说明是什么问题');
    const { shown: proposed } = await send(t.u.privateText(rider, '国定路井盖没了'), rider.id);
    expect(proposed).toContain('道路隐患');
    await t.handle(
      t.u.press(
        t.api.lastMessage(rider.id)!,
        rider,
        buttonsOf(t.api.lastMessage(rider.id)).find((b) => b.data?.endsWith(':ok'))!.data!,
      ),
    );
    await t.handle(
      t.u.press(
        t.api.lastMessage(rider.id)!,
        rider,
        buttonsOf(t.api.lastMessage(rider.id)).find((b) => b.data?.endsWith(':anon:1'))!.data!,
      ),
    );
    expect(t.api.lastMessage(rider.id)?.text).toContain('照片 5');
  });

  it('an album of 4 with no words: the one offer counts the 4 kept, and the report started from it carries all 4', async () => {
    const rider = t.u.person(++nextId);
    const mark = t.api.mark();
    for (let i = 1; i <= 4; i++) await t.handle(photo(rider, `album-${rider.id}-${i}`));
    expect(t.api.shownTexts(mark).filter((s) => s.includes('反映给支部'))).toHaveLength(1);
    const offer = t.api.lastMessage(rider.id)!;
    expect(offer.text).toContain('（4 个附件）');
    expect(buttonsOf(offer).map((b) => b.data)).toEqual(['fu:new', 'fu:drop']);
    await t.handle(t.u.press(offer, rider, 'fu:new'));
    await t.handle(t.u.privateText(rider, '国定路井盖没了'));
    for (const step of [':ok', ':anon:1'])
      await t.handle(
        t.u.press(
          t.api.lastMessage(rider.id)!,
          rider,
          buttonsOf(t.api.lastMessage(rider.id)).find((b) => b.data?.endsWith(step))!.data!,
        ),
      );
    expect(t.api.lastMessage(rider.id)?.text).toContain('照片 4');
  });

  it('a photo captioned with a question while the offer is open: the question is answered, the photo still joins', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(photo(rider, `asked-${rider.id}-1`));
    const captioned = privateMessage(rider, {
      photo: [
        { file_id: `asked-${rider.id}-2`, file_unique_id: `u-asked-${rider.id}-2`, width: 800, height: 600 },
      ],
      caption: '骑手可以免费体检吗',
    });
    const { shown } = await send(captioned, rider.id);
    expect(shown).toContain('体检');
    expect(shown).not.toContain('反映给支部');
    const dialog = await t.app.deps.store.dialogs.get({
      channel: 'telegram',
      chatId: String(rider.id),
      userId: String(rider.id),
    });
    expect(dialog?.feature).toBe('report-followup');
    expect((dialog?.data as { files: unknown[]; text: string }).files).toHaveLength(2);
    expect((dialog?.data as { text: string }).text).toBe('');
  });

  it('a GIF is a reaction, not offered as a report', async () => {
    const rider = t.u.person(++nextId);
    const { shown } = await send(
      privateMessage(rider, {
        animation: { file_id: 'gif-1', file_unique_id: 'u-gif-1', width: 320, height: 240, duration: 2 },
        document: {
          file_id: 'gif-1',
          file_unique_id: 'u-gif-1',
          file_name: 'lol.mp4',
          mime_type: 'video/mp4',
        },
      }),
      rider.id,
    );
    expect(shown).not.toContain('反映给支部');
  });
});

describe('the bot named under a colleague’s question', () => {
  it('answers that question in the group, not "not understood"', async () => {
    const group = t.u.group(-1003000000416, '美团杨浦骑手群');
    const asker = t.u.person(++nextId);
    const helper = t.u.person(++nextId);
    const question = t.u.groupText(group, asker, '附近哪里能充电');
    await t.handle(question);
    const { shown } = await send(
      t.u.groupText(group, helper, '@waystation_bot', { replyTo: question.message as Message }),
      group.id,
    );
    expect(shown).toContain('充电');
    expect(shown).not.toContain('我没太明白');
  });
});

describe('an emoji alone after an answer', () => {
  it('"👍" is taken as OK and "🙏" as thanks, not asked to type the question; "？？" is still asked', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '附近哪里能充电'));
    expect((await send(t.u.privateText(rider, '👍'), rider.id)).shown).toContain('好嘞');
    expect((await send(t.u.privateText(rider, '👍🏻👍🏻'), rider.id)).shown).toContain('好嘞');
    expect((await send(t.u.privateText(rider, '🙏'), rider.id)).shown).toContain('不客气');
    expect((await send(t.u.privateText(rider, '？？'), rider.id)).shown).toContain('请用文字描述您的问题');
    const english = t.u.person(++nextId, { language_code: 'en' });
    expect((await send(t.u.privateText(english, '👍'), english.id)).shown).not.toContain(
      'type your question',
    );
  });
});

describe('a sticker alone, no report open', () => {
  it('is read by its emoji as the emoji typed is: 👍 is OK, 🙏 thanks; another emoji or none is still not understood', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '附近哪里能充电'));
    expect((await send(sticker(rider, '👍'), rider.id)).shown).toContain('好嘞');
    expect((await send(sticker(rider, '🙏'), rider.id)).shown).toContain('不客气');
    for (const other of ['😂', null]) {
      const { shown } = await send(sticker(rider, other), rider.id);
      expect(shown, String(other)).toContain('我没太明白');
      expect(shown, String(other)).not.toContain('好嘞');
    }
    // In a group, a 👍 sticker under the bot's answer is taken as OK too.
    const group = t.u.group(-1003000000417, '美团杨浦骑手群');
    const question = t.u.groupText(group, rider, '@waystation_bot 哪里能充电');
    await t.handle(question);
    const answer = t.api.lastMessage(group.id)!;
    const update = sticker(rider, '👍');
    Object.assign(update.message!, { chat: group, reply_to_message: answer });
    expect((await send(update, group.id)).shown).toContain('好嘞');
  });
});

describe('a forwarded post', () => {
  const channel = { id: -1005555555555, type: 'channel', title: '区新就业群体党委' };
  it('that asks nothing is asked about, not answered as a question; a forwarded question is still answered', async () => {
    const rider = t.u.person(++nextId);
    const notice = privateMessage(rider, {
      text: '通知：明天暴雨，注意安全',
      forward_origin: { type: 'channel', chat: channel, message_id: 12, date: 1 },
    } as Partial<Message>);
    const { shown } = await send(notice, rider.id);
    expect(shown).toContain('这是转发的内容，您想问什么');
    const asked = privateMessage(rider, {
      text: '附近哪里能充电',
      forward_origin: { type: 'user', sender_user: t.u.person(++nextId), date: 1 },
    } as Partial<Message>);
    const answer = await send(asked, rider.id);
    expect(answer.shown).toContain('充电');
    expect(answer.shown).not.toContain('转发');
  });
});
