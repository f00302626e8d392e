/**
 * The one masking module: phone numbers, ID numbers and tokens out of every text a person or a log
 * sees. Used by the logger, triage views, relays, exports and the FAQ gap log.
 *
 *   maskText('电话 １３８-5716.2439')  // → '电话 138****2439'
 *
 * Numbers are found on a normalised copy (full-width digits and separators folded to ASCII, same
 * length, so positions carry over) and may have a separator between any two digits: spaces, dashes,
 * dots. A mobile, landline or ID number is also read in Chinese numerals (一三八…, 幺三八…, 壹叁捌…, 零二一…, mixed
 * with digits), and a mobile with its groups on separate lines, tab-separated or between slashes — mobiles only: dates, amounts and IDs
 * are written that way too; an 18-digit ID across lines is read only when it has a birth date where an ID has one.
 * Digits of other scripts (Arabic-Indic ٠-٩, ۰-۹, circled ①…⑨, parenthesised ⑴…, mathematical 𝟏𝟙𝟣𝟭𝟷…) count as digits. What is kept (the first three and last four digits, a landline's area code)
 * cannot rebuild the number. Mask before cutting: a cut number no longer looks like one, which is why a
 * digit run that ends in "…" is masked too.
 */

/**
 * One optional separator between digits (already folded to ASCII), or a dash or dot with a space either side
 * ("138 - 5716 - 2439"). Not two spaces: that is how two numbers in a row are told apart.
 */
const S = '(?:[ \\-.·\\u00a0]| [\\-.·] )?';
/** n more digits, each possibly after a separator. */
const more = (n: number) => `(?:${S}\\d){${n}}`;

/** +86 / 0086 / 86 / (+86) before a mobile number. */
const CC = `(?:(?:\\+|00)?86[ \\-]?|\\(\\+?86\\) ?)?`;
/** 6-8-4 (the 8 also as 4-4), 6-6-3 and 3-4-4: the groupings people write these numbers in. */
const ID18 = `[1-9]\\d{5}${S}\\d{4}${S}\\d{4}${S}\\d{3}[\\dXx]`;
const ID15 = `[1-9]\\d{5}${S}\\d{6}${S}\\d{3}`;
const MOBILE = `1[3-9]\\d${S}\\d{4}${S}\\d{4}`;
/** Area code, then (after a separator or parentheses) 7–8 digits starting 2–9; or all of it in one run. */
const LANDLINE = `(?:(?:\\(0[1-9]\\d{1,2}\\) ?|0[1-9]\\d{1,2}[ \\-])[2-9]\\d{2,3}[ \\-]?\\d{4}|0[1-9]\\d{1,2}[2-9]\\d{6,7})`;

/**
 * Taiwan: a mobile 09 and eight digits, often as 4-3-3 (or +886 9 and eight digits); Hong Kong and Macau mobiles only
 * with their country code. Never after a letter, digit or dash: JN-0900-000000 is a ticket number.
 */
const TW_MOBILE = `(?:(?:\\+|00)?886[ \\-]?|\\(\\+?886\\) ?|0)9\\d{2}${S}\\d{3}${S}\\d{3}`;
const HK_MOBILE = `(?:\\+|00)?85[23][ \\-]?[5-9]\\d{3}${S}\\d{4}`;
/** Taiwan (A123456789, residents A800000014) and Hong Kong (A123456(7)) identity card numbers. */
const TW_ID = `(?<![A-Za-z])[A-Za-z][1289]\\d{8}`;
const HK_ID = `(?<![A-Za-z])[A-Za-z]{1,2}\\d{6} ?\\([\\dAa]\\)`;

const NUMBER = new RegExp(
  `(?<!\\d)(?:(?<id18>${ID18})|${CC}(?<mobile>${MOBILE})|(?<id15>${ID15})|(?<![\\w-])(?<abroad>${TW_MOBILE}|${HK_MOBILE})|(?<landline>${LANDLINE}))(?!\\d)|(?<card>${TW_ID}|${HK_ID})(?!\\d)`,
  'g',
);
/**
 * A bank card number, 16–19 digits (in groups of four or not), when it is called one (银行卡, 卡号, card): a bare
 * run that long is more often an order number a secretary needs.
 */
const BANK_CARD = new RegExp(
  `((?:银行卡|銀行卡|卡号|卡號|(?:bank )?card(?: number| no\\.?)?)\\s*(?:号码?|號碼?|是|為|为|:|is)?\\s*)(\\d(?:${S}\\d){15,18})(?!\\d)`,
  'gi',
);
/**
 * A mobile number split anywhere ("1 3 8 5 7 1 6 4 4 3 9", "13-857-164-439"): accepted only when one
 * separator is used throughout and no group is longer than four digits, so prices, dates, times and
 * ticket numbers written next to each other are left alone. Never the tail of a longer run (an ID number
 * cut short, "100000 1300 0000 000…"): that run is masked whole as a cut number.
 */
