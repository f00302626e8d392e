/**
 * Voice notes in the report intake, end to end on Telegram: the real app, real Redis, the real grammY
 * adapter against the Bot API stand-in (getFile + the file download), and the real `openai` client
 * against the OpenAI stand-in (`POST /audio/transcriptions`, multipart). With an endpoint the voice note
 * is transcribed and its words become the report's text; the voice note is kept as evidence either way.
 */
import type { Update, User } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { waitFor } from '../../helpers/wait.js';

/** A few bytes that start like an Ogg file (the stand-ins do not decode audio). */
const OGG = Buffer.concat([Buffer.from('OggS\0\x02', 'latin1'), Buffer.alloc(2048, 7)]);
const SPOKEN = '国定路有个井盖没了，晚上很危险，已经有人摔倒了';

let fake: FakeOpenAI;
let t: TelegramTestApp;
let offline: TelegramTestApp;

beforeAll(async () => {
  fake = await startFakeOpenAI(() => ({
    content: JSON.stringify({ category: 'road-hazard', urgency: 'urgent', summary: '国定路井盖缺失' }),
  }));
  t = await createTelegramTestApp({
    openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' },
  });
  offline = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
  await offline?.close();
  await fake?.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.transcriptions.length = 0;
  fake.setTranscriber(() => ({ text: SPOKEN }));
});

let nextId = 8800;
const worker = (app: TelegramTestApp): User => app.u.person(++nextId);

/** Press the button whose callback data ends with `suffix` on the bot's newest message to `user`. */
async function press(app: TelegramTestApp, user: User, suffix: string): Promise<void> {
  const message = app.api.lastMessage(user.id);
  const button = buttonsOf(message).find((b) => b.data?.endsWith(suffix));
  if (!message || !button?.data)
    throw new Error(`no button ending "${suffix}" on: ${message?.text ?? 'no message'}`);
  await app.handle(app.u.press(message, user, button.data));
}

/** /report in private, a voice note, then: the proposed category, anonymous, submit. */
async function reportByVoice(app: TelegramTestApp, user: User, fileId: string) {
  const mark = app.api.mark();
  await app.handle(app.u.privateText(user, '/report'));
  await app.handle(app.u.privateVoice(user, fileId));
  const afterVoice = app.api.shownTexts(mark);
  if (buttonsOf(app.api.lastMessage(user.id)).some((b) => b.data?.endsWith(':ok'))) {
    await press(app, user, ':ok');
  } else {
    // Voice that could not be read: the worker picks the category themselves.
    await press(app, user, ':cats');
    await press(app, user, ':cat:other');
  }
  await press(app, user, ':anon:1');
  const confirm = app.api.lastMessage(user.id)?.text ?? '';
  await press(app, user, ':submit');
  const shown = app.api.shownTexts(mark).join('\n');
  const id = /JN-\d{4}-\d{6}/.exec(shown)?.[0];
  if (!id) throw new Error(`no ticket number in:\n${shown}`);
  const ticket = (await app.app.deps.store.tickets.get(id))!;
  return { afterVoice, confirm, ticket };
}

async function transcribeFallbacks(app: TelegramTestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const v of (await app.app.deps.metrics.llmFallbacks.get()).values)
    if (v.labels.job === 'transcribe') out[String(v.labels.reason)] = v.value;
  return out;
}

