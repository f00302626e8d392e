import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildExport, redact, SUMMARY_COLUMNS, TICKET_COLUMNS } from '../../../src/core/reports/export.js';
import { datesPeriod, ticketsCreatedIn } from '../../../src/core/reports/figures.js';
import { createTestApp, testPrefix, type TestApp } from '../../helpers/app.js';
import { compiled } from '../../helpers/compiled.js';
import { clock, HOUR, T0 } from './helpers.js';
import { bindGroups, claim, confirm, fileFrom, resolve } from './drive.js';

const DAY = 24 * HOUR;
const TZ = 'Asia/Shanghai';
const root = path.resolve(import.meta.dirname, '../../..');
const prefix = testPrefix();
let app: TestApp;
let dir: string;
const c = clock();
const ids: Record<string, string> = {};
const PHONE = '13812345678';
const ID_NUMBER = '310101199001011234';
/** node's arguments for `npm run export` (scripts/export.ts compiled for the run, tests/helpers/compiled.ts). */
let exportScript: string[];

beforeAll(async () => {
  exportScript = await compiled('export');
  dir = await mkdtemp(path.join(tmpdir(), 'export-'));
  app = await createTestApp({ now: c.now, prefix });
  await bindGroups(app);
  c.set(T0 - 20 * DAY);
  ids.april = await fileFrom(app, 'rider-april', 'riders-meituan', '四月的事', { category: '薪酬与罚款' });
  c.set(T0);
  // A named reporter whose display name carries a phone number, and a phone number in the text.
  ids.named = await fileFrom(
    app,
    `骑手${PHONE.replace('138', '139')}`,
    'riders-meituan',
    `被罚款50元，站长电话${PHONE}，说不能申诉`,
    { category: '薪酬与罚款' },
  );
  ids.anon = await fileFrom(
    app,
    'rider-anon',
    'riders-meituan',
    `=HYPERLINK("x") 身份证${ID_NUMBER}被平台冻结`,
    { category: '封号与申诉', anonymous: true },
  );
  c.set(T0 + HOUR);
  await claim(app, 'sec-meituan', 'triage-meituan', ids.named);
  c.set(T0 + 2 * HOUR);
  await resolve(app, 'sec-meituan', 'triage-meituan', ids.named, `已联系站长${PHONE}，罚款撤销`);
  c.set(T0 + 3 * HOUR);
  await confirm(app, `骑手${PHONE.replace('138', '139')}`, 5);
}, 60_000);
afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** RFC 4180, enough for the tests: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
};

function noPhones(text: string): void {
  expect(text).not.toContain(PHONE);
  expect(text).not.toContain(PHONE.replace('138', '139'));
  expect(text).not.toMatch(/1[3-9]\d[\s*-]*\d{4}[\s*-]*\d{4}/);
  expect(text).not.toContain(ID_NUMBER);
  expect(text).not.toMatch(/\d{3}\*+\d{4}/);
}