const LOOSE_MOBILE = new RegExp(`(?<!\\d${S})1${S}[3-9](?:${S}\\d){9}(?!\\d)`, 'g');
/**
 * An 18-digit ID number read out in even groups ("1101 0119 9003 0785 15", "110 101 199…"): one separator
 * throughout, every group but the last of three or of four digits. The 6-8-4 forms are in NUMBER; this one runs
 * first, so no landline is found inside it.
 */
const LOOSE_ID = new RegExp(`(?<!\\d${S})[1-9](?:${S}\\d){16}${S}[\\dXx](?![\\dXx])`, 'g');
function groupedLikeAnId(run: string): boolean {
  const groups = run.split(/[^\dXx]+/);
  const size = groups[0]?.length ?? 0;
  return (
    new Set(run.replace(/[\dXx]/g, '')).size <= 1 &&
    (size === 3 || size === 4) &&
    groups.every((g, i) => (i < groups.length - 1 ? g.length === size : g.length <= size))
  );
}
/**
 * An 18-digit ID number across lines ("110105199\n003071234", "11010519900307\n1234", 6-8-4 a line each): nothing
 * but line breaks (spaces or tabs beside them) or single spaces between its digits, a line break at least once, and
 * a birth date where an ID has one (1900–2029, a real month and day). Lines of order counts, times and amounts do
 * not have all that; a mobile's groups on lines ("150\n2000\n3000") are WRITTEN_MOBILE's.
 */