describe('voice notes in the report intake', () => {
  it('with an endpoint, a voice note is transcribed: the ticket text is the transcript, the voice kept as evidence', async () => {
    const user = worker(t);
    const path = t.api.addFile('voice-ok', OGG);
    const before = await transcribeFallbacks(t);
    const { afterVoice, confirm, ticket } = await reportByVoice(t, user, 'voice-ok');

    // The bytes travelled from Telegram to the endpoint through getFile and the file download.
    expect(t.api.callsOf('getFile')).toContainEqual(expect.objectContaining({ file_id: 'voice-ok' }));
    expect(t.api.downloads).toContain(path);
    // While the voice note is transcribed the worker sees "typing…".
    expect(t.api.callsOf('sendChatAction')).toContainEqual(
      expect.objectContaining({ chat_id: user.id, action: 'typing' }),
    );
    expect(fake.transcriptions).toHaveLength(1);
    const req = fake.transcriptions[0]!;
    expect(req.model).toBe('whisper-1');
    expect(req.file).toMatchObject({ name: 'voice-ok.oga', type: 'audio/ogg' });
    expect(req.file.data.equals(OGG)).toBe(true);

    // The worker is told what was heard, then the category proposed from those words.
    const heard = afterVoice.findIndex((s) => s.includes('我从语音里听到的是'));
    expect(heard).toBeGreaterThanOrEqual(0);
    expect(afterVoice[heard]).toContain(SPOKEN);
    expect(afterVoice[heard]).toContain('重新填写');
    expect(afterVoice.slice(heard + 1).some((s) => s.includes('道路'))).toBe(true);
    expect(JSON.parse(fake.requests.at(-1)!.messages.find((m) => m.role === 'user')!.content)).toEqual({
      report: SPOKEN,
    });
    // The summary to confirm shows the words again, so a mishearing can still be corrected.
    expect(confirm).toContain(SPOKEN);

    expect(ticket).toMatchObject({
      text: SPOKEN,
      category: 'road-hazard',
      evidence: [{ kind: 'voice', fileId: 'voice-ok' }],
    });
    expect(await transcribeFallbacks(t)).toEqual(before);
  });

  it('when the transcription endpoint fails, the report still goes through with the voice as evidence and the fallback is counted', async () => {
    fake.setTranscriber(() => ({ status: 500 }));
    const user = worker(t);
    t.api.addFile('voice-500', OGG);
    const before = (await transcribeFallbacks(t)).error ?? 0;
    const { afterVoice, ticket } = await reportByVoice(t, user, 'voice-500');

    expect(fake.transcriptions).toHaveLength(1);
    expect(afterVoice.some((s) => s.includes('没能转成文字'))).toBe(true);
    // Nothing was heard, so nothing is "understood": no proposed category from an empty text.
    expect(afterVoice.some((s) => s.includes('我理解'))).toBe(false);
    expect(afterVoice.some((s) => s.includes('再发一行文字'))).toBe(true);
    expect(ticket).toMatchObject({ text: '', evidence: [{ kind: 'voice', fileId: 'voice-500' }] });
    expect((await transcribeFallbacks(t)).error).toBe(before + 1);
  });

  it('when the voice note cannot be fetched, nothing is sent to the endpoint and the fallback is counted', async () => {
    const user = worker(t);
    // Never registered: getFile answers "invalid file_id".
    const before = (await transcribeFallbacks(t)).unavailable ?? 0;
    const { ticket } = await reportByVoice(t, user, 'voice-gone');

    expect(fake.transcriptions).toHaveLength(0);
    expect(ticket).toMatchObject({ text: '', evidence: [{ kind: 'voice', fileId: 'voice-gone' }] });
    expect((await transcribeFallbacks(t)).unavailable).toBe(before + 1);
  });

  it('without an endpoint, the voice note is kept as evidence and nothing is fetched or transcribed', async () => {
    const user = worker(offline);
    offline.api.addFile('voice-offline', OGG);
    const { afterVoice, ticket } = await reportByVoice(offline, user, 'voice-offline');

    expect(offline.api.callsOf('getFile')).toHaveLength(0);
    expect(offline.api.downloads).toHaveLength(0);
    expect(fake.transcriptions).toHaveLength(0);
    expect(afterVoice.some((s) => s.includes('听到') || s.includes('转成文字'))).toBe(false);
    // Said honestly, asked for a line of text, and no pretend classification.
    expect(afterVoice.join('\n')).toContain('这里暂时听不了语音');
    expect(afterVoice.join('\n')).toContain('已作为证据保存');
    expect(afterVoice.some((s) => s.includes('我理解'))).toBe(false);
    expect(ticket).toMatchObject({ text: '', evidence: [{ kind: 'voice', fileId: 'voice-offline' }] });
    expect(await transcribeFallbacks(offline)).toEqual({});
  });

  it('without an endpoint, a voice note and then a line of text: the text is classified, the voice kept', async () => {
    const user = worker(offline);
    await offline.handle(offline.u.privateText(user, '/report'));
    await offline.handle(offline.u.privateVoice(user, 'voice-then-text'));
    const mark = offline.api.mark();
    await offline.handle(offline.u.privateText(user, '国定路井盖没了，很危险'));
    expect(offline.api.shownTexts(mark).join('\n')).toContain('我理解');
    await press(offline, user, ':ok');
    await press(offline, user, ':anon:1');
    await press(offline, user, ':submit');
    const id = /JN-\d{4}-\d{6}/.exec(offline.api.shownTexts(mark).join('\n'))![0];
    expect(await offline.app.deps.store.tickets.get(id)).toMatchObject({
      text: '国定路井盖没了，很危险',
      evidence: [{ kind: 'voice', fileId: 'voice-then-text' }],
    });
  });

  it('with an endpoint, a voice note outside a report is heard: shown back, then answered as if typed', async () => {
    const user = worker(t);
    t.api.addFile('voice-ask', OGG);
    fake.setTranscriber(() => ({ text: '附近哪里有充电的地方' }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'voice-ask'));
    const shown = t.api.shownTexts(mark);
    expect(shown[0]).toContain('我从语音里听到的是');
    expect(shown[0]).toContain('附近哪里有充电的地方');
    expect(shown.join('\n')).toContain('充电');
    expect(shown.join('\n')).not.toContain('听不了语音');
  });

  it('with an endpoint, an emergency told in a voice note outside a report gets the emergency numbers', async () => {
    const user = worker(t);
    t.api.addFile('voice-sos', OGG);
    fake.setTranscriber(() => ({ text: '我同事从楼梯摔下来了 头在流血' }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'voice-sos'));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('我同事从楼梯摔下来了');
    expect(shown).toContain('120');
    expect(shown).not.toContain('听不了语音');
  });

  it('an emergency told by voice and filed with one tap keeps the voice note as evidence', async () => {
    const user = worker(t);
    t.api.addFile('voice-sos-file', OGG);
    fake.setTranscriber(() => ({ text: '我同事从楼梯摔下来了 头在流血' }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'voice-sos-file'));
    await press(t, user, ':file');
    const id = /JN-\d{4}-\d{6}/.exec(t.api.shownTexts(mark).join('\n'))?.[0];
    expect(id).toBeDefined();
    const ticket = (await t.app.deps.store.tickets.get(id!))!;
    expect(ticket.urgency).toBe('emergency');
    expect(ticket.text).toContain('头在流血');
    expect(ticket.evidence).toEqual([expect.objectContaining({ kind: 'voice', fileId: 'voice-sos-file' })]);
  });

  it('with a report open, an emergency told by voice gets the numbers before the add-to-report choice', async () => {
    const user = worker(t);
    t.api.addFile('voice-first', OGG);
    await reportByVoice(t, user, 'voice-first');
    t.api.addFile('voice-sos-open', OGG);
    fake.setTranscriber(() => ({ text: '我同事从楼梯摔下来了 头在流血' }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'voice-sos-open'));
    const shown = t.api.shownTexts(mark);
    const numbers = shown.findIndex((s) => s.includes('120'));
    const choice = shown.findIndex((s) => s.includes('要补充进去吗'));
    expect(numbers).toBeGreaterThanOrEqual(0);
    expect(choice).toBeGreaterThan(numbers);
  });

  it('with an endpoint that fails, a voice note outside a report is still answered honestly', async () => {
    const user = worker(t);
    t.api.addFile('voice-down', OGG);
    fake.setTranscriber(() => ({ status: 503 }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'voice-down'));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('听不了语音');
    expect(shown).toContain('/report');
  });

  it('a voice note outside a report is answered honestly, not with "not understood"', async () => {
    const user = worker(offline);
    const mark = offline.api.mark();
    await offline.handle(offline.u.privateVoice(user, 'voice-chat'));
    const shown = offline.api.shownTexts(mark).join('\n');
    expect(shown).toContain('这里暂时听不了语音');
    expect(shown).toContain('/report');
    expect(shown).not.toContain('我没太明白');
  });
});

