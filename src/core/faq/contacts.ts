/**
 * Contacts in a text — phone numbers (and QQ-style numeric ids), web addresses, e-mail addresses and chat
 * handles (WeChat/QQ ids, 公众号 names) — compared loosely, so "021-5566 0801" in an entry and "55660801"
 * in the model's answer are the same number.
 *
 *   foreignContacts('请拨打 13800138000', ['咨询：021-5566 0801']) // → ['13800138000']
 */

import { domainToUnicode } from 'node:url';

export interface Contact {
  kind: 'phone' | 'url' | 'email' | 'handle' | 'account';
  /** As written, full-width forms and digits read out in Chinese made plain. */
  text: string;
  /** Compared form: digits only (phones), lower case without scheme/www/trailing punctuation (the rest). */
  key: string;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
/** Top-level domains a bare address is known by. */
const TLD =
  '(?:com|cn|net|org|gov|edu|io|top|xyz|info|me|cc|app|ly|co|tv|vip|shop|site|link|club|wang|ink|im|la|hk|tw|mo)';
/** A top-level domain in its ASCII (punycode) form: "xn--fiqs8s" is .中国. */
const PUNY_TLD = 'xn--[a-z0-9-]+';
const URL_LIKE = new RegExp(
  `\\b(?:https?:\\/\\/|www\\.)[^\\s<>"'，。；！？、（）()]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${TLD}|${PUNY_TLD})\\b(?:\\/[^\\s<>"'，。；！？、（）()]*)?`,
  'gi',
);
/** Chinese top-level domains (.中国, .公司, .网址…): an address may be written in Chinese from end to end. */
const HAN_TLD =
  '(?:中国|中國|公司|网络|網絡|香港|台湾|台灣|澳门|澳門|新加坡|在线|网址|网店|商城|集团|中文网|政务|公益|手机|我爱你|信息|游戏|企业|健康|移动|购物|商标|娱乐|时尚|广东|佛山)';
/**
 * An address in Chinese (例子.中国, 例子.公司/页面): a dot before a Chinese top-level domain, after a name that is not
 * only digits (a numbered line "1.中国…" is no address). Written with a Chinese full stop (政府。中国) it is an address
 * only where nothing Chinese follows, else it is two sentences ("…在中国。中国法律规定…").
 */
const HAN_LABEL = '[\\p{Script=Han}a-z0-9-]*[\\p{Script=Han}a-z][\\p{Script=Han}a-z0-9-]*';
const IDN = new RegExp(
  `${HAN_LABEL}(?:\\.${HAN_LABEL})*(?:\\.${HAN_TLD}(?:\\/[^\\s<>"'，。；！？、（）()]*)?|[。｡]${HAN_TLD}(?![\\p{Script=Han}\\p{L}\\p{N}]))`,
  'giu',
);
/**
 * An address written past a filter: a Chinese full stop or a space before the dot of a domain ("evil。com", "evil .com"),
 * or "at" and "dot" spelled out ("tijian at example dot org", "example dot com", "[at]", "(dot)").
 */
// Case-sensitive, and never a dot then a space: "…at the station. Co-workers" and "the app. Info" are sentences.
const ODD_DOT = new RegExp(`(?<=[a-z0-9])(?:\\s*[。｡]\\s*|\\s+\\.\\s*)(?=${TLD}\\b)`, 'gu');
const SAID_AT = /(?<=[a-z0-9])\s*(?:\s+at\s+|[([]at[)\]])\s*(?=[a-z0-9-]+\s*(?:\s+dot\s+|[([]dot[)\]]))/giu;
const SAID_DOT = new RegExp(`(?<=[a-z0-9])\\s*(?:\\s+dot\\s+|[([]dot[)\\]])\\s*(?=${TLD}\\b)`, 'giu');
/** A run of digits with the separators people write in numbers: at least 5 digits. */
const NUMBER = /\+?\d[\d\s\-–()（）]{3,}\d/g;
/**
 * A short service number said to be called, and every number in a list after it: "打110", "拨打 12345", "call 120",
 * "有事打 120 或 119", "拨打12345或者12333、110" (the one after 或 is as much to be called as the first).
 */
const CALLED = new RegExp(
  '(?:打|拨|致电|呼叫|报警|电话|热线|call|dial|phone|hotline)\\s*[:：]?\\s*(\\d{3,}(?![\\s\\-–()（）]*\\d)' +
    '(?:\\s*(?:或者?|或是|还是|和|及|与|、|/|,|，|or|and)\\s*(?:打|拨打?|call|dial)?\\s*\\d{3,}(?![\\s\\-–()（）]*\\d)(?!\\s*[元块%％万千百人次天年月日号个kKmM米]))*)',
  'giu',
);
/** A chat id after a Chinese name of the app (a Latin id after it is an id, whatever it looks like). */
const HANDLE_ZH =
  /(?:微信号?|薇信|威信|v信|(?<![a-z])(?:vx|wx)|(?<![a-z])qq[号群]?|抖音号?|快手号?)\s*(?:号|id)?\s*[:：是为]?\s*([a-z0-9][a-z0-9_-]{4,29})/giu;
/**
 * A chat id after a Latin name of the app: after a colon, or with a digit or _ in it — "WeChat group" and
 * "line before 8am" are English, not ids.
 */
const HANDLE_LATIN =
  /(?<![a-z])(?:wechat|weixin|telegram|tg|whatsapp|line)(?:\s*id)?(?:\s*[:：]\s*([a-z0-9][a-z0-9_-]{4,29})|\s+((?=[a-z-]*[0-9_])[a-z0-9][a-z0-9_-]{4,29}))/giu;
/** A Telegram-style @username (e-mail addresses are taken out first). */
const AT_NAME = /(?<![\w.])@([a-z][a-z0-9_]{4,31})/giu;
/** Digits read out in Chinese ("一三八…", "幺洞"): five or more in a run are a number, as phones are said. */
const CHINESE_DIGITS =
  /[〇○零一二两三四五六七八九幺洞壹贰叁肆伍陆柒捌玖](?:[\s-]*[〇○零一二两三四五六七八九幺洞壹贰叁肆伍陆柒捌玖0-9]){4,}/gu;
const CHINESE_DIGIT: Record<string, string> = Object.fromEntries(
  ['〇○零洞', '一幺壹', '二两贰', '三叁', '四肆', '五伍', '六陆', '七柒', '八捌', '九玖'].flatMap(
    (chars, digit) => [...chars].map((c) => [c, String(digit)]),
  ),
);

/**
 * The text as contacts are compared: full-width forms made plain (NFKC: "１３８", "ｗｗｗ．", "＠") and digits
 * read out in Chinese made digits, so a number written either way is the same number.
 */
function plainForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CHINESE_DIGITS, (run) => run.replace(/[^\s\-0-9]/gu, (c) => CHINESE_DIGIT[c] ?? c))
    .replace(ODD_DOT, '.')
    .replace(SAID_AT, '@')
    .replace(SAID_DOT, '.');
}
/**
 * An official account, mini program or channel by name: in quotes (公众号「杨浦工会」, 小程序“骑手之家”), or unquoted after
 * a colon or 搜索/关注 (公众号：杨浦骑手之家, 搜索公众号杨浦骑手之家). An unquoted name has no end in Chinese text: it runs
 * to the next punctuation or space, and is compared by its start (ACCOUNT_PREFIX).
 */