const LINE_BREAK = '[ \\t]*(?:\\r\\n|\\n|\\r)[ \\t]*';
const LINED_ID = new RegExp(
  `(?<!\\d${S})[1-9](?:(?:${LINE_BREAK}| )?\\d){16}(?:${LINE_BREAK}| )?[\\dXx](?! ?\\d)`,
  'g',
);
/** The head of an ID number across lines, cut by an ellipsis (a line break in it, five digits or more). */
const CUT_LINED = new RegExp(
  `(?<![\\d*]${S})[1-9](?:(?:${LINE_BREAK}| )?\\d){4,16}(?:${LINE_BREAK}| )?(?=…|\\.\\.\\.)`,
  'g',
);
function linedLikeAnId(run: string): boolean {
  return /[\n\r]/.test(run) && bornLikeAnId(run);
}
/** A birth date where an 18-digit ID has one (1900–2029, a real month and day). */
function bornLikeAnId(run: string): boolean {
  const born = digitsOf(run).slice(6, 14);
  return /^(?:19\d\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(born);
}
/**
 * Between the groups of a mobile number only (3-4-4, "138/5716/2439", one group a line): a line break, a tab or a
 * slash, spaces around it allowed. Not for other numbers: dates (2026/05/12), amounts and IDs are written so too.
 */
const BREAK = '(?:[ \\t]*(?:\\r?\\n|\\r|\\t|/)[ \\t]*)';
/** Any one separator of a mobile number's groups: S's, or a BREAK. */
const GROUP_SEP = `(?:${BREAK}|[ \\-.·\\u00a0]| [\\-.·] )?`;
const WRITTEN_CC = `(?:(?:\\+|00)?86${GROUP_SEP}|\\(\\+?86\\) ?)?`;
/**
 * A comma or 、 between a mobile's groups ("138，1234，5678"): how words sent in pieces are read together (138 / 1234 /
 * 5678 → "138，1234，5678", core/fragments.ts), and how some type a number. Only in the exact 3-4-4 groups of
 * WRITTEN_MOBILE: sums and counts are listed with commas too, and thousands are grouped by three.
 */
const LISTED = '(?:[ \\t]*[,、][ \\t]*)';
const MOBILE_SEP = `(?:${GROUP_SEP}|${LISTED})`;
/**
 * An 18-digit ID number in its 6-8-4 (or 6-4-4-4) groups between commas or 、: words sent in pieces are read so
 * (身份证号 / 310101 / 19900307 / 1234 → "310101，19900307，1234", core/fragments.ts). Taken with a birth date where an
 * ID has one, and never inside a longer list (order numbers, sums).
 */
const LISTED_ID = new RegExp(
  `(?<!\\d${LISTED}?)[1-9]\\d{5}${LISTED}\\d{4}${LISTED}?\\d{4}${LISTED}\\d{3}[\\dXx](?![\\dXx])(?!${LISTED}\\d)`,
  'g',
);
/**
 * A number typed in pieces and read together (core/fragments.ts joins them with "，"): its digits in two or three runs
 * between commas or 、, split anywhere ("13812，345678", "110101199003，071234", "一三八一二，三四五六七八"); read on the
 * numeral copy, never inside a longer list nor after a date's or a time's digits, and no run counted out in order. Taken as a mobile only in two runs of 11 digits starting 1[3-9] (three
 * runs of sums are listed so: 1500，2000，500), as an ID in two or three with a birth date where an ID has one
 * (`piecedNumber`); 3-4-4 and 6-8-4 are WRITTEN_MOBILE's and LISTED_ID's, spaced groups NUMBER's and LOOSE_MOBILE's.
 *
 * A run may hold single spaces (ASCII, no-break, full-width — folded to one), as a worker types a number's groups in a
 * piece ("138 12" / "345678", "138 12" / "34 5678", stop 43): `spacedLikeAPhone` decides for a mobile, the birth date
 * for an ID. Lists of counts and times are written with spaces too ("0:13，100000 一三五下午", "1500 2000，500"), so a
 * mobile's spaces must fall where a 3-4-4 mobile has its own, and its groups not read as round sums.
 */
const PIECE = '\\d+(?:[ \\u00a0]\\d+)*';
const PIECED = new RegExp(
  `(?<![\\dXx]${S})(?<![\\dXx]${LISTED})(?<!\\d[/:])${PIECE}(?:${LISTED}${PIECE}){1,2}[Xx]?(?![\\dXx])(?!${S}\\d)(?!${LISTED}\\d)`,
  'g',
);
/**
 * A mobile in pieces with spaces inside them: each space after the 3rd or the 7th digit, where a mobile written 3-4-4
 * has them ("138 12，345678", "138 1234 56，78"), and not two of its groups ending in 0 — "150 300，20000" is sums.
 */
function spacedLikeAPhone(parts: string[]): boolean {
  const groups = parts.map((p) => p.trim().split(/[ \u00a0]+/));
  let at = 0;
  for (const inPart of groups)
    for (const [i, g] of inPart.entries()) {
      at += g.length;
      if (i < inPart.length - 1 && at !== 3 && at !== 7) return false;
    }
  return groups.flat().filter((g) => g.endsWith('0')).length < 2;
}
/** What a run of pieces is, if a number: 'mobile' (two runs, 11 digits, 1[3-9]…), 'id' (18 or 15 with a birth date). */
function piecedNumber(run: string): 'mobile' | 'id' | undefined {
  const d = digitsOf(run);
  const parts = run.split(new RegExp(LISTED));
  // Counting out (一二三四五六七八九十 after a date) is no piece of a number.
  if (parts.some((p) => p.length >= 8 && counted(p))) return undefined;
  const runs = parts.length;
  const spaced = parts.some((p) => /[ \u00a0]/.test(p.trim()));
  if (runs === 2 && /^1[3-9]\d{9}$/.test(d) && (!spaced || spacedLikeAPhone(parts))) return 'mobile';
  if (/^[1-9]\d{16}[\dX]$/.test(d) && bornLikeAnId(d)) return 'id';
  if (/^[1-9]\d{14}$/.test(d) && bornLikeAnId15(d)) return 'id';
  return undefined;
}

/**
 * A mobile number in 3-4-4 groups (+86 before it allowed), read on a copy with Chinese numerals as digits, each
 * separator any of GROUP_SEP; never part of a longer run of digits (nor its tail: "1300 130 0000…" is a number
 * split anywhere, LOOSE_MOBILE's). Taken only when it has a numeral or a BREAK in it: the plain forms are
 * NUMBER's and LOOSE_MOBILE's to decide.
 */
const WRITTEN_MOBILE = new RegExp(
  `(?<!\\d${S})${WRITTEN_CC}(?<mobile>1[3-9]\\d${MOBILE_SEP}\\d{4}${MOBILE_SEP}\\d{4})(?!\\d)`,
  'g',
);
/**
 * Chinese numerals for digits, as a number is read out (幺 for 1) or typed past a platform's number filter (一三八…,
 * 壹叁捌…). Each is one UTF-16 unit, like the digit it stands for, so positions carry over.
 */
const NUMERALS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 兩: '2', 贰: '2', 貳: '2', 三: '3', 叁: '3',
  參: '3', 四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6', 七: '7', 柒: '7', 八: '8', 捌: '8',
  九: '9', 玖: '9',
}; // prettier-ignore
const NUMERAL = new RegExp(`[${Object.keys(NUMERALS).join('')}]`, 'g');
const HAS_NUMERAL = new RegExp(NUMERAL.source);
/** The folded copy with Chinese numerals as digits too (for mobile numbers only). */
const withDigits = (folded: string) => folded.replace(NUMERAL, (c) => NUMERALS[c] ?? c);
/** Whether a mobile found on the numeral copy is one of the forms only that copy finds. */
const writtenOut = (original: string, found: string) =>
  HAS_NUMERAL.test(original) || /[\n\r\t/,、]/.test(found);