describe('audio files, video notes, and voice while the follow-up choice is open (QA15)', () => {
  let n = 90_000;
  /** A private message carrying `body` (an audio file, a video note, a photo) from `user`. */
  const carrying = (app: TelegramTestApp, user: User, body: Record<string, unknown>) =>
    ({
      update_id: ++n,
      message: {
        message_id: n,
        date: Math.floor(Date.now() / 1000),
        chat: app.u.privateChat(user),
        from: user,
        ...body,
      },
    }) as Update;
  const audioFile = (fileId: string) => ({
    audio: {
      file_id: fileId,
      file_unique_id: `u-${fileId}`,
      duration: 5,
      mime_type: 'audio/mpeg',
      file_name: 'a.mp3',
    },
  });
  const videoNote = (fileId: string) => ({
    video_note: { file_id: fileId, file_unique_id: `u-${fileId}`, length: 240, duration: 5 },
  });

  it('an audio file telling of an emergency is heard and gets the numbers', async () => {
    const user = worker(t);
    t.api.addFile('audio-sos', OGG, { path: 'music/audio-sos.mp3' });
    fake.setTranscriber(() => ({ text: '我同事从楼梯摔下来了 头在流血' }));
    const mark = t.api.mark();
    await t.handle(carrying(t, user, audioFile('audio-sos')));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('我从语音里听到的是');
    expect(shown).toContain('120');
    expect(fake.transcriptions.map((r) => r.file.name)).toEqual(['audio-sos.mp3']);
  });

  it('a video note in a report is heard: its words are the report, the video kept as evidence', async () => {
    const user = worker(t);
    t.api.addFile('note-report', OGG, { path: 'video_notes/note-report.mp4' });
    await t.handle(t.u.privateText(user, '/report'));
    const mark = t.api.mark();
    await t.handle(carrying(t, user, videoNote('note-report')));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('国定路有个井盖没了');
    expect(shown).toContain('道路隐患');
  });

  it('a voice note while the photo offer is open is heard: its words join what waits', async () => {
    const user = worker(t);
    await t.handle(
      carrying(t, user, {
        photo: [{ file_id: 'fu-photo', file_unique_id: 'u-fu-photo', width: 8, height: 6 }],
      }),
    );
    expect(t.api.lastMessage(user.id)?.text).toContain('反映给支部');
    t.api.addFile('fu-voice', OGG);
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'fu-voice'));
    const shown = t.api.shownTexts(mark);
    expect(shown[0]).toContain('我从语音里听到的是');
    expect(shown.at(-1)).toContain('国定路有个井盖没了');
    expect(buttonsOf(t.api.lastMessage(user.id)).map((b) => b.data)).toContain('fu:new');
  });

  it('a voice note asking a question while the offer is open is answered as a typed one would be, not gathered into the offer', async () => {
    const user = worker(t);
    await t.handle(
      carrying(t, user, {
        photo: [{ file_id: 'fu-photo-2', file_unique_id: 'u-fu-photo-2', width: 8, height: 6 }],
      }),
    );
    t.api.addFile('fu-ask', OGG);
    fake.setTranscriber(() => ({ text: '附近哪里有充电的地方' }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'fu-ask'));
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('我从语音里听到的是');
    expect(shown).toContain('驿站');
    // A question of its own, as when typed: not gathered into what waits, so the offer is not asked again with it.
    expect(shown).not.toContain('反映给支部');
  });
});

