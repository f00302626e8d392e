import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ContentPackError,
  formatProblems,
  loadContentPack,
  parseHoursRanges,
  type ContentProblem,
} from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const packs = path.join(root, 'tests/fixtures/packs');
const minimal = path.join(packs, 'minimal');
const content = path.join(root, 'content');

async function problemsOf(dir: string): Promise<ContentProblem[]> {
  try {
    await loadContentPack(dir);
  } catch (err) {
    if (err instanceof ContentPackError) return err.problems;
    throw err;
  }
  return [];
}

/** Problems as `file:line: message` with paths relative to the pack dir, for readable assertions. */
async function linesOf(dir: string): Promise<string[]> {
  return (await problemsOf(dir)).map((p) => formatProblems([{ ...p, file: path.relative(dir, p.file) }]));
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/** A copy of `from` in a temp dir, edited by `edit(dir)`. */
async function packCopy(edit: (dir: string) => Promise<void>, from = minimal): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'waystation-pack-'));
  temps.push(dir);
  await cp(from, dir, { recursive: true });
  await edit(dir);
  return dir;
}

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
  await writeFile(file, text.replace(from, to));
}

describe('loadContentPack — the minimal fixture pack', () => {
  it('loads, applies defaults and orders series and lessons', async () => {
    const pack = await loadContentPack(minimal);
    expect(pack.dir).toBe(minimal);
    expect(pack.settings.ticketPrefix).toBe('TS');
    expect(pack.settings.retentionDays).toBe(180);
    expect(pack.settings.quietWindows).toEqual(['11:00-13:30', '17:00-20:00', '22:00-08:00']);
    expect(pack.branches.map((b) => b.id)).toEqual(['district-test', 'riders-test', 'street-test']);
    expect(pack.branches[1]?.kind).toBe('branch');
    expect(pack.faq.map((f) => f.id)).toEqual(['health-check', 'legal-aid', 'station-charging']);
    expect(pack.stations).toHaveLength(2);
    expect(pack.places[0]?.id).toBe('test-square');
    expect(pack.synonyms).toHaveLength(2);
    expect(pack.categories.emergencyKeywords).toContain('受伤');
    expect(pack.routing).toHaveLength(4);
    expect(pack.schedules[0]?.cron).toBe('30 9 * * 1-5');
    expect(pack.series.map((s) => s.id)).toEqual(['safety']);
    const lessons = pack.series[0]?.lessons ?? [];
    // Sorted by `order`, not by file name (02-helmet.md sorts before 01-… only by order).
    expect(lessons.map((l) => l.id)).toEqual(['safety-red-light', 'safety-helmet']);
    expect(lessons[0]?.series).toBe('safety');
    expect(lessons[0]?.body).toBe('赶单再急也不能闯红灯。');
    expect(path.isAbsolute(lessons[0]?.file ?? '')).toBe(true);
    expect(lessons[1]?.quiz?.answer).toBe(0);
  });

  it('treats places, synonyms and schedules as optional', async () => {
    const dir = await packCopy(async (d) => {
      await rm(path.join(d, 'places.yaml'));
      await rm(path.join(d, 'synonyms.yaml'));
      await rm(path.join(d, 'schedules.yaml'));
    });
    const pack = await loadContentPack(dir);
    expect(pack.places).toEqual([]);
    expect(pack.synonyms).toEqual([]);
    expect(pack.schedules).toEqual([]);
  });
});