/**
 * A landline read on the numeral copy (零二一 六五四三二一零九, 〇七五五-八八八八八八八八, （零二一）…, mixed with digits): the
 * shapes NUMBER reads in digits, taken only when it has numerals in it (the plain forms are NUMBER's) and its digits
 * are not counted in order (零一二三四五六七八九 is counting, not a number).
 */
const WRITTEN_LANDLINE = new RegExp(`(?<!\\d)(?<landline>${LANDLINE})(?!\\d)`, 'g');
/**
 * The head of a landline as WRITTEN_LANDLINE reads it, cut by an ellipsis (零二一 六五四…): an area code and a digit at
 * least, as CUT takes a digit run's; never the tail of a longer run nor of a number masked before it.
 */
const CUT_LANDLINE = new RegExp(
  `(?<![\\d*]${S})\\(?0[1-9]\\d{1,2}(?:\\) ?|${S})\\d(?:${S}\\d)*(?:${S}| [\\-.·])(?=…|\\.\\.\\.)`,
  'g',
);
/** Digits each one more than the last (0123456789, 一二三四…): counting out, never a number someone gave. */
const counted = (run: string) =>
  [...digitsOf(run)].every((d, i, all) => i === 0 || Number(d) === Number(all[i - 1]) + 1);

/**
 * An 18- or 15-digit ID number read on the numeral copy (一一〇一〇一一九九〇〇三〇七一二三四, 壹壹零…, mixed with digits),
 * any one separator of MOBILE_SEP between digits; taken only when it has numerals in it (the plain forms are
 * NUMBER's, LOOSE_ID's and LINED_ID's to decide) and a birth date where an ID has one. Not a longer run's part, nor
 * two numbers in a row.
 */
const WRITTEN_ID = new RegExp(
  `(?<![\\dXx]${MOBILE_SEP})[1-9](?:(?:${MOBILE_SEP}\\d){16}${MOBILE_SEP}[\\dXx]|(?:${MOBILE_SEP}\\d){14})(?![\\dXx])(?!${MOBILE_SEP}\\d)`,
  'g',
);
/** A birth date where a 15-digit ID has one (yymmdd: a real month and day). */
const bornLikeAnId15 = (run: string) =>
  /^\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digitsOf(run).slice(6, 12));
/** An ID number written out has its birth date: "一二三四五六七八九" after a number is counting, not one. */
const bornLikeAnyId = (run: string) =>
  digitsOf(run).length === 15 ? bornLikeAnId15(run) : bornLikeAnId(run);

/**
 * A run of 4+ digits cut by an ellipsis: maybe the head of a number that was cut before masking (also cut inside a
 * spaced dash, "130 0000 -…").
 */
const CUT = new RegExp(`(?<!\\d)\\d${more(3)}(?:${S}\\d)*(?:${S}| [\\-.·])(?=…|\\.\\.\\.)`, 'g');
/**
 * The head of a mobile number as WRITTEN_MOBILE reads it (numerals, groups broken by lines or slashes), cut by an
 * ellipsis; never the tail of a longer run (an ID read out in groups) nor of a number masked before it.
 */
const CUT_MOBILE = new RegExp(
  `(?<![\\d*]${S})${WRITTEN_CC}(?<head>1${GROUP_SEP}[3-9](?:${GROUP_SEP}\\d){2,9})(?:${GROUP_SEP}| [\\-.·])(?=…|\\.\\.\\.)`,
  'g',
);

const TOKENS: RegExp[] = [
  /(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}/g, // Telegram bot token, also inside /bot<token>/ URLs
  /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]{6,}/g, // Slack xoxb-, xoxp-, xoxe-…, xapp-
  /\bsk-[A-Za-z0-9_-]{10,}/g, // OpenAI-style keys (sk-…, sk-proj-…)
  /\b(Bearer|Basic) [A-Za-z0-9._~+/=-]{16,}/g,
];

/** Dashes an IME or autocorrect writes for "-" (en, em, figure dash, minus…). */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
/**
 * Spaces other than ASCII, and invisible characters (zero-width, direction marks, BOM) that a copy-paste or a
 * deliberate hand leaves between digits: they separate digits as a space does.
 */
const SPACES = /[\u2000-\u200f\u2028-\u202f\u205f-\u206f\ufeff]/g;

/**
 * Digits of other scripts, each one UTF-16 unit: Arabic-Indic (٠-٩), extended Arabic-Indic (۰-۹, Persian and Urdu),
 * circled (⓪①…⑨, ❶…, ➀…, ➊…, ⓵…) and parenthesised or dotted (⑴…, ⒈…) — a number typed past a filter or pasted
 * from another keyboard. [first, last, digit of first]; ⑩ and above are two digits and stay as they are.
 */
