/**
 * A post forwarded to the bot with no question in it ("通知：明天暴雨，注意安全", a channel's notice) was answered as a
 * question, with whatever FAQ entry shared its words (QA15). Forwarded words are someone else's: when they ask nothing
 * the worker is asked what they want to know about them. A forwarded question ("人民路驿站几点关门？") is still answered,
 * and danger in forwarded words still gets the emergency numbers (the FAQ's own path). Only words alone: a forwarded
 * photo or file goes on as any file does (the report offer).
 */
import type { Feature, MessageCtx } from '../feature.js';
import { hasWords } from '../text.js';
import { asks } from './told.js';

export function forwardedFeature(options: { emergency: (text: string) => boolean }): Feature {
  return {
    name: 'faq-forwarded',
    async onMessage(ctx: MessageCtx): Promise<boolean> {
      const m = ctx.in;
      if (!m.forwarded || m.command || m.attachments?.length || m.location || !hasWords(m.text)) return false;
      if (asks(m.text) || options.emergency(m.text)) return false;
      await ctx.reply({ text: [ctx.t('faq-forwarded-post')] });
      return true;
    },
  };
}
