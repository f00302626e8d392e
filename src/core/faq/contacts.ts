/**
 * Contacts in a text — phone numbers (and QQ-style numeric ids), web addresses, e-mail addresses and chat
 * handles (WeChat/QQ ids, 公众号 names) — compared loosely, so "021-5566 0801" in an entry and "55660801"
 * in the model's answer are the same number.
 *
 *   foreignContacts('请拨打 13800138000', ['咨询：021-5566 0801']) // → ['13800138000']
 */

export interface Contact {
  kind: 'phone' | 'url' | 'email' | 'handle';
  /** As written. */
  text: string;
  /** Compared form: digits only (phones), lower case without scheme/www/trailing punctuation (the rest). */
  key: string;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const URL_LIKE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'，。；！？、（）()]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|io|top|xyz|info|me|cc|app)\b(?:\/[^\s<>"'，。；！？、（）()]*)?/gi;
/** A run of digits with the separators people write in numbers: at least 5 digits. */
const NUMBER = /\+?\d[\d\s\-–()（）]{3,}\d/g;
const HANDLE =
  /(?:微信号?|wechat|weixin|vx|v信|qq号?|qq群|telegram|tg|whatsapp|line)\s*(?:号|id)?\s*[:：是为]?\s*([a-z0-9][a-z0-9_-]{4,29})/giu;
/** An official account named in quotes: 公众号「杨浦工会」. */
const ACCOUNT = /公众号\s*[「“"]([^」”"]{2,20})[」”"]/gu;
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
export function findContacts(text: string): Contact[] {
  const out: Contact[] = [];
  let rest = text;
  for (const m of text.matchAll(EMAIL)) {
    out.push({ kind: 'email', text: m[0], key: m[0].toLowerCase() });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(URL_LIKE)) {
    out.push({ kind: 'url', text: m[0], key: urlKey(m[0]) });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(HANDLE)) out.push({ kind: 'handle', text: m[0], key: m[1]!.toLowerCase() });
  for (const m of rest.matchAll(ACCOUNT)) out.push({ kind: 'handle', text: m[0], key: m[1]!.toLowerCase() });
  for (const m of rest.matchAll(NUMBER)) {
    const d = digits(m[0]);
    // Dates (2026-03-02), times (8:00–10:30) and amounts (10000 元) are not contacts; 5+ digits in one run are.
    if (d.length < 5 || /^\d{4}-\d{1,2}-\d{1,2}$/.test(m[0].trim())) continue;
    if (UNIT_AFTER.test(rest.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ kind: 'phone', text: m[0].trim(), key: d });
  }
  return out;
}

/** The contacts in `text` that none of `sources` contains (a phone may drop or add its area code). */
export function foreignContacts(text: string, sources: readonly string[]): string[] {
  const known = sources.flatMap(findContacts);
  const phones = known.filter((c) => c.kind === 'phone').map((c) => c.key);
  const plain = sources.join('\n').toLowerCase();
  const others = new Set(known.filter((c) => c.kind !== 'phone').map((c) => c.key));
  return findContacts(text)
    .filter((c) => {
      if (c.kind === 'phone')
        return !phones.some(
          (p) =>
            p === c.key ||
            (Math.min(p.length, c.key.length) >= 7 && (p.endsWith(c.key) || c.key.endsWith(p))),
        );
      return !others.has(c.key) && !plain.includes(c.key);
    })
    .map((c) => c.text);
}