const OTHER_DIGITS: [number, number, number][] = [
  [0x0660, 0x0669, 0], [0x06f0, 0x06f9, 0], [0x24ea, 0x24ea, 0], [0x24ff, 0x24ff, 0], [0x2460, 0x2468, 1],
  [0x2474, 0x247c, 1], [0x2488, 0x2490, 1], [0x24f5, 0x24fd, 1], [0x2776, 0x277e, 1], [0x2780, 0x2788, 1],
  [0x278a, 0x2792, 1],
  // Mathematical digits' second units, as withMathDigits leaves them: 0–9 in each of five styles.
  [0xdfce, 0xdfd7, 0], [0xdfd8, 0xdfe1, 0], [0xdfe2, 0xdfeb, 0], [0xdfec, 0xdff5, 0], [0xdff6, 0xdfff, 0],
]; // prettier-ignore
const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const OTHER_DIGIT_CLASS = OTHER_DIGITS.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('');
const OTHER_DIGIT = new RegExp(`[${OTHER_DIGIT_CLASS}]`, 'g');
/**
 * Mathematical digits (𝟏𝟑𝟖…, 𝟙𝟛𝟠…, 𝟣…, 𝟭…, 𝟷…: bold, double-struck, sans-serif, sans-serif bold, monospace, U+1D7CE–1D7FF)
 * take two UTF-16 units each, which would break the one-unit-per-character folding. Their second unit (a low
 * surrogate, \udfce–\udfff) tells the digit, and alone it is one unit: `shrinkMath` leaves only it while numbers are
 * found, `growMath` puts each back as it was typed. A lone low surrogate never stands in well-formed text.
 */
const MATH_DIGIT = /\ud835([\udfce-\udfff])/g;
const HAS_MATH_DIGIT = new RegExp(MATH_DIGIT.source);
const LONE_MATH_LOW = /(?<![\ud800-\udbff])[\udfce-\udfff]/g;
const HAS_LONE_MATH_LOW = new RegExp(LONE_MATH_LOW.source);
const shrinkMath = (text: string) => text.replace(MATH_DIGIT, '$1');
const growMath = (text: string) => text.replace(LONE_MATH_LOW, '\ud835$&');
/** Runs `fn` on the text with mathematical digits one unit each, and gives them back as typed where `fn` kept them. */
function withMathDigits(text: string, fn: (text: string) => string): string {
  // A text already holding a lone low surrogate (ill-formed) is read as it is, not reshaped.
  if (!HAS_MATH_DIGIT.test(text) || HAS_LONE_MATH_LOW.test(text)) return fn(text);
  return growMath(fn(shrinkMath(text)));
}

/** Any character folded to a digit: ASCII, full-width or another script's. */
const ANY_DIGIT = new RegExp(`[\\d\\uff10-\\uff19${OTHER_DIGIT_CLASS}]`);
const ANY_DIGITS = new RegExp(ANY_DIGIT.source, 'g');
function asciiDigit(c: string, at: number, text: string): string {
  const code = c.charCodeAt(0);
  // The second half of another astral character (🟎), not a mathematical digit's left alone by shrinkMath.
  if (code >= 0xdc00 && /[\ud800-\udbff]/.test(text.charAt(at - 1))) return c;
  const range = OTHER_DIGITS.find(([a, b]) => code >= a && code <= b);
  return range ? String(code - range[0] + range[2]) : c;
}

/**
 * Full-width digits, letters X and separators to ASCII, other scripts' digits to ASCII, other dashes and spaces to
 * "-" and " "; one UTF-16 unit each, so indices match.
 */
function fold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e\u3000]/g, (c) =>
      c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(OTHER_DIGIT, asciiDigit)
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}

const digitsOf = (s: string) => s.replace(/[^\dXx]/g, '').toUpperCase();

function maskNumber(groups: Record<string, string | undefined>): string {
  if (groups.abroad) {
    const d = digitsOf(groups.abroad);
    return `${d.slice(0, 3)}****${d.slice(-3)}`;
  }
  if (groups.card) {
    const c = groups.card.replace(/[ ()]/g, '').toUpperCase();
    return `${c.slice(0, 2)}${'*'.repeat(c.length - 4)}${c.slice(-2)}`;
  }
  if (groups.id18 || groups.id15) {
    const d = digitsOf(groups.id18 ?? groups.id15 ?? '');
    return `${d.slice(0, 3)}${'*'.repeat(d.length - 7)}${d.slice(-4)}`;
  }
  if (groups.mobile) {
    const d = digitsOf(groups.mobile);
    return `${d.slice(0, 3)}****${d.slice(-4)}`;
  }
  const raw = groups.landline ?? '';
  const area = /0\d{2,3}/.exec(raw)?.[0] ?? '';
  return `${area}-****${digitsOf(raw).slice(-2)}`;
}

