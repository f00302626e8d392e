/**
 * fast-check generators of phone and ID numbers as people write them (full-width, spaced, dotted, with
 * +86 …, in Arabic-Indic or circled digits; mobiles and landlines also in Chinese numerals, mobiles with their groups
 * on separate lines or between slashes; IDs also across lines) inside text, with the digits a masked form may keep —
 * shared by the masking property tests.
 */
import fc from 'fast-check';

/** A number as written in text, and the digits a masked form may still show. */
export interface Written {
  text: string;
  digits: string;
  kept: string;
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
export const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
/** Also what an IME, autocorrect or a copy-paste leaves: dashes, a spaced dash, thin and invisible spaces. */
const sep = fc.constantFrom(
  '',
  ' ',
  '-',
  '.',
  '\u3000',
  '－',
  '．',
  '—',
  '–',
  ' - ',
  '\u200b',
  '\u200e',
  '\u2009',
);

/** A mobile number's groups may also be split by a line break, a tab or a slash (QA10): mobiles only. */
const mobileSep = fc.oneof(sep, fc.constantFrom('\n', '\t', '/', '／', ' / ', '\r\n'));

/** Chinese numerals a digit is written as (一三八…, 幺三八…, 壹叁捌…, 〇/零), to read it out or to get past a filter. */
const NUMERAL_FORMS: Record<string, string[]> = {
  '0': ['〇', '零'],
  '1': ['一', '幺', '壹'],
  '2': ['二', '两', '贰'],
  '3': ['三', '叁'],
  '4': ['四', '肆'],
  '5': ['五', '伍'],
  '6': ['六', '陆'],
  '7': ['七', '柒'],
  '8': ['八', '捌'],
  '9': ['九', '玖'],
};
/** Digits as themselves, all as numerals, or some of each (138五七一六2439), one form per digit. */
const numeralStyle = fc.record({
  style: fc.constantFrom('digits', 'digits', 'numerals', 'mixed'),
  picks: fc.array(fc.nat(2), { minLength: 11, maxLength: 11 }),
  mixed: fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
});
function spell(n: string, { style, picks, mixed }: { style: string; picks: number[]; mixed: boolean[] }) {
  return [...n]
    .map((d, i) => {
      if (style === 'digits' || (style === 'mixed' && !mixed[i])) return d;
      const forms = NUMERAL_FORMS[d]!;
      return forms[(picks[i] ?? 0) % forms.length]!;
    })
    .join('');
}

/**
 * Digits of another script for the whole number (Arabic-Indic ٠-٩, extended ۰-۹, circled ①, parenthesised ⑴), as
 * pasted from another keyboard or typed past a filter; '' leaves ASCII.
 */
const SCRIPTS: Record<string, (d: number) => string> = {
  ascii: (d) => String(d),
  arabic: (d) => String.fromCharCode(0x0660 + d),
  persian: (d) => String.fromCharCode(0x06f0 + d),
  circled: (d) => (d === 0 ? '⓪' : String.fromCharCode(0x2460 + d - 1)),
  parenthesised: (d) => (d === 0 ? '0' : String.fromCharCode(0x2474 + d - 1)),
};
const script = fc.constantFrom('ascii', 'ascii', 'ascii', 'arabic', 'persian', 'circled', 'parenthesised');
const inScript = (text: string, name: string) => text.replace(/[0-9]/g, (d) => SCRIPTS[name]!(Number(d)));
/** Other scripts' digits as ASCII (NFKC folds circled ones, not Arabic-Indic). */
const asAscii = (text: string) =>
  text
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .normalize('NFKC');

/** Full-width forms for some characters (１３８…), chosen per character. */
function widen(text: string, mask: boolean[]): string {
  return [...text]
    .map((c, i) =>
      mask[i % mask.length] && /[0-9Xx()+\- .]/.test(c)
        ? c === ' '
          ? '\u3000'
          : String.fromCharCode(c.charCodeAt(0) + 0xfee0)
        : c,
    )
    .join('');
}
const widths = fc.array(fc.boolean(), { minLength: 1, maxLength: 20 });

const mobile: fc.Arbitrary<Written> = fc
  .record({
    second: fc.constantFrom('3', '4', '5', '6', '7', '8', '9'),
    rest: digits(9),
    s1: mobileSep,
    s2: mobileSep,
    cc: fc.constantFrom('', '+86 ', '+86', '0086 ', '0086', '(+86)', '(+86) ', '（+86）', '+86-', '86 '),
    w: widths,
    spelt: numeralStyle,
    sc: script,
  })
  .map(({ second, rest, s1, s2, cc, w, spelt, sc }) => {
    const n = `1${second}${rest}`;
    const d = inScript(spell(n, spelt), sc);
    const text = widen(`${cc}${d.slice(0, 3)}${s1}${d.slice(3, 7)}${s2}${d.slice(7)}`, w);
    return { text, digits: n, kept: n.slice(0, 3) + n.slice(7) };
  });

const id18: fc.Arbitrary<Written> = fc
  .record({
    first: fc.constantFrom('1', '2', '3', '4', '5', '6'),
    rest: digits(16),
    last: fc.constantFrom('0', '5', '9', 'X', 'x'),
    s: fc.constantFrom('', ' ', '-'),
    inner: fc.constantFrom('', ' '),
    w: widths,
    sc: script,
  })
  .map(({ first, rest, last, s, inner, w, sc }) => {
    const n = `${first}${rest}${last}`;
    const text = widen(
      inScript(`${n.slice(0, 6)}${s}${n.slice(6, 10)}${inner}${n.slice(10, 14)}${s}${n.slice(14)}`, sc),
      w,
    );
    const up = n.toUpperCase();
    return { text, digits: up, kept: up.slice(0, 3) + up.slice(14) };
  });

const id15: fc.Arbitrary<Written> = fc
  .record({ first: fc.constantFrom('1', '3', '5'), rest: digits(14), s: fc.constantFrom('', ' '), w: widths })
  .map(({ first, rest, s, w }) => {
    const n = `${first}${rest}`;
    return {
      text: widen(`${n.slice(0, 6)}${s}${n.slice(6, 12)}${s}${n.slice(12)}`, w),
      digits: n,
      kept: n.slice(0, 3) + n.slice(11),
    };
  });

const landline: fc.Arbitrary<Written> = fc
  .record({
    area: fc.constantFrom('010', '021', '020', '0571', '0755'),
    first: fc.constantFrom('2', '5', '6', '8'),
    rest: digits(7),
    form: fc.constantFrom('dash', 'paren', 'space', 'split'),
    spelt: numeralStyle,
  })
  .map(({ area, first, rest, form, spelt }) => {
    const digitsOnly = `${area}${first}${rest}`.slice(0, 11);
    const local = digitsOnly.slice(area.length);
    // Said in numerals too (零二一 六五四三二一零九, 〇七五五-八八八八八八八八), or some of its digits.
    const said = spell(digitsOnly, spelt);
    const [a, l] = [said.slice(0, area.length), said.slice(area.length)];
    const text =
      form === 'dash'
        ? `${a}-${l}`
        : form === 'paren'
          ? `(${a})${l}`
          : form === 'space'
            ? `${a} ${l}`
            : `${a}-${l.slice(0, -4)} ${l.slice(-4)}`;
    return { text, digits: area + local, kept: area + local.slice(-2) };
  });

/** A mobile split anywhere, with one separator throughout ("1 3 8 5 …", "13-857-164-439"). */
const looseMobile: fc.Arbitrary<Written> = fc
  .record({
    second: fc.constantFrom('3', '5', '8', '9'),
    rest: digits(9),
    cuts: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    sep: fc.constantFrom(' ', '-', '.', '\u3000'),
    w: widths,
    spelt: numeralStyle,
  })
  .map(({ second, rest, cuts, sep, w, spelt }) => {
    const n = `1${second}${rest}`;
    // Groups of at most four digits, as a number is read out.
    let run = 0;
    const text = [...spell(n, spelt)]
      .map((c, i) => {
        const cut = i > 0 && (cuts[i - 1] || run === 4);
        run = cut ? 1 : run + 1;
        return (cut ? sep : '') + c;
      })
      .join('');
    return { text: widen(text, w), digits: n, kept: n.slice(0, 3) + n.slice(7) };
  });

/** An 18-digit ID number read out in groups of four (or three), as from a form: "1101 0119 9003 0785 15". */
const groupedId18: fc.Arbitrary<Written> = fc
  .record({
    first: fc.constantFrom('1', '3', '5'),
    rest: digits(16),
    last: fc.constantFrom('0', '7', 'X'),
    size: fc.constantFrom(3, 4),
    s: fc.constantFrom(' ', '-', '\u3000'),
  })
  .map(({ first, rest, last, size, s }) => {
    const n = `${first}${rest}${last}`;
    const groups = n.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
    return { text: groups.join(s), digits: n, kept: n.slice(0, 3) + n.slice(14) };
  });

/**
 * An 18-digit ID number across lines, as pasted from a form or a photo's text: "110105199\n003071234",
 * "11010519900307\n1234", 6-8-4 a line each. A real birth date in it, as every ID has.
 */
const linedId18: fc.Arbitrary<Written> = fc
  .record({
    first: fc.constantFrom('1', '3', '5'),
    region: digits(5),
    born: fc.date({ min: new Date('1940-01-01'), max: new Date('2012-12-31'), noInvalidDate: true }),
    rest: digits(3),
    last: fc.constantFrom('0', '7', 'X'),
    cut: fc.constantFrom([9], [14], [6, 14], [6], [12]),
    br: fc.constantFrom('\n', '\r\n', ' \n'),
    sc: script,
  })
  .map(({ first, region, born, rest, last, cut, br, sc }) => {
    const n = `${first}${region}${born.toISOString().slice(0, 10).replace(/-/g, '')}${rest}${last}`;
    const pieces = [0, ...cut, 18].slice(1).map((end, i, ends) => n.slice(i ? ends[i - 1] : 0, end));
    return { text: inScript(pieces.join(br), sc), digits: n, kept: n.slice(0, 3) + n.slice(14) };
  });

export const number = fc.oneof(mobile, looseMobile, id18, groupedId18, id15, landline, linedId18);

/** Text with no digits (and no X) of its own. */
const filler = fc.constantFrom(
  '我的电话是',
  '请联系',
  'call me at',
  '身份证号',
  '工资被拖欠了三个月，',
  '地址：杨浦区',
  'ok',
  'Tel:',
  '（老号码）',
  '手机',
  '',
);
export const joint = fc.constantFrom(' ', '，', '：', '\n', '、', ' / ');

/** Digits (and X) of a text, full-width folded — what a reader could put back together. */
export function digitsIn(text: string): string {
  return [...asAscii(text)]
    .filter((c) => /[0-9Xx]/.test(c))
    .join('')
    .toUpperCase();
}

export function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const c of whole) if (c === part[i]) i++;
  return i === part.length;
}

export const textWithNumbers = fc
  .array(fc.tuple(filler, joint, number, joint), { minLength: 1, maxLength: 4 })
  .map((parts) => ({
    text: parts.map(([f, j1, n, j2]) => `${f}${j1}${n.text}${j2}`).join(''),
    numbers: parts.map(([, , n]) => n),
  }));

/** Runs of digits (single spaces, dots or dashes between them allowed), full-width folded. */
function digitRuns(text: string): string[] {
  return (asAscii(text).match(/\d(?:[ .-]?\d)*/g) ?? []).map((r) => r.replace(/\D/g, ''));
}

/** True when `text` shows five or more consecutive digits of the number: enough to start rebuilding it. */
export function leaks(text: string, n: Written): boolean {
  const d = n.digits.replace(/X$/, '');
  // Ticket numbers (JN-2026-000002) and dates (2026-05-12 10:00) are ours: leave them out of the runs.
  const ours = text.replace(/[A-Z]{2,}-\d{4}-\d{6}|\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?/g, ' ');
  const runs = digitRuns(ours);
  for (let i = 0; i + 5 <= d.length; i++) if (runs.some((r) => r.includes(d.slice(i, i + 5)))) return true;
  return false;
}