const ACCOUNT =
  /(?:公众号|小程序|视频号|服务号)\s*(?:[:：]?\s*[「“"『]([^」”"』]{2,20})[」”"』]|[:：]\s*([^\s，。；！？、,.;!?「」“”"『』（）()]{2,20}))|(?:搜索|搜|关注|添加|加)(?:一下)?(?:微信)?(?:公众号|小程序|视频号|服务号)\s*([^\s，。；！？、,.;!?「」“”"『』（）()]{2,20})/gu;
/** An unquoted account name is the entry's when they begin alike for this many characters (or all of the shorter). */
const ACCOUNT_PREFIX = 4;
/** A number followed by one of these is an amount, a count or a date, not a contact. */
const UNIT_AFTER = /^\s*[元块%％万千百人次天年月日号个kKmM米]/;

const digits = (s: string) => s.replace(/\D/g, '');
/** An address as compared: lower case, no scheme, www or trailing punctuation, its host in Unicode (xn--… read). */
function urlKey(s: string): string {
  const bare = s
    .toLowerCase()
    .replace(/。|｡/gu, '.')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.,;:!?]+$/, '');
  const [host = '', ...path] = bare.split('/');
  const unicode = host.includes('xn--') ? domainToUnicode(host) : host;
  return [unicode || host, ...path].join('/');
}