/** One separator throughout, groups of at most four digits: how people split a number to read it out. */
function splitLikeAPhone(run: string): boolean {
  return new Set(run.replace(/\d/g, '')).size <= 1 && run.split(/\D/).every((g) => g.length <= 4);
}

/** Replace matches found on the folded copy in the original text (`fn` also gets the original's matched part). */
function replaceFolded(
  text: string,
  folded: string,
  re: RegExp,
  fn: (m: RegExpExecArray, original: string) => string,
) {
  let out = '';
  let last = 0;
  for (const m of folded.matchAll(re)) {
    out += text.slice(last, m.index) + fn(m, text.slice(m.index, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/**
 * replaceFolded for the matches `accept` takes; a match it refuses is looked past by one character only, so a
 * number that starts inside it (an ID on the line after another number) is still found.
 */
function replaceAccepted(
  text: string,
  re: RegExp,
  accept: (found: string) => boolean,
  fn: (found: string) => string,
) {
  const folded = fold(text);
  const finder = new RegExp(re.source, 'g');
  let out = '';
  let last = 0;
  for (let m = finder.exec(folded); m; m = finder.exec(folded)) {
    if (!accept(m[0])) {
      finder.lastIndex = m.index + 1;
      continue;
    }
    out += text.slice(last, m.index) + fn(m[0]);
    last = finder.lastIndex;
  }
  return out + text.slice(last);
}

/** A digit next to a line break, tab, slash, comma or 、 (on the folded copy). */
const BROKEN = /\d[ \t]*[\n\r\t/,、]|[\n\r\t/,、][ \t]*\d/;
/** Cheap: whether a text may hold a mobile written out (a digit by a break, or four numerals and digits). */
function mayBeWritten(text: string): boolean {
  if (BROKEN.test(fold(text))) return true;
  if (!HAS_NUMERAL.test(text)) return false;
  return (text.match(NUMERAL)?.length ?? 0) + (text.match(ANY_DIGITS)?.length ?? 0) >= 4;
}

/** The head of a mobile number written out (numerals, broken groups), or of a landline in numerals, cut by an ellipsis, masked. */
function maskCutMobiles(text: string): string {
  if (!mayBeWritten(text)) return text;
  const out = replaceFolded(text, withDigits(fold(text)), CUT_MOBILE, (m, original) =>
    writtenOut(original, m[0]) ? `${digitsOf(m.groups?.head ?? m[0]).slice(0, 3)}****` : original,
  );
  return replaceFolded(out, withDigits(fold(out)), CUT_LANDLINE, (m, original) =>
    HAS_NUMERAL.test(original) && !counted(m[0]) ? `${digitsOf(m[0]).slice(0, 3)}****` : original,
  );
}

/** Numbers typed in pieces and read together (PIECED), in digits or numerals, replaced. */
function replacePieced(text: string, fn: (kind: 'mobile' | 'id', run: string) => string): string {
  if (!/[,、]/.test(fold(text))) return text;
  return replaceFolded(text, withDigits(fold(text)), PIECED, (m, original) => {
    const kind = piecedNumber(m[0]);
    return kind ? fn(kind, m[0]) : original;
  });
}
const maskPieced = (kind: 'mobile' | 'id', run: string) =>
  kind === 'mobile' ? maskNumber({ mobile: run }) : maskId(run);

/** Landlines said in Chinese numerals (wholly or partly), masked as their digits are: 零二一 六五四三二一零九 → 021-****09. */
function maskWrittenLandlines(text: string): string {
  if (!mayBeWritten(text)) return text;
  return replaceFolded(text, withDigits(fold(text)), WRITTEN_LANDLINE, (m, original) =>
    HAS_NUMERAL.test(original) && !counted(m[0]) ? maskNumber({ landline: m[0] }) : original,
  );
}

/** Mobile numbers written with Chinese numerals, or with a line break, tab or slash between groups, replaced. */
function replaceWrittenMobiles(text: string, fn: (mobile: string) => string): string {
  if (!mayBeWritten(text)) return text;
  // What is not replaced stays as written (the copy has digits for the numerals).
  let out = replaceFolded(text, withDigits(fold(text)), WRITTEN_MOBILE, (m, original) =>
    writtenOut(original, m[0]) ? fn(m.groups?.mobile ?? m[0]) : original,
  );
  out = replaceFolded(out, withDigits(fold(out)), LOOSE_MOBILE, (m, original) =>
    HAS_NUMERAL.test(original) && splitLikeAPhone(m[0]) ? fn(m[0]) : original,
  );
  return out;
}

/**
 * Phone and ID numbers masked (138****4439, 310***********1234, 021-****34; Taiwan and Hong Kong ones too: 091****678,
 * A1******89), and bank card numbers called so (银行卡 6222****0123); other text unchanged.
 */
export function maskNumbers(text: string): string {
  return withMathDigits(text, maskNumbersIn);
}

function maskNumbersIn(text: string): string {
  if (!ANY_DIGIT.test(text)) return maskWrittenMobiles(text);
  // Bank cards first: their groups of four would otherwise read as a landline.
  let out = replaceFolded(text, fold(text), BANK_CARD, (m) => {
    const d = digitsOf(m[2] ?? '');
    return `${m[1]}${d.slice(0, 4)}****${d.slice(-4)}`;
  });
  // An ID number across lines before the mobiles on lines, whose groups may sit inside it.
  out = replaceAccepted(out, LINED_ID, linedLikeAnId, (id18) => maskNumber({ id18 }));
  out = replaceAccepted(out, LISTED_ID, bornLikeAnId, (id18) => maskNumber({ id18 }));
  out = replacePieced(out, maskPieced);
  out = replaceFolded(out, fold(out), CUT_LINED, (m, original) =>
    /[\n\r]/.test(m[0]) ? `${digitsOf(m[0]).slice(0, 3)}****` : original,
  );
  // Mobiles written out next (numerals, groups on lines or between slashes), whole or cut: their last group
  // alone would read as a cut run.
  out = maskWrittenMobiles(out);
  // A cut run next: a landline or mobile found inside it would leave the rest of it showing.
  out = replaceFolded(out, fold(out), CUT, (m) => `${digitsOf(m[0]).slice(0, 3)}****`);
  out = replaceFolded(out, fold(out), LOOSE_ID, (m, original) =>
    groupedLikeAnId(m[0]) ? maskNumber({ id18: m[0] }) : original,
  );
  out = replaceFolded(out, fold(out), NUMBER, (m) => maskNumber(m.groups ?? {}));
  return replaceFolded(out, fold(out), LOOSE_MOBILE, (m, original) =>
    splitLikeAPhone(m[0]) ? maskNumber({ mobile: m[0] }) : original,
  );
}

/**
 * Numerals an ID number written out must have: a long order number with one numeral after a space ("…901234 一直没到")
 * is no ID, one read out mixes several.
 */
const WRITTEN_ID_NUMERALS = 4;

/** ID numbers said in Chinese numerals (wholly or partly), replaced. */
function replaceWrittenIds(text: string, fn: (id: string) => string): string {
  if (!mayBeWritten(text)) return text;
  return replaceFolded(text, withDigits(fold(text)), WRITTEN_ID, (m, original) =>
    (original.match(NUMERAL)?.length ?? 0) >= WRITTEN_ID_NUMERALS && bornLikeAnyId(m[0])
      ? fn(m[0])
      : original,
  );
}

const maskId = (id: string) =>
  digitsOf(id).length === 15 ? maskNumber({ id15: id }) : maskNumber({ id18: id });

/**
 * IDs, mobiles and landlines written out (numerals, broken groups) masked: whole ones, then the heads of cut mobiles
 * and landlines.
 */
function maskWrittenMobiles(text: string): string {
  return maskCutMobiles(
    maskWrittenLandlines(
      replaceWrittenMobiles(replaceWrittenIds(replacePieced(text, maskPieced), maskId), (mobile) =>
        maskNumber({ mobile }),
      ),
    ),
  );
}

/** What a number is called when a worker gives their own: 手机号, 電話, 身份证号码, phone number… */
const LABEL = `(?:我的?|本人的?|my )?(?:联系电话|聯繫電話|联系方式|聯繫方式|手机号码|手機號碼|手机号|手機號|手机|手機|电话号码|電話號碼|电话|電話|身份证号码|身份證號碼|身份证号|身份證號|身份证|身份證|证件号码?|證件號碼?|(?:mobile |phone |id )?number|phone|mobile|id)`;
/**
 * A number given as who one is, label and all: introduced (我的手机号是…, 电话：…, my phone number is …) or
 * a clause of its own (…，手机号 138…。). "身份证５３０１…丢了咋办" and "我手机 138… 收不到验证码" say something of it: kept.
 */
const IDENTITY = new RegExp(
  `${LABEL}\\s*(?:(?:是|为|為|:|is)\\s*(?:${CC}${MOBILE}|${ID18}|${ID15})(?!\\d)|(?:${CC}${MOBILE}|${ID18}|${ID15})(?=\\s*(?:[，,。；;！!？?]|$)))`,
  'gi',
);

function withoutIdentity(text: string): string {
  return replaceFolded(text, fold(text), IDENTITY, () => ' ');
}

/**
 * The text with mobile and ID numbers (every form, full-width too) left out: a worker's own number says nothing of
 * what a question is about ("身份证５３０１…丢了咋办" asks what "身份证丢了咋办" asks). Landlines stay: a station's
 * or an office's number may be the question.
 */
export function withoutPersonalNumbers(text: string): string {
  return withMathDigits(text, withoutPersonalNumbersIn);
}

function withoutPersonalNumbersIn(text: string): string {
  if (!ANY_DIGIT.test(text))
    return replaceWrittenMobiles(
      replaceWrittenIds(
        replacePieced(text, () => ''),
        () => '',
      ),
      () => '',
    );
  const personal = (m: RegExpExecArray) => (m.groups?.landline ? m[0] : '');
  const said = withoutIdentity(text);
  const lined = replaceAccepted(
    replaceAccepted(said, LINED_ID, linedLikeAnId, () => ''),
    LISTED_ID,
    bornLikeAnId,
    () => '',
  );
  const pieced = replacePieced(lined, () => '');
  const ids = replaceFolded(pieced, fold(pieced), LOOSE_ID, (m, original) =>
    groupedLikeAnId(m[0]) ? '' : original,
  );
  const out = replaceFolded(ids, fold(ids), NUMBER, personal);
  const loose = replaceFolded(out, fold(out), LOOSE_MOBILE, (m, original) =>
    splitLikeAPhone(m[0]) ? '' : original,
  );
  return replaceWrittenMobiles(
    replaceWrittenIds(loose, () => ''),
    () => '',
  );
}

/** Tokens and keys (Telegram, Slack, OpenAI, bearer) replaced by `[token]`. */
export function maskTokens(text: string): string {
  return TOKENS.reduce(
    (s, re) =>
      s.replace(re, (m, scheme: unknown) => (typeof scheme === 'string' ? `${scheme} [token]` : '[token]')),
    text,
  );
}

/** Everything a person outside the report or a log must not see: tokens, phone and ID numbers. */
export function maskText(text: string): string {
  return maskNumbers(maskTokens(text));
}

/** A number as maskText leaves it (138****2439, 310***********1234, 021-****01, A1******89, 138****): its kept ends too. */
const MASKED = /(?<![A-Za-z\d])(?:[A-Za-z]{1,2})?\d*-?\*{4,}\d*(?:[Xx](?![A-Za-z]))?/g;

/**
 * What a third party (a model endpoint) may read of a person's words: maskText with none of a number's digits
 * kept (`***`). A secretary may need the kept ends to tell two numbers apart; the model needs only to know that a
 * number was there.
 */
export function maskForModel(text: string): string {
  return maskText(text).replace(MASKED, '***');
}

/** Between two digits of one run: spaces, commas, 、, dots, dashes, slashes, brackets (folded to ASCII first). */
const RUN_SEP = '[ \\t\\r\\n\\u00a0,、.。·\\-/_()]';
/** A run of digits, up to three separators between any two. */
const DIGIT_RUN = new RegExp(`\\d(?:${RUN_SEP}{0,3}\\d)*`, 'g');
/** This many digits in one run and it is hidden whole: more than any sum or date a question needs, less than a number. */
export const DIGIT_RUN_HIDDEN = 6;

/**
 * Every run of six digits or more hidden whole (`******`), whatever the number: digits of any script (full-width
 * too), with spaces, commas, 、, dots, dashes or slashes between them — how words sent in pieces are read together
 * ("我身份证号是，110101，19900307，12"). For what is kept of a question for others to read (the FAQ gap log): the
 * pieces of an ID number that stopped short of the whole are no number maskText knows, yet 14 of its digits name
 * the person. maskText's kept ends (138****5678) are no such run and stay.
 *
 * Chinese numerals that name a digit (〇零一幺壹二两贰三叁四肆五伍六陆七柒八捌九玖…) count as digits, alone or mixed
 * with them: a number read out (幺三八，一二三四) is one. The counting words 十, 百, 千, 万 are no digit and end a run,
 * so what is counted stays: 十一点, 三四个人, 一二三号驿站, 二〇二六年 (four), 一五一十 are not six digits in a row.
 *
 *   maskDigitRuns('我身份证号是，１１０１０１，19900307，12')  // → '我身份证号是，******'
 *   maskDigitRuns('我身份证号是，一一〇一〇一，一九九〇')    // → '我身份证号是，******'
 */
export function maskDigitRuns(text: string): string {
  return withMathDigits(text, (t) =>
    replaceFolded(t, withDigits(fold(t)), DIGIT_RUN, (m, original) =>
      (m[0].match(/\d/g)?.length ?? 0) >= DIGIT_RUN_HIDDEN ? '******' : original,
    ),
  );
}