describe('loadContentPack — bad packs report file:line', () => {
  const cases: [string, RegExp[]][] = [
    [
      'bad-yaml',
      [/^branches\.yaml:16: YAML error: Map keys must be unique \(a field appears twice in the same item\)$/],
    ],
    ['unknown-branch', [/^stations\.yaml:23: station "test-relay-1": unknown branch "riders-tset"/]],
    [
      'bad-hours',
      [
        /^stations\.yaml:18: station "test-relay-1" hours\.mon: range "20:00-08:00" ends before it starts; ranges may not cross midnight/,
        /^stations\.yaml:19: station "test-relay-1" hours\.tue: ranges "09:00-12:00" and "11:00-17:00" overlap/,
      ],
    ],
    [
      'bad-cron',
      [/^schedules\.yaml:6: schedule "weekday-safety": invalid cron expression "30 25 \* \* 1-5"/],
    ],
    ['missing-other', [/^categories\.yaml:2: a category with id "other" is required/]],
    [
      'duplicate-id',
      [
        /^faq\/stations\.yaml:2: duplicate faq id "health-check" \(first defined at .*faq\/benefits\.yaml:2\)/,
      ],
    ],
    [
      'lesson-too-long',
      [/^lessons\/safety\/02-helmet\.md:12: lesson "safety-helmet" is \d+ characters .*limit is 3500/],
    ],
    ['missing-image', [/^lessons\/safety\/01-redlight\.md:5: image "images\/red-light\.png" does not exist/]],
    ['missing-field', [/^stations\.yaml:11: stations\[1\]: missing required field "address"$/]],
  ];
  it.each(cases)('%s', async (name, expected) => {
    const lines = await linesOf(path.join(packs, name));
    expect(lines).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(lines[i]).toMatch(re));
  });

  it('refuses an id too long for button data, saying the limit and why; 40 characters are fine (QA10)', async () => {
    const long = 'legal-aid-for-riders-hurt-on-the-job-in-yangpu'; // 46 characters
    const dir = await packCopy((d) =>
      replaceIn(path.join(d, 'faq/benefits.yaml'), 'id: legal-aid', `id: ${long}`),
    );
    expect(await linesOf(dir)).toEqual([
      'faq/benefits.yaml:12: entries[1].id: ids are at most 40 characters (this one has 46): they travel in Telegram button data, 64 bytes, e.g. moving a ticket to a branch ("tk:tb:JN-2026-000123:<branch id>")',
    ]);
    const fits = await packCopy((d) =>
      replaceIn(path.join(d, 'faq/benefits.yaml'), 'id: legal-aid', `id: ${long.slice(0, 40)}`),
    );
    expect(await linesOf(fits)).toEqual([]);
  });

  it('reports a YAML syntax error with a hint, and still checks the other files', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(path.join(d, 'branches.yaml'), 'name: 测试骑手支部\n', 'name: 测试骑手支部: 二队\n');
      await replaceIn(path.join(d, 'schedules.yaml'), '30 9 * * 1-5', '30 9 * *');
    });
    expect(await linesOf(dir)).toEqual([
      'branches.yaml:11: YAML error: Nested mappings are not allowed in compact mappings (if a value contains ": ", put the whole value in quotes)',
      expect.stringMatching(
        /^schedules\.yaml:6: schedule "weekday-safety": invalid cron expression "30 9 \* \*"/,
      ),
    ]);
  });

  it('collects every problem from every file in one pass', async () => {
    const lines = await linesOf(path.join(packs, 'many-errors'));
    expect(lines).toEqual([
      'branches.yaml:16: branches[1]: unknown field "colour"',
      'lessons/safety/02-helmet.md:8: quiz.answer: quiz answer must be the index of one of the options (0 = the first)',
      'pack.yaml:4: ticketPrefix: ticket prefix must be 1-4 capital letters, e.g. "JN"',
      'routing.yaml:7: rule 3: unknown category "pay" (not in categories.yaml)',
      'stations.yaml:23: station "test-relay-1": unknown branch "nobody" (not in branches.yaml)',
    ]);
  });

  it('puts every problem in the error message, one per line', async () => {
    const err = await loadContentPack(path.join(packs, 'many-errors')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentPackError);
    const message = (err as ContentPackError).message.split('\n');
    expect(message).toHaveLength(5);
    expect(message[0]).toMatch(/branches\.yaml:16: /);
  });
});

