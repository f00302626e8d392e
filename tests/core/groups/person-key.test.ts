/**
 * A person key (`channel:userId`) names who voted, asked, reported or acted on a ticket; reading one back must
 * give the very person it was made from, whatever the platform's ids look like, and a ticket's own reporter
 * must be recognised in its events.
 */
import { describe, expect, it } from 'vitest';
import { parsePersonKey, personKey } from '../../../src/core/ports/groups.js';
import type { Channel } from '../../../src/core/types.js';

describe('person keys', () => {
  it.each<[Channel, string]>([
    ['telegram', '123456789'],
    ['slack', 'U024BE7LH'],
    ['console', 'alice'],
    ['console', 'a:b'], // a console user may be named anything, colons included
    ['telegram', '-'], // a reporter anonymised by retention
  ])('%s %s reads back as the same person', (channel, userId) => {
    const key = personKey(channel, userId);
    expect(key).toBe(`${channel}:${userId}`);
    expect(parsePersonKey(key)).toEqual({ channel, userId });
  });

  it('the same person on two platforms has two keys', () => {
    expect(personKey('telegram', '42')).not.toBe(personKey('slack', '42'));
  });

  it('"system" (a ticket event no one did) is no person key', () => {
    expect(parsePersonKey('system')).toBeUndefined();
    expect(parsePersonKey('')).toBeUndefined();
  });
});
