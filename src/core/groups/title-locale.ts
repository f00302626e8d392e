/**
 * The language a group gets when /bind names none and it had none before. Not simply the binder's: the
 * group's lessons, notices and cards are read by its workers, and an organiser with an English client made a
 * Chinese street office's group English (QA11 #2). The pack's default language (zh-CN) unless the group's
 * name says otherwise:
 * - Chinese in the name decides the script: traditional characters → zh-TW, else zh-CN;
 * - no Chinese, and English words (two or more, not pinyin: script.ts `writtenIn`) → en, but only when the
 *   organiser binding it uses English too. A Latin name alone is common for Chinese workers' groups (Slack
 *   channels are named `#meituan-riders`), and one word (#general, Riders) says too little;
 * - a name in pinyin, of digits and emoji only, or none: the default.
 *
 *   titleLocale('人民路街道服务群', 'en')         // 'zh-CN'
 *   titleLocale('美蘭網約車司機群', 'zh-CN')      // 'zh-TW'
 *   titleLocale('Meilan Freight Drivers', 'en')  // 'en'
 *   titleLocale('#meituan-riders', 'zh-CN')      // undefined (the default)
 */
import type { Locale } from '../content/schema.js';
import { hasChinese, writtenIn } from '../script.js';

export function titleLocale(title: string | undefined, binder: Locale): Locale | undefined {
  if (!title) return undefined;
  if (hasChinese(title)) return writtenIn(title) === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  return binder === 'en' && writtenIn(title) === 'en' ? 'en' : undefined;
}