describe('loadContentPack — cross-checks', () => {
  it('reports a missing required file and a missing pack', async () => {
    const dir = await packCopy((d) => rm(path.join(d, 'categories.yaml')));
    const lines = await linesOf(dir);
    expect(lines).toContain('categories.yaml: missing file (it is required)');
    // Routing cannot be checked against missing categories, so it adds no noise.
    expect(lines).toHaveLength(1);
    await expect(loadContentPack(path.join(dir, 'nope'))).rejects.toThrow(/does not exist/);
  });

  it('requires exactly one district branch', async () => {
    const dir = await packCopy((d) =>
      replaceIn(path.join(d, 'branches.yaml'), 'kind: street', 'kind: district'),
    );
    expect(await linesOf(dir)).toEqual([
      'branches.yaml:2: exactly one branch must have kind "district" (found 2)',
    ]);
  });

  it('checks routing origins, areas and targets', async () => {
    const dir = await packCopy((d) =>
      writeFile(
        path.join(d, 'routing.yaml'),
        [
          'rules:',
          '  - { category: road-hazard, area: 火星路, to: street-test }',
          '  - { category: pay-penalty, origin: nowhere, to: origin }',
          '  - { category: "*", to: district-nope }',
          '  - { category: other, origin: freight, to: riders-test }',
          '',
        ].join('\n'),
      ),
    );
    expect(await linesOf(dir)).toEqual([
      `routing.yaml:2: rule 1: area "火星路" is not listed in any branch's areas in branches.yaml (nor is it an alias or short form of one)`,
      'routing.yaml:3: rule 2: origin "nowhere" is neither a branch id nor a kind of group (delivery, express, ride-hailing, freight, live-streaming, street, district, union)',
      'routing.yaml:4: rule 3: unknown branch "district-nope" (not in branches.yaml)',
    ]);
  });

  it('accepts to: area, and refuses a branch whose id routing reserves', async () => {
    const ok = await packCopy((d) =>
      writeFile(
        path.join(d, 'routing.yaml'),
        'rules:\n  - { category: road-hazard, to: area }\n  - { category: "*", to: district-test }\n',
      ),
    );
    expect(await linesOf(ok)).toEqual([]);
    const dir = await packCopy((d) =>
      replaceIn(path.join(d, 'branches.yaml'), 'id: riders-test', 'id: area'),
    );
    expect((await linesOf(dir))[0]).toMatch(/^branches\.yaml:\d+: branch id "area" is reserved/);
  });

  it('checks schedules: unknown series and branches', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(path.join(d, 'schedules.yaml'), 'series: [safety]', 'series: [safety, money]');
      await replaceIn(
        path.join(d, 'schedules.yaml'),
        'branches: [riders-test]',
        'branches: [riders-test, ghosts]',
      );
    });
    expect(await linesOf(dir)).toEqual([
      'schedules.yaml:3: schedule "weekday-safety": unknown series "money" (no lessons/*/series.yaml has this id)',
      'schedules.yaml:5: schedule "weekday-safety": unknown branch "ghosts" (not in branches.yaml)',
    ]);
  });

  it('reports duplicate lesson order and duplicate lesson ids', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(path.join(d, 'lessons/safety/02-helmet.md'), 'order: 2', 'order: 1');
      await replaceIn(
        path.join(d, 'lessons/safety/02-helmet.md'),
        'id: safety-helmet',
        'id: safety-red-light',
      );
    });
    const lines = await linesOf(dir);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^lessons\/safety\/02-helmet\.md:2: duplicate lesson id "safety-red-light" \(first defined at .*01-redlight\.md:2\)$/,
    );
    expect(lines[1]).toMatch(
      /^lessons\/safety\/02-helmet\.md:4: order 1 is already used by lesson "safety-red-light" .* in series "safety"$/,
    );
  });

  it('reports lessons without front matter, and too-long variants', async () => {
    const dir = await packCopy(async (d) => {
      await writeFile(path.join(d, 'lessons/safety/03-loose.md'), '# 没有头部\n正文\n');
      await replaceIn(
        path.join(d, 'lessons/safety/01-redlight.md'),
        'image: red-light.png',
        `image: red-light.png\nvariants:\n  en:\n    title: No red lights\n    body: "${'x'.repeat(3600)}"`,
      );
    });
    expect(await linesOf(dir)).toEqual([
      'lessons/safety/01-redlight.md:9: lesson "safety-red-light" (en) is 3613 characters (title + body); the limit is 3500 so it fits one Telegram message — split it into two lessons',
      'lessons/safety/03-loose.md:1: a lesson must start with YAML front matter between two "---" lines',
    ]);
  });

  it('reports a station id that is also a faq id, impossible dates and unquoted numbers', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(path.join(d, 'stations.yaml'), 'id: test-warm-1', 'id: legal-aid');
      await replaceIn(path.join(d, 'stations.yaml'), 'closedOn: [2026-10-01]', 'closedOn: [2026-02-30]');
      await replaceIn(path.join(d, 'organisers.yaml'), "telegram: ['1001']", 'telegram: [1001]');
    });
    expect(await linesOf(dir)).toEqual([
      'organisers.yaml:3: organisers.telegram[0]: expected text, got number 1001 — put it in quotes: "1001"',
      expect.stringMatching(
        /^stations\.yaml:2: station id "legal-aid" is also a faq id \(.*benefits\.yaml:\d+\); use different ids$/,
      ),
      'stations.yaml:21: stations[1].closedOn[0]: "2026-02-30" is not a calendar date',
    ]);
  });

  it('names the date written the wrong way and how to write it', async () => {
    const dir = await packCopy((d) =>
      replaceIn(
        path.join(d, 'stations.yaml'),
        'closedOn: [2026-10-01]',
        'closedOn: [2026-10-01, 2027-1-1, 2027/02/05, 春节]',
      ),
    );
    expect(await linesOf(dir)).toEqual([
      'stations.yaml:21: stations[1].closedOn[1]: "2027-1-1" is not a date as written here (YYYY-MM-DD) — write 2027-01-01',
      'stations.yaml:21: stations[1].closedOn[2]: "2027/02/05" is not a date as written here (YYYY-MM-DD) — write 2027-02-05',
      'stations.yaml:21: stations[1].closedOn[3]: "春节" is not a date as written here (YYYY-MM-DD) — e.g. 2026-10-01',
    ]);
  });

  it('suggests the near id for an unknown branch, category, series or origin (QA11 #6)', async () => {
    const dir = await packCopy(async (d) => {
      await writeFile(
        path.join(d, 'routing.yaml'),
        [
          'rules:',
          '  - { category: road-hazard, area: 测试路, to: street-tes }',
          '  - { category: pay-penatly, origin: delivry, to: origin }',
          '  - { category: other, to: riders-tset }',
          '  - { category: "*", to: district-nope }',
          '',
        ].join('\n'),
      );
      await replaceIn(path.join(d, 'schedules.yaml'), 'series: [safety]', 'series: [safty]');
    });
    expect(await linesOf(dir)).toEqual([
      'routing.yaml:2: rule 1: unknown branch "street-tes" (not in branches.yaml) — did you mean "street-test"?',
      'routing.yaml:3: rule 2: unknown category "pay-penatly" (not in categories.yaml) — did you mean "pay-penalty"?',
      'routing.yaml:3: rule 2: origin "delivry" is neither a branch id nor a kind of group (delivery, express, ride-hailing, freight, live-streaming, street, district, union) — did you mean "delivery"?',
      'routing.yaml:4: rule 3: unknown branch "riders-tset" (not in branches.yaml) — did you mean "riders-test"?',
      // Nothing near enough: no guess.
      'routing.yaml:5: rule 4: unknown branch "district-nope" (not in branches.yaml)',
      'schedules.yaml:3: schedule "weekday-safety": unknown series "safty" (no lessons/*/series.yaml has this id) — did you mean "safety"?',
    ]);
  });

  it('explains a malformed hours string inside a weekday map', async () => {
    const dir = await packCopy((d) =>
      replaceIn(path.join(d, 'stations.yaml'), 'sat: closed', 'sat: 9-17\n      someday: 24h'),
    );
    expect(await linesOf(dir)).toEqual([
      'stations.yaml:19: stations[1].hours.sat: hours must be "24h", "closed" or "HH:MM-HH:MM[,HH:MM-HH:MM]"',
      'stations.yaml:20: stations[1].hours: unknown field "someday"',
    ]);
  });
});

