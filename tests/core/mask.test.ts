import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDigitRuns, maskForModel, maskText, withoutPersonalNumbers } from '../../src/core/mask.js';
import { createLogger } from '../../src/core/logger.js';
import { ellipsis } from '../../src/core/text.js';
import { redact } from '../../src/core/reports/export.js';
import { digits, digitsIn, isSubsequence, joint, leaks, textWithNumbers } from '../helpers/numbers.js';

/** Two runs of digits around a comma or 、 (nothing but them there) that make a mobile's 11 digits. */
const inTwoPieces = (text: string) =>
  [...text.matchAll(/(?<![\d,，、])(\d+)[,，、](\d+)(?![\d,，、])/g)].some((m) =>
    /^1[3-9]\d{9}$/.test(`${m[1]}${m[2]}`),
  );

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

  it('for a model endpoint keeps no digit of any number at all (property)', () => {
    fc.assert(
      fc.property(textWithNumbers, ({ text }) => {
        expect(digitsIn(maskForModel(text))).toBe('');
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

  it('even text cut before masking shows no five digits in a row of a number (property)', () => {
    fc.assert(
      fc.property(textWithNumbers, fc.integer({ min: 2, max: 120 }), ({ text, numbers }, cut) => {
        const out = maskText(ellipsis(text, cut));
        for (const n of numbers) expect(leaks(out, n)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('masks the head of a number that was cut before masking', () => {
    expect(maskText('电话138571624…')).toBe('电话138****…');
    expect(maskText('身份证3101101990010...')).toBe('身份证310****...');
    expect(digitsIn(maskText('身份证310110199001011…')).length).toBeLessThanOrEqual(7);
    // An ID number in groups, cut short: its tail looks like a split phone number but is not one.
    expect(maskText('工资被拖欠了三个月， 100000 1300 0000 000…')).toBe('工资被拖欠了三个月， 100****…');
  });

  it('keeps enough to be useful', () => {
    expect(maskText('电话 13857164439')).toBe('电话 138****4439');
    expect(maskText('１３８５７１６４４３９')).toBe('138****4439');
    expect(maskText('身份证 310110 19900101 123x')).toBe('身份证 310***********123X');
    expect(maskText('办公室 021-65101234')).toBe('办公室 021-****34');
    expect(maskText('念给你：1 3 8 5 7 1 6 4 4 3 9')).toBe('念给你：138****4439');
    expect(maskText('13-857-164-439')).toBe('138****4439');
    // What an IME, autocorrect or a paste leaves between digits (found by QA, stop 35).
    expect(maskText('电话 138—5716—4439')).toBe('电话 138****4439');
    expect(maskText('电话 138 - 5716 - 4439')).toBe('电话 138****4439');
    expect(maskText('电话 138\u200b5716\u200b4439')).toBe('电话 138****4439');
    expect(maskText('电话 \u200f138\u200e5716\u200e4439')).toBe('电话 \u200f138****4439');
    expect(maskText('身份证 1101 0119 9003 0785 15')).toBe('身份证 110***********8515');
  });

  it('masks a mobile number in Chinese numerals, mixed with digits, or with its groups on lines, tabs or slashes (QA10)', () => {
    expect(maskText('电话一三八五七一六二四三九')).toBe('电话138****2439');
    expect(maskText('幺三八 五七一六 二四三九')).toBe('138****2439');
    expect(maskText('壹叁捌伍柒壹陆贰肆叁玖')).toBe('138****2439');
    expect(maskText('加我 138五七一六2439')).toBe('加我 138****2439');
    expect(maskText('一 三 八 五 七 一 六 二 四 三 九')).toBe('138****2439');
    expect(maskText('电话：\n138\n5716\n2439\n谢谢')).toBe('电话：\n138****2439\n谢谢');
    expect(maskText('138\t5716\t2439')).toBe('138****2439');
    expect(maskText('138／5716／2439 或 138 / 5716 / 2439')).toBe('138****2439 或 138****2439');
    // Only a mobile is read across slashes: a date and an amount per month are left.
    for (const text of ['2026/05/12 10:00', '工资 6000/月，押金 2000/3000'])
      expect(maskText(text)).toBe(text);
  });

  it('masks a mobile number whose 3-4-4 groups are between commas or 、, as pieces are read together (QA30)', () => {
    expect(maskText('我电话是：，138，1234，5678，站长扣我钱')).toBe('我电话是：，138****5678，站长扣我钱');
    expect(maskText('电话138,1234,5678 或 139、8765、4321')).toBe('电话138****5678 或 139****4321');
    expect(maskText('一三八，五七一六，二四三九')).toBe('138****2439');
    // Thousands grouped by three, and sums listed in other groupings, are left.
    for (const text of [
      '押金 1,300,000 元',
      '罚了 200，300，1500',
      '扣了150元，2000元',
      '单号 138，12，5678',
    ])
      expect(maskText(text)).toBe(text);
  });

  it('masks an ID number whose 6-8-4 groups are between commas or 、, as pieces are read together (QA31)', () => {
    expect(maskText('我身份证号是，310101，19900307，1234，社保怎么查')).toBe(
      '我身份证号是，310***********1234，社保怎么查',
    );
    expect(maskText('身份证 310101、1990、0307、123X')).toBe('身份证 310***********123X');
    // Lists of order numbers and sums, and groups with no birth date where an ID has one, are left.
    for (const text of [
      '订单 110101，20260512，0001，0002',
      '单号 110101，12345678，1234',
      '罚了 200，300，1500',
    ])
      expect(maskText(text)).toBe(text);
  });

  it('masks an ID number split across lines, and leaves lines of counts, times and amounts (stop 35 leftover)', () => {
    expect(maskText('身份证 110105199\n003071234')).toBe('身份证 110***********1234');
    expect(maskText('身份证号：\n11010519900307\n1234\n麻烦登记')).toBe(
      '身份证号：\n110***********1234\n麻烦登记',
    );
    expect(maskText('110101\r\n19900307\r\n078X')).toBe('110***********078X');
    expect(maskText('150\n2000\n3000')).toBe('150****3000');
    expect(maskText('身份证 110105199\n0030…')).toBe('身份证 110****…');
    for (const text of [
      '今天跑了 32 单\n在线 9 小时\n收入 286 元',
      '早班 07:30\n晚班 19:00\n押金 2000',
      '12\n15\n3\n2026\n0512',
      '订单 123456\n654321\n111111',
      '单量\n120\n135\n98\n142',
    ])
      expect(maskText(text)).toBe(text);
  });

  it('reads Arabic-Indic, extended Arabic-Indic, circled and parenthesised digits as digits (stop 35 leftover)', () => {
    expect(maskText('电话 ١٣٨٥٧١٦٤٤٣٩')).toBe('电话 138****4439');
    expect(maskText('رقمي ۱۳۸-۵۷۱۶-۴۴۳۹')).toBe('رقمي 138****4439');
    expect(maskText('加我 ①③⑧⑤⑦①⑥④④③⑨')).toBe('加我 138****4439');
    expect(maskText('⑴⑶⑻ ⑸⑺⑴⑹ ⑷⑷⑶⑼')).toBe('138****4439');
    expect(maskText('身份证 ١١٠١٠٥١٩٩٠٠٣٠٧١٢٣٤')).toBe('身份证 110***********1234');
    expect(withoutPersonalNumbers('我电话①③⑧⑤⑦①⑥④④③⑨，体检在哪')).toBe(
      withoutPersonalNumbers('我电话13857164439，体检在哪'),
    );
    expect(withoutPersonalNumbers('身份证 110105199\n003071234 丢了咋办')).toBe('身份证  丢了咋办');
    // A list numbered ①②③ is not a number.
    for (const text of ['①早班 07:30 ②晚班 19:00', '⑴ 押金 2000 ⑵ 工资 6000/月', '٣ طلبات'])
      expect(maskText(text)).toBe(text);
  });

  it('reads mathematical digits (bold, double-struck, sans-serif, monospace) as digits, two units each (stop 36 leftover)', () => {
    expect(maskText('电话𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖')).toBe('电话138****5678');
    expect(maskText('加我 𝟙𝟛𝟠𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠 谢谢')).toBe('加我 138****5678 谢谢');
    expect(maskText('𝟣𝟥𝟪 𝟣𝟤𝟥𝟦 𝟧𝟨𝟩𝟪')).toBe('138****5678');
    expect(maskText('𝟭𝟯𝟴-𝟭𝟮𝟯𝟰-𝟱𝟲𝟳𝟴')).toBe('138****5678');
    expect(maskText('𝟷𝟹𝟾𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾')).toBe('138****5678');
    expect(maskText('身份证𝟏𝟏𝟎𝟏𝟎𝟓𝟏𝟗𝟗𝟎𝟎𝟑𝟎𝟕𝟏𝟐𝟑𝟒丢了')).toBe('身份证110***********1234丢了');
    expect(maskForModel('电话𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖')).toBe('电话***');
    expect(withoutPersonalNumbers('我电话𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖，体检在哪')).toBe(
      withoutPersonalNumbers('我电话13812345678，体检在哪'),
    );
    // What the rule leaves stays as typed: a year, a count, and other characters of the same plane.
    for (const text of ['𝟐𝟎𝟐𝟔年跑了 𝟑𝟐 单', '押金 𝟐𝟎𝟎𝟎 元，工资 𝟔𝟎𝟎𝟎/月', '🟎 😀 𝐀𝐁𝐂'])
      expect(maskText(text)).toBe(text);
  });

  it('leaves ticket numbers, times, prices, dates and short numbers alone (property)', () => {
    const safe = fc.oneof(
      fc.tuple(digits(4), digits(6)).map(([y, n]) => `JN-${y}-${n}`),
      // Dates with slashes, amounts per unit, and words with Chinese numerals in them (QA10).
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10).replace(/-/g, '/')),
      fc
        .tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('元/月', '/单', '/天', '元'))
        .map(([n, unit]) => `${n}${unit}`),
      fc.constantFrom(
        '一三五下午',
        '二四六上午',
        '三个月',
        '一二三四五六七八九十',
        '第一百零八',
        '九五后',
        '两三天',
      ),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1, max: 99999 }), digits(2)).map(([y, c]) => `¥${y}.${c}`),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.integer({ min: 0, max: 999999 }).map(String),
      // List markers and a count in another script's digits.
      fc.constantFrom('①早班', '②晚班', '⑴', '⒉', '٣ طلبات', '۱۲ سفارش'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(safe, joint), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([s, j]) => s + j).join('');
        // Two runs around a comma that make a mobile's 11 digits are one typed in pieces (stop 42), not two numbers.
        fc.pre(!inTwoPieces(text));
        expect(maskText(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('masks Taiwan and Hong Kong phone and ID numbers, and bank cards called so (found by QA, stop 32)', () => {
    const out = maskText(
      '我的手機 0912-345-678，身分證 A123456789，香港身份證 A123456(7)，電話 +852 9123 4567',
    );
    expect(out).not.toMatch(/345|3456789|123456|9123 4567/);
    expect(out).toContain('091****678');
    expect(maskText('银行卡号是6222021234567890123')).toBe('银行卡号是6222****0123');
    expect(maskText('卡号 6222 0212 3456 7890')).toBe('卡号 6222****7890');
    // An order number nobody called a card stays for the secretary who needs it.
    expect(maskText('订单号 2026120512345678901')).toBe('订单号 2026120512345678901');
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

describe('a worker’s own number in a question', () => {
  it('is left out of what the question is read for; a landline stays', () => {
    expect(withoutPersonalNumbers('身份证５３０１０２１９９００１０１１２３４丢了咋办')).toBe(
      '身份证丢了咋办',
    );
    expect(withoutPersonalNumbers('我手机 138-1234-5678 收不到验证码')).toBe('我手机  收不到验证码');
    expect(withoutPersonalNumbers('0871-63181101是哪个驿站')).toBe('0871-63181101是哪个驿站');
    expect(withoutPersonalNumbers('我电话一三八五七一六二四三九，体检在哪')).toBe('我电话，体检在哪');
    expect(withoutPersonalNumbers('138\n5716\n2439\n体检在哪')).toBe('\n体检在哪');
  });

  it('does not eat ordinary words with numerals in them: a phone number needs 11 digits in its shape (QA10)', () => {
    for (const text of [
      '一三五下午驿站开门吗',
      '二四六上午有体检吗',
      '工资拖了三个月，一二月份的都没发',
      '第一百零八号驿站在哪',
      '一五一十地说了',
      '2026/05/12 那天的体检',
    ])
      expect(withoutPersonalNumbers(text)).toBe(text);
  });

  it('goes with its label when given as who the worker is, in any script', () => {
    const asked = (text: string) =>
      withoutPersonalNumbers(text)
        .replace(/[\s，,。]+/g, ' ')
        .trim();
    expect(asked('我的手机号是13812345678帮我查下社保')).toBe('帮我查下社保');
    expect(asked('帮我查下社保，手机号１３８１２３４５６７８。')).toBe('帮我查下社保');
    expect(asked('電話：13812345678 想問工會入會')).toBe('想問工會入會');
    expect(asked('我的身份证号是44010619900101123X，社保怎么查')).toBe('社保怎么查');
    expect(asked('my phone number is 13812345678, when is the health check')).toBe(
      'when is the health check',
    );
  });
});

describe('an ID number said in Chinese numerals', () => {
  it('is masked as its digits are', () => {
    expect(maskText('身份证一一〇一〇一一九九〇〇三〇七一二三四')).toBe('身份证110***********1234');
    expect(maskText('身份证壹壹零壹零壹壹玖玖零零叁零柒壹贰叁肆丢了')).toBe('身份证110***********1234丢了');
    expect(maskText('证件号11〇1〇1 1990〇3〇7 1234')).toBe('证件号110***********1234');
    expect(maskText('电话幺三八 一二三四 五六七八')).toBe('电话138****5678');
    expect(withoutPersonalNumbers('身份证一一〇一〇一一九九〇〇三〇七一二三四丢了怎么办')).toBe(
      '身份证丢了怎么办',
    );
  });

  it('but not a long order number with a numeral after it', () => {
    expect(maskText('订单12345678901234 一直没送到')).toBe('订单12345678901234 一直没送到');
  });
});

describe('runs of six digits or more, for what the FAQ gap log keeps', () => {
  it('are hidden whole, in any script and across the separators pieces are joined with', () => {
    expect(maskDigitRuns('我身份证号是，110101，19900307，12')).toBe('我身份证号是，******');
    expect(maskDigitRuns('我的证件号码是，１１０１０１，１９９００３０７，１２')).toBe(
      '我的证件号码是，******',
    );
    expect(maskDigitRuns('号码 11 01 01、1990-03.07')).toBe('号码 ******');
    expect(maskDigitRuns('证件 𝟏𝟏𝟎𝟏𝟎𝟏 丢了')).toBe('证件 ****** 丢了');
  });

  it('count Chinese numerals that name a digit, alone or mixed with digits', () => {
    expect(maskDigitRuns('我身份证号是，一一〇一〇一，一九九〇〇三〇七，一二')).toBe('我身份证号是，******');
    expect(maskDigitRuns('电话幺三八，一二三四')).toBe('电话******');
    expect(maskDigitRuns('证件壹贰叁肆伍陆')).toBe('证件******');
    expect(maskDigitRuns('号码11〇1〇1丢了')).toBe('号码******丢了');
  });

  it('leave counting words, few numerals and years in numerals as they are', () => {
    for (const text of [
      '一二三号驿站在哪？',
      '三四个人',
      '十一点开门',
      '二〇二六年五月',
      '一五一十地说',
      '三百六十五天',
    ])
      expect(maskDigitRuns(text)).toBe(text);
  });

  it('leave sums, dates in words and the kept ends of a masked number as they are', () => {
    for (const text of ['罚了200块，扣了3000', '2026年5月12日社保', '电话138****5678', '五个数字12345'])
      expect(maskDigitRuns(text)).toBe(text);
  });
});

describe('a landline said in Chinese numerals (stop 42)', () => {
  it('is masked as its digits are, whole or cut', () => {
    expect(maskText('办公室 零二一 六五四三二一零九')).toBe(maskText('办公室 021 65432109'));
    expect(maskText('办公室 零二一 六五四三二一零九')).toBe('办公室 021-****09');
    expect(maskText('〇七五五-八八八八八八八八')).toBe('0755-****88');
    expect(maskText('〇七五五－八八八八八八八八')).toBe('0755-****88');
    expect(maskText('电话（零二一）六五四三二一零九')).toBe('电话021-****09');
    expect(maskText('电话零21-6543 2109谢谢')).toBe('电话021-****09谢谢');
    expect(maskText('打零二一六五四三…')).toBe('打021****…');
    expect(maskDigitRuns(maskText('零二一 六五四三二一零九'))).toBe('021-****09');
    // A station's or an office's number stays in what a question is read for, as in digits.
    expect(withoutPersonalNumbers('零二一 六五四三二一零九是哪个驿站')).toBe(
      '零二一 六五四三二一零九是哪个驿站',
    );
  });

  it('leaves counting words, times, counts, years and counting out as they are', () => {
    for (const text of [
      '十一点开门',
      '三四个人',
      '二〇二六年五月',
      '零一二三四五六七八九',
      '〇〇七',
      '零零后',
    ])
      expect(maskText(text)).toBe(text);
  });
});

describe('a number typed in pieces and read together, split anywhere (stop 42)', () => {
  it('is masked as a mobile in two runs, or an ID in two or three with its birth date: digits, full-width, numerals', () => {
    expect(maskText('我电话是，13812，345678')).toBe('我电话是，138****5678');
    expect(maskText('我电话是：1381234567，8')).toBe('我电话是：138****5678');
    expect(maskText('电话１３８１２，３４５６７８')).toBe('电话138****5678');
    expect(maskText('电话一三八一二，三四五六七八谢谢')).toBe('电话138****5678谢谢');
    expect(maskText('我电话是，1381234，5678')).toBe('我电话是，138****5678');
    expect(maskText('身份证，110101199003，071234')).toBe('身份证，110***********1234');
    expect(maskText('身份证号110101，1990030712，34')).toBe('身份证号110***********1234');
    expect(withoutPersonalNumbers('我电话13812，345678，体检在哪')).toBe('我电话，体检在哪');
  });

  it('leaves sums, counts, order numbers and lists as they are', () => {
    for (const text of [
      '罚了1500，2000，500',
      '罚了 200，300，1500',
      '我被罚款了，200，站长不讲理',
      '订单号2026120512，345678901',
      '订单 110101，20260512，0001，0002',
      '单号 138，12，5678',
      '0:13，100000 一三五下午',
      '2013/03/13，一二三四五六七八九十',
      '13812，345678，99',
    ])
      expect(maskText(text)).toBe(text);
  });
});

describe('a number typed in pieces with a space inside a piece (stop 43)', () => {
  it('is masked as the joined number is: 138 12 / 345678, 138 12 / 34 5678, full-width and no-break spaces, numerals', () => {
    expect(maskText('我电话是，138 12，345678')).toBe('我电话是，138****5678');
    expect(maskText('我电话是，138 12，34 5678')).toBe('我电话是，138****5678');
    expect(maskText('我电话是，138 1234 56，78')).toBe('我电话是，138****5678');
    expect(maskText('我电话是，138 1200，5678')).toBe('我电话是，138****5678');
    expect(maskText('电话１３８　１２，３４５６７８')).toBe('电话138****5678');
    expect(maskText('电话138\u00a012，345678')).toBe('电话138****5678');
    expect(maskText('电话一三八 一二，三四五六七八')).toBe('电话138****5678');
    expect(maskText('身份证 110101 1990，0307 1234')).toBe('身份证 110***********1234');
    expect(maskText('身份证，１１０１０１　１９９００３０７，１２３４')).toBe('身份证，110***********1234');
    expect(withoutPersonalNumbers('我电话138 12，345678，体检在哪')).toBe('我电话，体检在哪');
  });

  it('leaves the order numbers, sums, times and dates a secretary needs as they are', () => {
    for (const text of [
      '扣了 150 300，20000',
      '罚了 1500 2000，500',
      '12月5号 12:30，订单 3321 4455',
      '订单 3321 4455，0012 7788',
      '罚了 200 元，扣了 1500，2026 05 12',
      '2026 05 12，13 30',
      '2026 0512，1330 8899',
      '12 30，13 45，14 00',
      '13812 345，678',
      '0:13，100000 一三五下午',
    ])
      expect(maskText(text)).toBe(text);
  });
});