describe('a slow transcription (QA15)', () => {
  const typingTo = (chatId: number) =>
    t.api.callsOf('sendChatAction').filter((p) => Number(p.chat_id) === chatId).length;

  it('"typing…" is said again while the words are awaited, outside a report and in one', async () => {
    for (const inReport of [false, true]) {
      const user = worker(t);
      t.api.addFile(`voice-slow-${inReport}`, OGG);
      if (inReport) await t.handle(t.u.privateText(user, '/report'));
      // The endpoint answers only once the worker has been shown "typing…" a second time.
      fake.setTranscriber(async () => {
        await waitFor(() => typingTo(user.id) >= 2, 'a second "typing…"', 15_000);
        return { text: SPOKEN };
      });
      const mark = t.api.mark();
      await t.handle(t.u.privateVoice(user, `voice-slow-${inReport}`));
      expect(t.api.shownTexts(mark).join('\n')).toContain('我从语音里听到的是');
      expect(typingTo(user.id)).toBeGreaterThanOrEqual(2);
    }
  }, 30_000);
});

describe('"补充到" after danger told with a report open (QA15)', () => {
  it('the numbers are shown once, before the choice, not again on the press; the report is still raised', async () => {
    const user = worker(t);
    t.api.addFile('voice-twice-first', OGG);
    const { ticket } = await reportByVoice(t, user, 'voice-twice-first');
    t.api.addFile('voice-twice-sos', OGG);
    fake.setTranscriber(() => ({ text: '我同事从楼梯摔下来了 头在流血' }));
    const mark = t.api.mark();
    await t.handle(t.u.privateVoice(user, 'voice-twice-sos'));
    await press(t, user, `fu:add:${ticket.id}`);
    const shown = t.api.shownTexts(mark);
    expect(shown.filter((s) => s.includes('120 急救'))).toHaveLength(1);
    const edits = t.api.callsOf('editMessageText').map((p) => String(p.text));
    expect(edits.some((e) => e.includes(`已补充到 ${ticket.id}`))).toBe(true);
    expect((await t.app.deps.store.tickets.get(ticket.id))?.urgency).toBe('emergency');
  });
});