describe('parseHoursRanges', () => {
  it('turns hours into minute ranges', () => {
    expect(parseHoursRanges('24h')).toEqual([[0, 1440]]);
    expect(parseHoursRanges('closed')).toEqual([]);
    expect(parseHoursRanges('08:00-11:30,14:00-24:00')).toEqual([
      [480, 690],
      [840, 1440],
    ]);
  });
});

describe('the sample pack in content/', () => {
  it('has no problems outside faq/ and lessons/ (those are written separately)', async () => {
    const own = (await problemsOf(content)).filter((p) => {
      const rel = path.relative(content, p.file).split(path.sep).join('/');
      return !rel.startsWith('faq') && !rel.startsWith('lessons');
    });
    expect(formatProblems(own)).toBe('');
  });

  it('holds the ids and sizes other modules rely on', async () => {
    // Swap in the fixture FAQ and drop lessons/schedules so this checks only the sample's own files.
    const dir = await packCopy(async (d) => {
      await rm(path.join(d, 'faq'), { recursive: true, force: true });
      await rm(path.join(d, 'lessons'), { recursive: true, force: true });
      await rm(path.join(d, 'schedules.yaml'), { force: true });
      await mkdir(path.join(d, 'faq'));
      await writeFile(
        path.join(d, 'faq/one.yaml'),
        'entries:\n  - { id: one, title: 一, questions: [一], answer: 一, source: 测试, updated: 2026-01-01 }\n',
      );
    }, content);
    const pack: ContentPack = await loadContentPack(dir);
    expect(pack.settings.district).toEqual({ id: 'yangpu', name: '上海市杨浦区' });
    expect(pack.settings.ticketPrefix).toBe('JN');
    expect(pack.branches.map((b) => b.id)).toEqual([
      'district-yangpu',
      'meituan-yangpu',
      'eleme-yangpu',
      'sf-yangpu',
      'zto-wujiaochang',
      'didi-yangpu',
      'huolala-yangpu',
      'street-wujiaochang',
      'street-kongjiang',
      'street-dinghai',
      'street-daqiao',
    ]);
    expect(pack.branches.filter((b) => b.kind === 'district').map((b) => b.id)).toEqual(['district-yangpu']);
    expect(pack.stations.length).toBeGreaterThanOrEqual(18);
    for (const s of pack.stations) {
      expect(s.lat).toBeGreaterThan(31.25);
      expect(s.lat).toBeLessThan(31.34);
      expect(s.lon).toBeGreaterThan(121.48);
      expect(s.lon).toBeLessThan(121.57);
    }
    expect(pack.stations.filter((s) => s.hours === '24h').length).toBeGreaterThanOrEqual(2);
    expect(pack.places.length).toBeGreaterThanOrEqual(15);
    expect(pack.places.find((p) => p.id === 'wujiaochang')?.aliases).toContain('Wujiaochang');
    expect(pack.synonyms.length).toBeGreaterThanOrEqual(25);
    expect(pack.categories.categories.length).toBeGreaterThanOrEqual(10);
    expect(pack.categories.categories.map((c) => c.id)).toContain('road-hazard');
    expect(pack.routing.at(-1)).toEqual({ category: '*', to: 'district-yangpu' });
    expect(pack.organisers.escalation.telegram?.chat).toBe('-1009999');
  });
});

