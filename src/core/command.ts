/**
 * Commands as people type them in chat: `/name args` or `/name@botname args`. Shared by the adapters
 * that use this syntax (Telegram, console); Slack slash commands arrive already split.
 */
export interface ParsedCommand {
  name: string;
  args: string;
  /** False when the command names another bot (`/help@otherbot`). */
  forUs: boolean;
  /** True when the command names this bot explicitly. */
  mentionsUs: boolean;
}

/** Full-width ASCII (what a Chinese input method types: ／ｒｅｐｏｒｔ) as plain ASCII. */
export const halfWidth = (s: string): string =>
  s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Commands typed in Chinese (/举报, /帮助): chat platforms only offer Latin command names, but a worker
 * who reads the Chinese menu types what it says. zh-CN and zh-TW forms of the commands workers use.
 */
const CHINESE_NAMES: Record<string, string> = {
  举报: 'report',
  舉報: 'report',
  反映: 'report',
  投诉: 'report',
  投訴: 'report',
  求助: 'report',
  帮助: 'help',
  幫助: 'help',
  取消: 'cancel',
  驿站: 'stations',
  驛站: 'stations',
  提问: 'ask',
  提問: 'ask',
  我的反映: 'mytickets',
  通知: 'notice',
  发通知: 'notice',
  發通知: 'notice',
  统计: 'stats',
  統計: 'stats',
};

/**
 * Other English words people type for a command (/broadcast for /notice, /menu for /help): offered as
 * "did you mean", like a typo, never run on their own.
 */
export const COMMAND_WORDS: Readonly<Record<string, string>> = {
  broadcast: 'notice',
  announce: 'notice',
  announcement: 'notice',
  notify: 'notice',
  menu: 'help',
  commands: 'help',
  question: 'ask',
  faq: 'ask',
  tickets: 'mytickets',
  status: 'mytickets',
  complain: 'report',
  complaint: 'report',
  problem: 'report',
  dashboard: 'board',
  web: 'board',
  unanswered: 'gaps',
  lessons: 'schedule',
  lesson: 'schedule',
  course: 'schedule',
  statistics: 'stats',
  figures: 'stats',
};

export function parseCommand(text: string, botUsername: string | undefined): ParsedCommand | undefined {
  // Only the command word is folded; the arguments stay as typed.
  const typed = text
    .trim()
    .replace(/^[/／][^\s]*/u, halfWidth)
    .replace(/^\/(\p{Script=Han}+)(?=\s|$)/u, (w, name: string) =>
      CHINESE_NAMES[name] ? `/${CHINESE_NAMES[name]}` : w,
    );
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(typed);
  if (!m) return undefined;
  const target = m[2]?.toLowerCase();
  const us = botUsername?.toLowerCase();
  return {
    name: m[1]!.toLowerCase(),
    args: (m[3] ?? '').trim(),
    forUs: !target || target === us,
    mentionsUs: !!target && target === us,
  };
}

/** Remove `@botname` mentions of this bot from free text (the question is what remains). */
export function stripMention(
  text: string,
  botUsername: string | undefined,
): { text: string; mentioned: boolean } {
  if (!botUsername) return { text, mentioned: false };
  const re = new RegExp(`@${botUsername.replace(/[^A-Za-z0-9_]/g, '')}\\b`, 'gi');
  const mentioned = re.test(text);
  return { text: mentioned ? text.replace(re, ' ').replace(/\s+/g, ' ').trim() : text, mentioned };
}
