/**
 * A chat key (`channel:chatId`) names a chat in bindings, kept questions and notices; reading one back
 * must give the very chat it was made from, whatever the platform's ids look like.
 */
import { describe, expect, it } from 'vitest';
import { chatKey, parseChatKey } from '../../../src/core/ports/groups.js';
import type { Channel } from '../../../src/core/types.js';

describe('chat keys', () => {
  it.each<[Channel, string]>([
    ['telegram', '-1001234567890'], // a supergroup: negative
    ['telegram', '123456789'], // a private chat
    ['slack', 'C024BE91L'],
    ['slack', 'D0123ABCD'],
    ['console', 'riders-meituan'],
    ['console', 'a:b:c'], // a console chat may be named anything, colons included
  ])('%s %s reads back as the same chat', (channel, chatId) => {
    const key = chatKey(channel, chatId);
    expect(key).toBe(`${channel}:${chatId}`);
    expect(parseChatKey(key)).toEqual({ channel, chatId });
  });

  it('the topic or thread comes with the key, never inside it', () => {
    expect(parseChatKey('telegram:-1001234', '42')).toEqual({
      channel: 'telegram',
      chatId: '-1001234',
      threadId: '42',
    });
    expect(parseChatKey('slack:C024BE91L', '1700000000.000100')).toEqual({
      channel: 'slack',
      chatId: 'C024BE91L',
      threadId: '1700000000.000100',
    });
    expect(parseChatKey('slack:C024BE91L', '')).toEqual({ channel: 'slack', chatId: 'C024BE91L' });
  });

  it('a string with no colon is no chat key', () => {
    expect(parseChatKey('-1001234')).toBeUndefined();
    expect(parseChatKey('')).toBeUndefined();
  });
});