describe('the CSV export', () => {
  it('has a row per ticket of the period with these columns, and a summary row per branch', async () => {
    const period = datesPeriod('2026-05-01', '2026-05-31', TZ)!;
    const tickets = await ticketsCreatedIn(app.app.deps.store, period.from, period.to);
    const out = buildExport(tickets, app.app.deps.content.get(), TZ, T0 + 4 * HOUR);
    expect(parseCsv(out.tickets)[0]).toEqual([...TICKET_COLUMNS]);
    const rows = records(out.tickets);
    expect(rows.map((r) => r.ticket)).toEqual([ids.named, ids.anon]);
    expect(rows[0]).toMatchObject({
      created_at: '2026-05-12 10:00',
      branch: 'meituan-yangpu',
      branch_name: '美团外卖杨浦骑手支部',
      category: 'pay-penalty',
      category_name: '薪酬与罚款',
      status: 'closed',
      anonymous: '0',
      reporter: '骑手[…]',
      respond_by: '2026-05-13 10:00',
      first_response_at: '2026-05-12 11:00',
      responded_in_time: '1',
      resolved_at: '2026-05-12 12:00',
      close_reason: 'confirmed',
      solved: '1',
      solved_on_time: '1',
      rating: '5',
      satisfied: '1',
      anonymised: '0',
      // Sortable durations, to find the slowest tickets (orgmonth): claimed after 1 h, resolved after 2 h.
      first_response_hours: '1.0',
      resolution_hours: '2.0',
    });
    expect(rows[0]!.summary).toContain('站长电话[…]');
    // Anonymous: no identity at all; a would-be formula is only text.
    expect(rows[1]).toMatchObject({
      anonymous: '1',
      reporter: '',
      status: 'new',
      responded_in_time: '0',
      // Filed 4 hours ago with 24 hours to respond: not yet held against the branch.
      due_for_response: '0',
      due_for_resolution: '0',
      solved: '0',
      rating: '',
      satisfied: '',
      first_response_hours: '',
      resolution_hours: '',
    });
    expect(rows[1]!.summary ?? '').toMatch(/^'=HYPERLINK/);
    noPhones(out.tickets);

    const [header] = parseCsv(out.summary);
    expect(header).toEqual([...SUMMARY_COLUMNS]);
    const summary = records(out.summary);
    const pack = app.app.deps.content.get();
    expect(summary.map((s) => s.branch)).toEqual([...pack.branches.map((b) => b.id), 'all']);
    expect(summary.find((s) => s.branch === 'meituan-yangpu')).toMatchObject({
      received: '2',
      open: '1',
      due_for_response: '1',
      responded_in_time: '1',
      response_rate: '100.0%',
      closed: '1',
      closure_rate: '100.0%',
      decided: '1',
      solved: '1',
      resolution_rate: '100.0%',
      on_time_rate: '100.0%',
      rated: '1',
      satisfaction_rate: '100.0%',
      median_first_response_hours: '1.0',
      median_resolution_hours: '2.0',
      top_categories: '封号与申诉 1; 薪酬与罚款 1',
    });
    expect(summary.find((s) => s.branch === 'eleme-yangpu')).toMatchObject({
      received: '0',
      response_rate: '',
    });
    expect(summary.at(-1)).toMatchObject({ branch: 'all', branch_name: '上海市杨浦区', received: '2' });
  });

  it('redacts phone and ID numbers however they are written, and keeps other numbers', () => {
    expect(redact('打 138 1234 5678 或 +86-13812345678')).toBe('打 […] 或 […]');
    expect(redact(`身份证 ${ID_NUMBER} 罚款50元 2026年`)).toBe('身份证 […] 罚款50元 2026年');
    expect(redact('第一行\n第二行')).toBe('第一行 第二行');
    // An ID number ending in its check character X goes whole (the X was left behind: "身份证[…]X被平台封号了").
    expect(redact('身份证31011019900101123X被平台封号了')).toBe('身份证[…]被平台封号了');
    expect(redact('订单 123456 Xiaomi')).toBe('订单 […] Xiaomi');
    expect(redact('电话13812345678X光片在哪拍')).toBe('电话[…]X光片在哪拍');
  });

  it('npm run export writes both files, with a byte-order mark, reading Redis from the environment', async () => {
    const out = path.join(dir, 'may.csv');
    const r = run('--from', '2026-05-01', '--to', '2026-05-31', '--out', out);
    expect(r.err).toContain('wrote 2 tickets');
    expect(r.code).toBe(0);
    const tickets = await readFile(out, 'utf8');
    const summary = await readFile(path.join(dir, 'may-branches.csv'), 'utf8');
    expect(tickets.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(tickets.slice(1))[0]).toEqual([...TICKET_COLUMNS]);
    expect(records(tickets.slice(1)).map((t) => t.ticket)).toEqual([ids.named, ids.anon]);
    expect(records(summary.slice(1)).at(-1)).toMatchObject({ branch: 'all', received: '2' });
    noPhones(tickets + summary);

    // April alone, to stdout.
    const april = run('--from', '2026-04-01', '--to', '2026-04-30');
    expect(april.code).toBe(0);
    const [ticketPart] = april.out.split('\r\n\r\n');
    expect(records(`${ticketPart}\r\n`).map((t) => t.ticket)).toEqual([ids.april]);
  });

  it('refuses bad arguments with the usage line', () => {
    expect(run('--from', '2026-05-01').code).toBe(2);
    const bad = run('--from', '2026-05-31', '--to', '2026-05-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('usage: npm run export');
    expect(run('--from', '2026-02-30', '--to', '2026-03-01').code).toBe(2);
  });
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [...exportScript, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: prefix,
      BOT_TIMEZONE: TZ,
      CONTENT_DIR: 'content',
    },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('/export in chat', () => {
  const files = () =>
    app.console.transcript
      .filter((l) => l.card.file)
      .map((l) => ({ name: l.card.file!.name, text: l.card.file!.data.toString('utf8'), shown: l.text }));

  it('sends an organiser the district as two CSV files, masked, with a byte-order mark, the path shown in the console', async () => {
    c.set(T0 + 4 * HOUR);
    ids.eleme = await fileFrom(app, 'rider-e', 'riders-eleme', '饿了么扣钱', { category: '薪酬与罚款' });
    app.console.transcript.length = 0;
    await app.type(':as org-li', ':dm', '/export 2026-05');
    const [summary, tickets] = files();
    expect(summary!.name).toBe('tickets-2026-05-branches.csv');
    expect(tickets!.name).toBe('tickets-2026-05.csv');
    expect(tickets!.text.startsWith('\uFEFF')).toBe(true);
    expect(records(tickets!.text.slice(1)).map((r) => r.ticket)).toEqual([ids.named, ids.anon, ids.eleme]);
    expect(records(summary!.text.slice(1)).map((r) => r.branch)).toContain('all');
    noPhones(tickets!.text);
    expect(tickets!.shown).toMatch(/📎 .*tickets-2026-05\.csv/);
  });

  it("gives a secretary only their branch's tickets and summary", async () => {
    app.console.transcript.length = 0;
    await app.type(':as sec-meituan', ':dm', '/export 2026-05');
    const [summary, tickets] = files();
    expect(records(tickets!.text.slice(1)).map((r) => r.ticket)).toEqual([ids.named, ids.anon]);
    expect(records(summary!.text.slice(1)).map((r) => r.branch)).toEqual(['meituan-yangpu']);
  });

  it('refuses workers and groups, and explains a period it does not know', async () => {
    app.console.transcript.length = 0;
    app.take();
    await app.type(':as rider-a', ':dm', '/export');
    await app.type(':as org-li', ':in riders-meituan', '/export');
    await app.type(':as org-li', ':dm', '/export yesterday');
    const out = app.take().join('\n');
    expect(out).toContain('需要相应权限');
    expect(out).toContain('看不懂「yesterday」');
    expect(out).toContain(
      '用法：/export [周期]。不写为本月，上月（或 last），近7天（或 7d），2026-11 为某月。',
    );
    expect(files()).toEqual([]);
  });

  it('takes 上月 as the /stats buttons write it (orgmonth)', async () => {
    app.console.transcript.length = 0;
    await app.type(':as org-li', ':dm', '/export 上月');
    const [summary] = files();
    expect(summary?.name).toBe('tickets-2026-04-branches.csv');
  });
});