describe('scripts/content-check.ts', () => {
  const run = (dir: string) =>
    // node with the tsx loader: what `npm run content:check` runs, without npx, sh and the tsx CLI around it.
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', dir], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0 with a summary on a good pack', () => {
    const res = run('tests/fixtures/packs/minimal');
    expect(res.status).toBe(0);
    const [summary, ...advice] = res.stdout.trim().split('\n');
    expect(summary).toBe(
      'content ok: 3 branches, 3 faq entries, 2 stations, 3 categories, 2 lessons in 1 series',
    );
    // The fixture's landmark 测试广场 lies in no office's area: said once, as a hint.
    expect(advice).toEqual([
      expect.stringMatching(/^hint: 1 landmark\(s\) and station\(s\) are in no area \(测试广场\)/),
    ]);
  });

  it('adds advice for the author after the summary when most entries have no example questions', () => {
    const res = run('packs/hongshan');
    expect(res.status).toBe(0);
    const [summary, hint] = res.stdout.trim().split('\n');
    expect(summary).toMatch(/^content ok: \d+ branches, 51 faq entries/);
    expect(hint).toMatch(/^hint: 48 of 51 FAQ entries have no example questions: /);
  });

  it('exits 1 with file:line problems relative to the cwd, no stack trace', () => {
    const res = run('tests/fixtures/packs/many-errors');
    expect(res.status).toBe(1);
    const out = res.stdout;
    expect(out).toContain('tests/fixtures/packs/many-errors/pack.yaml:4: ticketPrefix:');
    expect(out).toContain(
      'tests/fixtures/packs/many-errors/stations.yaml:23: station "test-relay-1": unknown branch "nobody"',
    );
    expect(
      out.split('\n').filter((l) => /^tests\/fixtures\/packs\/many-errors\/\S+:\d+: /.test(l)),
    ).toHaveLength(5);
    expect(out + res.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('content:check — one slip, one message', () => {
  it('a tab used for indentation is one problem at its line, not a cascade of follow-on errors', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(
        path.join(d, 'stations.yaml'),
        '    name: 测试路暖心驿站\n',
        '\tname: 测试路暖心驿站\n',
      );
    });
    const lines = (await linesOf(dir)).filter((l) => l.startsWith('stations.yaml'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^stations\.yaml:3: YAML error: Tabs are not allowed as indentation \(indent with spaces/,
    );
    expect(lines[0]).toMatch(/\d+ later YAML errors? in this file probably follow from this one/);
  });

  it('a field written twice in two places is still reported at both places', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(
        path.join(d, 'stations.yaml'),
        "    hours: '08:00-20:00'\n",
        "    hours: '08:00-20:00'\n    hours: 24h\n",
      );
      await replaceIn(
        path.join(d, 'stations.yaml'),
        '    lon: 121.51\n',
        '    lon: 121.51\n    lon: 121.52\n',
      );
    });
    const lines = (await linesOf(dir)).filter((l) => l.startsWith('stations.yaml'));
    expect(lines).toEqual([
      expect.stringMatching(/^stations\.yaml:9: YAML error: Map keys must be unique/),
      expect.stringMatching(/^stations\.yaml:18: YAML error: Map keys must be unique/),
    ]);
  });

  it('a bracket never closed is reported at the line that opens it', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(
        path.join(d, 'stations.yaml'),
        '    services: [hot-water, rest, charging]\n',
        '    services: [hot-water, rest, charging\n',
      );
    });
    const lines = (await linesOf(dir)).filter((l) => l.startsWith('stations.yaml'));
    expect(lines).toEqual([
      expect.stringMatching(/^stations\.yaml:9: YAML error: .*the "\[" on this line is never closed/),
    ]);
  });
});

