import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskText } from '../../src/core/mask.js';
import { createLogger } from '../../src/core/logger.js';
import { ellipsis } from '../../src/core/text.js';
import { redact } from '../../src/core/reports/export.js';

/** A number as written in text, and the digits a masked form may still show. */
interface Written {
  text: string;
  digits: string;
  kept: string;
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
const sep = fc.constantFrom('', ' ', '-', '.', '\u3000', '－', '．');

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
    s1: sep,
    s2: sep,
    cc: fc.constantFrom('', '+86 ', '+86', '0086 ', '0086', '(+86)', '(+86) ', '（+86）', '+86-', '86 '),
    w: widths,
  })
  .map(({ second, rest, s1, s2, cc, w }) => {
    const n = `1${second}${rest}`;
    const text = widen(`${cc}${n.slice(0, 3)}${s1}${n.slice(3, 7)}${s2}${n.slice(7)}`, w);
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
  })
  .map(({ first, rest, last, s, inner, w }) => {
    const n = `${first}${rest}${last}`;
    const text = widen(
      `${n.slice(0, 6)}${s}${n.slice(6, 10)}${inner}${n.slice(10, 14)}${s}${n.slice(14)}`,
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
  })
  .map(({ area, first, rest, form }) => {
    const local = `${first}${rest}`.slice(0, area.length === 3 ? 8 : 7);
    const text =
      form === 'dash'
        ? `${area}-${local}`
        : form === 'paren'
          ? `(${area})${local}`
          : form === 'space'
            ? `${area} ${local}`
            : `${area}-${local.slice(0, -4)} ${local.slice(-4)}`;
    return { text, digits: area + local, kept: area + local.slice(-2) };
  });

const number = fc.oneof(mobile, id18, id15, landline);

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
const joint = fc.constantFrom(' ', '，', '：', '\n', '、', ' / ');

/** Digits (and X) of a text, full-width folded — what a reader could put back together. */
function digitsIn(text: string): string {
  return [...text.normalize('NFKC')]
    .filter((c) => /[0-9Xx]/.test(c))
    .join('')
    .toUpperCase();
}

function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const c of whole) if (c === part[i]) i++;
  return i === part.length;
}

const textWithNumbers = fc
  .array(fc.tuple(filler, joint, number, joint), { minLength: 1, maxLength: 4 })
  .map((parts) => ({
    text: parts.map(([f, j1, n, j2]) => `${f}${j1}${n.text}${j2}`).join(''),
    numbers: parts.map(([, , n]) => n),
  }));

describe('phone and ID numbers are masked in every form', () => {
  it('leaves only the kept digits of every number, whatever the form (property)', () => {
    fc.assert(
      fc.property(textWithNumbers, ({ text, numbers }) => {
        const out = maskText(text);
        expect(digitsIn(out)).toBe(numbers.map((n) => n.kept).join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('masks before any cut: no cut point of the masked text shows more digits (property)', () => {
    fc.assert(
      fc.property(textWithNumbers, fc.integer({ min: 2, max: 120 }), ({ text, numbers }, cut) => {
        const out = ellipsis(maskText(text), cut);
        const kept = numbers.map((n) => n.kept).join('');
        expect(kept.startsWith(digitsIn(out))).toBe(true);
      }),
    );
  });

  it('masks the head of a number that was cut before masking', () => {
    expect(maskText('电话138571624…')).toBe('电话138****…');
    expect(maskText('身份证3101101990010...')).toBe('身份证310****...');
    expect(digitsIn(maskText('身份证310110199001011…'))).toHaveLength(7);
  });

  it('keeps enough to be useful', () => {
    expect(maskText('电话 13857164439')).toBe('电话 138****4439');
    expect(maskText('１３８５７１６４４３９')).toBe('138****4439');
    expect(maskText('身份证 310110 19900101 123x')).toBe('身份证 310***********123X');
    expect(maskText('办公室 021-65101234')).toBe('办公室 021-****34');
  });

  it('leaves ticket numbers, times, prices, dates and short numbers alone (property)', () => {
    const safe = fc.oneof(
      fc.tuple(digits(4), digits(6)).map(([y, n]) => `JN-${y}-${n}`),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1, max: 99999 }), digits(2)).map(([y, c]) => `¥${y}.${c}`),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.integer({ min: 0, max: 999999 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(safe, joint), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([s, j]) => s + j).join('');
        expect(maskText(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('replaces tokens, also inside URLs', () => {
    const out = maskText(
      'GET https://api.telegram.org/bot123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp_q/sendMessage ' +
        'xoxb-1234-5678-abcdEFGHijkl xapp-1-A0B1C2-abcdef sk-proj-abcdefghijklmnop Bearer abcdefghijklmnopqrstuv',
    );
    expect(out).not.toMatch(/AAbbCC|abcdEFGH|A0B1C2|abcdefghijklmnop/);
    expect(out).toContain('/bot[token]/sendMessage');
  });
});

describe('every log path masks', () => {
  function capture() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    return { lines, logger: createLogger({ level: 'info', pretty: false }, stream) };
  }

  it('masks messages, fields, child bindings and errors with their extra fields (property)', () => {
    fc.assert(
      fc.property(textWithNumbers, ({ text, numbers }) => {
        const { lines, logger } = capture();
        // What ioredis throws when a script fails: the arguments ride on the error.
        const err = Object.assign(new Error(`ERR user_script:1: bad ${text}`), {
          command: { name: 'evalsha', args: ['abc', '3', text] },
        });
        logger.child({ about: text }).error({ err, report: { text }, list: [text] }, text);
        logger.warn(err, 'first argument an error');
        logger.info(`formatted %s`, text);
        const out = lines.join('').normalize('NFKC');
        for (const n of numbers) expect(out).not.toContain(n.digits);
        expect(digitsIn(JSON.parse(lines[0]!).msg as string)).toBe(numbers.map((n) => n.kept).join(''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the export masks', () => {
  it('shows none of the number in a CSV cell (property)', () => {
    fc.assert(
      fc.property(textWithNumbers, ({ text, numbers }) => {
        const out = redact(text);
        expect(isSubsequence(digitsIn(out), numbers.map((n) => n.kept).join(''))).toBe(true);
      }),
    );
  });
});
