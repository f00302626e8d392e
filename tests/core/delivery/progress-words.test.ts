/**
 * The progress message names the chats as the organiser reading it calls them (QA27 #1): 频道 / 頻道 / channels on
 * Slack, 群 / groups on Telegram and the console — in its totals, the expired form and the failure reasons.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/card.js';
import type { BroadcastStatus } from '../../../src/core/delivery/engine.js';
import { progressCard } from '../../../src/core/delivery/progress.js';
import { loadI18n, type Locale } from '../../../src/core/i18n.js';
import type { Channel } from '../../../src/core/types.js';

const i18n = loadI18n(resolve(import.meta.dirname, '../../../locales'));

/** A notice to 3 chats: 1 sent, 1 refused (the bot was removed), 1 not sent before the notice's end. */
const status: BroadcastStatus = {
  id: 'notice:n1',
  kind: 'notice',
  total: 3,
  sent: 1,
  failed: [{ chat: 'x:1', reason: 'forbidden' }],
  pending: 0,
  cancelled: 1,
  unsure: 0,
  cancelReason: 'expired',
  refs: {},
  outcomes: {},
  createdAt: 0,
};

const shown = (locale: Locale, platform: Channel) =>
  plainText(progressCard(i18n, locale, { title: '📢 #n1', status, platform }));

describe('the progress message’s word for a chat', () => {
  it('is a channel on Slack, in each language', () => {
    expect(shown('zh-CN', 'slack')).toContain('已过期未发 1（共 3 个频道）');
    expect(shown('zh-CN', 'slack')).toContain('机器人已被移出频道或无权发言');
    expect(shown('zh-TW', 'slack')).toContain('（共 3 個頻道）');
    expect(shown('en', 'slack')).toContain('(of 3 channels)');
    for (const locale of ['zh-CN', 'zh-TW'] as const) expect(shown(locale, 'slack')).not.toContain('群');
    expect(shown('en', 'slack')).not.toMatch(/\bgroups?\b/);
  });

  it('is a group on Telegram and the console', () => {
    for (const platform of ['telegram', 'console'] as const) {
      expect(shown('zh-CN', platform)).toContain('（共 3 个群）');
      expect(shown('zh-CN', platform)).toContain('机器人已被移出群或无权发言');
      expect(shown('zh-TW', platform)).toContain('（共 3 個群）');
      expect(shown('en', platform)).toContain('(of 3 groups)');
      expect(shown('zh-CN', platform)).not.toContain('频道');
    }
  });
});
