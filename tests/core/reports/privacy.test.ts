import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/core/reports/export.js';
import { datesPeriod, ticketsCreatedIn } from '../../../src/core/reports/figures.js';
import { captureLogger, createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, linesIn, T0 } from './helpers.js';
import { bindGroups, claim, fileFrom } from './drive.js';
import { leaks, textWithNumbers } from '../../helpers/numbers.js';

/** Numbers whose hidden middles (5716…, 10199001011, 651077) appear nowhere else in these chats. */
const NUMBERS = [
  { written: '１３８５７１６４４３９', hidden: '5716' },
  { written: '138.5716.4439', hidden: '5716' },
  { written: '+86 138 5716 4439', hidden: '5716' },
  { written: '310110 19900101 123X', hidden: '10199001011' },
  { written: '３１０１１０１９９００１０１１２３４', hidden: '10199001011' },
  { written: '(021)6510 7788', hidden: '651077' },
  // Stop 35 leftovers: an ID across two lines, Arabic-Indic and circled digits.
  { written: '110105199\n003071234', hidden: '0519900307' },
  { written: '١٣٩٢٢٨٨٤٤٣٩', hidden: '2288' },
  { written: '①③⑦⑥⑥⑤⑤④④③⑨', hidden: '6655' },
];

/** A log entry without the fields that are random numbers of ours (time, pid, update ids). */
const withoutIds = ({ time: _t, pid: _p, update: _u, ...rest }: Record<string, unknown>) => rest;
const digitsOf = (s: string) =>
  s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .normalize('NFKC')
    .replace(/\D/g, '');
const c = clock();
let app: TestApp;
let logs: Record<string, unknown>[];

beforeAll(async () => {
  const captured = captureLogger('debug');
  logs = captured.logs;
  app = await createTestApp({ now: c.now, logger: captured.logger });
  await bindGroups(app);
});
afterAll(async () => app.close());

describe('what staff see never rebuilds a phone or ID number', () => {
  it('masks every written form on cards, relays, the queue, the export and the logs', async () => {
    const ids: string[] = [];
    for (const [i, n] of NUMBERS.entries()) {
      // The number sits where the summary line is cut, so a cut before masking would show its head.
      ids.push(
        await fileFrom(app, `rider-p${i}`, 'riders-meituan', `站长扣我工资不给理由，请打 ${n.written} 找我`),
      );
    }
    // A named reporter whose display name carries the number.
    ids.push(await fileFrom(app, '王师傅13857164439', 'riders-meituan', '站长扣我工资不给理由'));
    await claim(app, 'sec-meituan', 'triage-meituan', ids[0]!);
    await app.type(':as sec-meituan', ':in triage-meituan', '/queue');

    const staff = app.console.transcript.filter(
      (l) => !l.to.chatId.startsWith('rider-p') && !l.to.chatId.startsWith('王师傅'),
    );
    expect(staff.some((l) => l.text.includes('王师傅138****4439'))).toBe(true);
    expect(staff.some((l) => l.text.includes('138****4439'))).toBe(true);
    const period = datesPeriod('2026-05-01', '2026-05-31', 'Asia/Shanghai')!;
    const csv = buildExport(
      await ticketsCreatedIn(app.app.deps.store, period.from, period.to),
      app.app.deps.content.get(),
      'Asia/Shanghai',
      T0,
    );
    // Each logged value on its own: digits of neighbouring fields (timestamps, pids) must not join up.
    const logged = logs.flatMap((l) => Object.values(withoutIds(l)).map((v) => JSON.stringify(v)));
    const seen = [...staff.map((l) => l.text), csv.tickets, ...logged];
    for (const text of seen) for (const n of NUMBERS) expect(digitsOf(text), text).not.toContain(n.hidden);
    // The worker's own copy keeps what they wrote.
    const worker = linesIn(app, 'rider-p0')
      .map((l) => l.text)
      .join('\n');
    expect(worker).toContain('站长扣我工资');
  });

  it("keeps a report's words masked at rest: the stored body holds no phone or ID number (QA15)", async () => {
    for (const [i, n] of NUMBERS.entries()) {
      const id = await fileFrom(
        app,
        `rider-rest${i}`,
        'riders-meituan',
        `站长扣我工资不给理由，请打 ${n.written} 找我`,
      );
      const stored = (await app.app.deps.store.tickets.get(id))!;
      expect(digitsOf(stored.text), stored.text).not.toContain(n.hidden);
      expect(stored.text).toContain('站长扣我工资不给理由');
    }
  });

  it('masks numbers in the FAQ gap log and in /gaps', async () => {
    await app.type(':as rider-q zh-CN', ':dm', '驿站能寄包裹吗 我手机１３８５７１６４４３９');
    app.take();
    await app.type(':as org-li zh-CN', ':dm', '/gaps');
    const gaps = (await app.app.deps.store.faq.topGaps(50)).map((g) => g.question).join('\n');
    const shown = app.take().join('\n');
    for (const text of [gaps, shown]) expect(digitsOf(text)).not.toContain('5716');
    expect(gaps).toContain('寄包裹');
  });

  it('no staff view, export row or log line shows five digits in a row of any generated number (property)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(textWithNumbers, async ({ text, numbers }) => {
        const mark = app.console.transcript.length;
        const logged = logs.length;
        const user = `rider-g${run++}`;
        const id = await fileFrom(app, user, 'riders-meituan', `站长扣钱：${text}`.slice(0, 4000), {
          anonymous: run % 2 === 0,
        });
        await app.type(':as sec-meituan', ':in triage-meituan', '/queue');
        const staff = app.console.transcript.slice(mark).filter((l) => l.to.chatId !== user);
        const [row] = (await app.app.deps.store.tickets.getMany([id])).map((t) =>
          buildExport([t], app.app.deps.content.get(), 'Asia/Shanghai', T0),
        );
        const seen = [
          ...staff.map((l) => l.text),
          row!.tickets,
          JSON.stringify(logs.slice(logged).map(withoutIds)),
        ];
        for (const out of seen) for (const n of numbers) expect(leaks(out, n), out).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
