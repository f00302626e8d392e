/**
 * Contacts in a text — phone numbers (and QQ-style numeric ids), web addresses, e-mail addresses and chat
 * handles (WeChat/QQ ids, 公众号 names) — compared loosely, so "021-5566 0801" in an entry and "55660801"
 * in the model's answer are the same number.
 *
 *   foreignContacts('请拨打 13800138000', ['咨询：021-5566 0801']) // → ['13800138000']
 */

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
const URL_LIKE = new RegExp(
  `\\b(?:https?:\\/\\/|www\\.)[^\\s<>"'，。；！？、（）()]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.${TLD}\\b(?:\\/[^\\s<>"'，。；！？、（）()]*)?`,
  'gi',
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
/** A short service number said to be called: "打110", "拨打 12345", "call 120". */
const CALLED =
  /(?:打|拨|致电|呼叫|报警|电话|热线|call|dial|phone|hotline)\s*[:：]?\s*(\d{3,4})(?![\s\-–()（）]*\d)/giu;
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
const urlKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.,;:!?]+$/, '');

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
    if (UNIT_AFTER.test(rest.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ kind: 'phone', text: m[0], key: m[1]! });
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
  return findContacts(text)
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
      return !others.has(c.key) && !plain.includes(c.key);
    })
    .map((c) => c.text);
}

/** Two account names as written (the unquoted one may run on): alike for ACCOUNT_PREFIX characters, or one whole. */
function sameStart(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= Math.min(ACCOUNT_PREFIX, x.length, y.length);
}