describe('content:check — a field written but left empty', () => {
  it('an empty or blank description is explained like a missing one', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(
        path.join(d, 'categories.yaml'),
        '    description: 路面塌陷、井盖缺失、坑洼等骑行路上的安全隐患\n',
        '    description:\n',
      );
      await replaceIn(
        path.join(d, 'categories.yaml'),
        '    description: 罚款、扣钱、配送费和收入结算方面的问题\n',
        "    description: ''\n",
      );
    });
    expect(await linesOf(dir)).toEqual([
      expect.stringMatching(
        /^categories\.yaml:4: categories\[0\]: field "description" is empty — say in a sentence which reports belong/,
      ),
      expect.stringMatching(
        /^categories\.yaml:8: categories\[1\]: field "description" is empty — say in a sentence/,
      ),
    ]);
  });
});

describe('content:check — a number written in quotes', () => {
  it("says to drop the quotes, not 'expected number, received string'", async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(path.join(d, 'stations.yaml'), '    lat: 31.3\n', "    lat: '31.3'\n");
    });
    expect(await linesOf(dir)).toEqual([
      'stations.yaml:6: stations[0].lat: expected a number, got text "31.3" — remove the quotes: 31.3',
    ]);
  });
});

describe('content:check — a comma inside a { … } value', () => {
  it('says the value holds a comma and needs quotes, at its line, not "unknown field"', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(
        path.join(d, 'categories.yaml'),
        '    keywords: [井盖, 坑, 塌陷]\n',
        '    keywords: [井盖, 坑, 塌陷]\n    variants: { en: { name: Road hazards, fog and ice } }\n',
      );
      await replaceIn(
        path.join(d, 'branches.yaml'),
        "      en: { name: Test Riders' Branch }\n",
        "      en: { name: Riders, couriers, drivers' Branch }\n",
      );
    });
    expect(await linesOf(dir)).toEqual([
      `branches.yaml:14: branches[1].variants.en: the value of "name" holds a comma, which ends a value inside { … } — put it in quotes: name: "Riders, couriers, drivers' Branch"`,
      'categories.yaml:6: categories[0].variants.en: the value of "name" holds a comma, which ends a value inside { … } — put it in quotes: name: "Road hazards, fog and ice"',
    ]);
  });

  it('a field of its own that nothing knows is still an unknown field', async () => {
    const dir = await packCopy(async (d) => {
      await replaceIn(
        path.join(d, 'categories.yaml'),
        '    keywords: [井盖, 坑, 塌陷]\n',
        '    keywords: [井盖, 坑, 塌陷]\n    variants: { en: { name: Road hazards, colour: red } }\n',
      );
    });
    expect(await linesOf(dir)).toEqual([
      'categories.yaml:6: categories[0].variants.en: unknown field "colour"',
    ]);
  });
});
