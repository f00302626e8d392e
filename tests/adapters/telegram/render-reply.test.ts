/** A card that answers a worker's message is sent as a Telegram reply to it, and still sent if it is gone. */
import { describe, expect, it } from 'vitest';
import { renderTelegram } from '../../../src/adapters/telegram/render.js';

describe('renderTelegram replyTo', () => {
  it('replies to the message, allowing the send when the message was deleted', () => {
    expect(renderTelegram({ text: ['答复'], replyTo: '42' }).reply_parameters).toEqual({
      message_id: 42,
      allow_sending_without_reply: true,
    });
  });

  it('leaves out a reply to an id that is not a Telegram message id', () => {
    expect(renderTelegram({ text: ['答复'], replyTo: 'u7' })).not.toHaveProperty('reply_parameters');
    expect(renderTelegram({ text: ['答复'] })).not.toHaveProperty('reply_parameters');
  });
});
