/**
 * A voice note sent outside a report — a question ("附近哪里能充电"), an emergency told aloud ("我同事从楼梯摔下来了")
 * — is heard when an endpoint is configured: transcribed, its words shown back to the worker, then read by every
 * feature as if typed (the emergency numbers, the FAQ, an open report's follow-up). Before this, only the report
 * intake transcribed, and a voice note anywhere else was told "这里暂时听不了语音" even with speech-to-text set up (QA15).
 *
 * Placed first among the features' `onMessage`; it never answers on its own (false), so a voice note it could not
 * read still gets the dispatcher's honest "听不了语音" and stays a file for the follow-up offer.
 */
import { italic } from '../card.js';
import type { Feature, MessageCtx } from '../feature.js';
import { keepTyping } from '../outbox.js';
import type { Attachment } from '../types.js';
import { ellipsis, hasWords, MAX_INPUT } from '../text.js';
import type { ReportsKit } from './kit.js';

/** A voice note, or a file with speech in it (an audio file, a video note): what the transcriber is given. */
export const audible = (a: Attachment): boolean => a.kind === 'voice' || Boolean(a.audible);

/**
 * The words of the voice notes (audio files, video notes) a message with no words of its own brought, shown back to
 * the worker and put in its text, to be read as typed; false when there were none or none could be heard. Also used
 * while the follow-up choice is open (followup.ts), where a voice note was gathered unheard (QA15).
 */
export async function hearVoices(ctx: MessageCtx, kit: ReportsKit): Promise<boolean> {
  const m = ctx.in;
  const voices = (m.attachments ?? []).filter(audible);
  if (!kit.transcribe || !voices.length || hasWords(m.text)) return false;
  const heard: string[] = [];
  const stopTyping = keepTyping(ctx.deps.outbox, m.chat.address);
  try {
    for (const v of voices) {
      const words = await kit.transcribe(ctx.deps, m.chat.address.channel, v.fileId);
      if (words) heard.push(words);
    }
  } finally {
    stopTyping();
  }
  if (!heard.length) return false;
  const words = heard.join('\n').slice(0, MAX_INPUT);
  await ctx.reply({
    text: [
      ctx.t('report-voice-heard'),
      '\n',
      italic(ellipsis(words, 1000)),
      '\n\n',
      ctx.t('voice-heard-hint'),
    ],
  });
  m.text = words;
  return true;
}

async function onMessage(ctx: MessageCtx, kit: ReportsKit): Promise<boolean> {
  await hearVoices(ctx, kit);
  return false;
}

export function voiceHeardFeature(kit: ReportsKit): Feature {
  return { name: 'voice-heard', onMessage: (ctx) => onMessage(ctx, kit) };
}