/** Every contact in a text. */
export function findContacts(written: string): Contact[] {
  const out: Contact[] = [];
  const text = plainForm(written);
  let rest = text;
  for (const m of text.matchAll(EMAIL)) {
    out.push({ kind: 'email', text: m[0], key: m[0].toLowerCase() });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(URL_LIKE)) {
    out.push({ kind: 'url', text: m[0], key: urlKey(m[0]) });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(IDN)) {
    out.push({ kind: 'url', text: m[0], key: urlKey(m[0]) });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(HANDLE_ZH))
    out.push({ kind: 'handle', text: m[0], key: m[1]!.toLowerCase() });
  for (const m of rest.matchAll(HANDLE_LATIN))
    out.push({ kind: 'handle', text: m[0], key: (m[1] ?? m[2])!.toLowerCase() });
  for (const m of rest.matchAll(AT_NAME)) out.push({ kind: 'handle', text: m[0], key: m[1]!.toLowerCase() });
  for (const m of rest.matchAll(ACCOUNT))
    out.push({ kind: 'account', text: m[0], key: (m[1] ?? m[2] ?? m[3])!.toLowerCase() });
  for (const m of rest.matchAll(NUMBER)) {
    const d = digits(m[0]);
    // Dates (2026-03-02), times (8:00–10:30) and amounts (10000 元) are not contacts; 5+ digits in one run are.
    if (d.length < 5 || /^\d{4}-\d{1,2}-\d{1,2}$/.test(m[0].trim())) continue;
    // A mainland mobile number is one whatever follows it ("13800138000号" is no date).
    const mobile = /^(?:86)?1[3-9]\d{9}$/.test(d);
    if (!mobile && UNIT_AFTER.test(rest.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ kind: 'phone', text: m[0].trim(), key: d });
  }
  for (const m of rest.matchAll(CALLED)) {
    const [first, ...more] = m[1]!.match(/\d+/g)!;
    if (!more.length && UNIT_AFTER.test(rest.slice((m.index ?? 0) + m[0].length))) continue;
    // Numbers of five digits or more are read as numbers above; here the short ones.
    for (const key of [first!, ...more].filter((d) => d.length < 5))
      out.push({ kind: 'phone', text: m[0], key });
  }
  return out;
}

/** The contacts in `text` that none of `sources` contains (a phone may drop or add its area code). */
export function foreignContacts(text: string, sources: readonly string[]): string[] {
  const known = sources.flatMap(findContacts);
  const phones = known.filter((c) => c.kind === 'phone').map((c) => c.key);
  const plain = plainForm(sources.join('\n')).toLowerCase();
  const others = new Set(known.filter((c) => c.kind !== 'phone').map((c) => c.key));
  const accounts = known.filter((c) => c.kind === 'account').map((c) => c.key);
  const foreign = findContacts(text)
    .filter((c) => {
      // A short service number (110, 12351) is the entry's when the entry has it anywhere as a number.
      if (c.kind === 'phone' && c.key.length < 5) return !new RegExp(`(?<!\\d)${c.key}(?!\\d)`).test(plain);
      if (c.kind === 'phone')
        return !phones.some(
          (p) =>
            p === c.key ||
            (Math.min(p.length, c.key.length) >= 7 && (p.endsWith(c.key) || c.key.endsWith(p))),
        );
      if (c.kind === 'account') return !accounts.some((a) => sameStart(a, c.key)) && !plain.includes(c.key);
      if (c.kind === 'url' && known.some((k) => k.kind === 'url' && sameChineseAddress(k.key, c.key)))
        return false;
      return !others.has(c.key) && !plain.includes(c.key);
    })
    .map((c) => c.text);
  return [...new Set(foreign)];
}

/** Two account names as written (the unquoted one may run on): alike for ACCOUNT_PREFIX characters, or one whole. */
function sameStart(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= Math.min(ACCOUNT_PREFIX, x.length, y.length);
}

/**
 * Two addresses in Chinese as found (例子.中国): the same after the first dot, and the first names ending alike for two
 * characters — Chinese text has no space before an address, so "上例子.中国" and "访问例子.中国" are one address.
 */
function sameChineseAddress(a: string, b: string): boolean {
  const [la = '', ra] = splitAt(a, '.');
  const [lb = '', rb] = splitAt(b, '.');
  if (ra !== rb || !/\p{Script=Han}$/u.test(la) || !/\p{Script=Han}$/u.test(lb)) return false;
  const [x, y] = [[...la].reverse(), [...lb].reverse()];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= Math.min(2, x.length, y.length);
}

function splitAt(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
