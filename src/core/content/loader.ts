/**
 * Reads a content pack from disk, validates every file against schema.ts and cross-checks the
 * files against each other. All problems from all files are collected in one pass, each with the
 * file and line that caused it, so an organiser can fix a whole pack after one run.
 *
 * Its parts (loader/), by where a message to a pack's author is made: reading a file, and its YAML syntax
 * errors (`files.ts`); a field that does not fit its schema — missing, empty, unknown, text for a number, a date
 * not written YYYY-MM-DD (`validate.ts`); ids used twice, dates not on the calendar, station hours (`checks.ts`);
 * lessons and their front matter (`lessons.ts`); the line of a node (`yaml-source.ts`) and the problem list
 * itself (`problems.ts`). This file keeps `loadContentPack`: which files a pack has, and the checks across them
 * (unknown branches, categories, series and areas, reserved and clashing ids, one district branch, the "other"
 * category, lesson orders, cron expressions).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import cron from 'node-cron';
import type { z } from 'zod';
import {
  BranchSchema,
  BranchesFileSchema,
  CategoriesFileSchema,
  CategorySchema,
  FaqEntrySchema,
  FaqFileSchema,
  GROUP_KINDS,
  INDUSTRIES,
  OrganisersFileSchema,
  PackSettingsSchema,
  PlaceSchema,
  PlacesFileSchema,
  RoutingFileSchema,
  RoutingRuleSchema,
  ScheduleSchema,
  SchedulesFileSchema,
  StationSchema,
  StationsFileSchema,
  SynonymsFileSchema,
  type Branch,
  type CategoriesFile,
  type ContentPack,
  type FaqEntry,
  type Organisers,
  type PackSettings,
  type Place,
  type RoutingRule,
  type Schedule,
  type Station,
} from './schema.js';
import { addressTowns, areaNamed } from './names.js';
import { didYouMean } from './near-id.js';
import { knowPlaceNames } from '../stations/reading.js';
import { checkDates, checkDuplicates, checkStationHours } from './loader/checks.js';
import { isDir, readYamlFile } from './loader/files.js';
import { loadLessons, type LoadedLesson } from './loader/lessons.js';
import { ContentPackError, Problems } from './loader/problems.js';
import { validateFile, validateList, type ListFile } from './loader/validate.js';
import { getRaw, type PathKey, type YamlSource } from './loader/yaml-source.js';

export { parseHoursRanges } from './loader/checks.js';
export { LESSON_MAX_CHARS } from './loader/lessons.js';
export { ContentPackError, formatProblems, type ContentProblem } from './loader/problems.js';

/**
 * Loads and validates the pack in `dir`. Throws ContentPackError listing every problem found.
 * The returned pack has `dir` and each lesson's `file` as absolute paths.
 */
export async function loadContentPack(dir: string): Promise<ContentPack> {
  const problems = new Problems();
  if (!(await isDir(dir))) {
    problems.add(dir, undefined, 'content pack directory does not exist');
    throw new ContentPackError(problems.list);
  }

  // --- single-object files
  const packSrc = await readYamlFile(problems, dir, 'pack.yaml', false);
  let settings: PackSettings | undefined;
  if (packSrc && packSrc !== 'absent') {
    settings = validateFile(problems, packSrc, PackSettingsSchema);
    if (settings) checkDates(problems, packSrc, settings.holidays, ['holidays']);
  }

  const orgSrc = await readYamlFile(problems, dir, 'organisers.yaml', false);
  let organisers: Organisers | undefined;
  if (orgSrc && orgSrc !== 'absent') organisers = validateFile(problems, orgSrc, OrganisersFileSchema);

  // --- branches
  const branchesSrc = await readYamlFile(problems, dir, 'branches.yaml', false);
  let branches: (ListFile<Branch> & { whole?: z.output<typeof BranchesFileSchema> }) | undefined;
  if (branchesSrc && branchesSrc !== 'absent') {
    branches = validateList(problems, branchesSrc, BranchesFileSchema, 'branches', BranchSchema);
    checkDuplicates(
      problems,
      'branch',
      new Map(),
      branches.items.map((b) => ({ id: b.value.id, src: branchesSrc, path: ['branches', b.index, 'id'] })),
    );
    // routing.yaml's `to: origin` and `to: area` name no branch: a branch called so could never be routed to.
    for (const b of branches.items)
      if (b.value.id === 'origin' || b.value.id === 'area')
        problems.at(
          branchesSrc,
          ['branches', b.index, 'id'],
          `branch id "${b.value.id}" is reserved: routing.yaml's \`to: ${b.value.id}\` means something else — choose another id`,
        );
    // Count kinds on the raw data so that a district branch with another error is still counted.
    const rawList = getRaw(branchesSrc.raw(), ['branches']);
    const districts = Array.isArray(rawList)
      ? rawList.filter((b) => getRaw(b, ['kind']) === 'district').length
      : 0;
    if (Array.isArray(rawList) && districts !== 1) {
      problems.at(
        branchesSrc,
        ['branches'],
        `exactly one branch must have kind "district" (found ${districts})`,
      );
    }
  }
  const branchIds = branches?.ids;
  // Routing rules may name an area by its name, an alias or a derived short form (五角场 for 五角场街道).
  const areaNames = areaNamed(branches?.items.map((b) => b.value) ?? []);
  /** Reports an unknown branch id, unless branches.yaml could not be read at all. */
  const checkBranch = (src: YamlSource, p: PathKey[], ref: string, what: string) => {
    if (branchIds && !branchIds.has(ref))
      problems.at(
        src,
        p,
        `${what}: unknown branch "${ref}" (not in branches.yaml)${didYouMean(ref, branchIds)}`,
      );
  };

  // --- faq/*.yaml
  const faq: FaqEntry[] = [];
  const faqIds = new Map<string, { file: string; line: number }>();
  const faqDir = path.join(dir, 'faq');
  let faqOk = true;
  if (!(await isDir(faqDir))) {
    problems.add(faqDir, undefined, 'missing directory: FAQ entries live in faq/*.yaml');
    faqOk = false;
  } else {
    const names = (await readdir(faqDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
    if (names.length === 0) {
      problems.add(faqDir, undefined, 'no FAQ files: add at least one faq/*.yaml');
      faqOk = false;
    }
    for (const name of names) {
      const src = await readYamlFile(problems, dir, path.join('faq', name), false);
      if (!src || src === 'absent') {
        faqOk = false;
        continue;
      }
      const list = validateList(problems, src, FaqFileSchema, 'entries', FaqEntrySchema);
      if (!list.whole) faqOk = false;
      checkDuplicates(
        problems,
        'faq',
        faqIds,
        list.items.map((e) => ({ id: e.value.id, src, path: ['entries', e.index, 'id'] })),
      );
      for (const e of list.items) {
        if (e.value.updated !== undefined)
          checkDates(problems, src, [e.value.updated], ['entries', e.index, 'updated']);
        if (e.value.branch !== undefined)
          checkBranch(src, ['entries', e.index, 'branch'], e.value.branch, `faq "${e.value.id}"`);
      }
      faq.push(...list.items.map((e) => e.value));
    }
  }

  // --- stations.yaml
  const stationsSrc = await readYamlFile(problems, dir, 'stations.yaml', false);
  let stationsWhole: Station[] | undefined;
  if (stationsSrc && stationsSrc !== 'absent') {
    const list = validateList(problems, stationsSrc, StationsFileSchema, 'stations', StationSchema);
    stationsWhole = list.whole?.stations;
    checkDuplicates(
      problems,
      'station',
      new Map(),
      list.items.map((s) => ({ id: s.value.id, src: stationsSrc, path: ['stations', s.index, 'id'] })),
    );
    for (const st of list.items) {
      checkBranch(stationsSrc, ['stations', st.index, 'branch'], st.value.branch, `station "${st.value.id}"`);
      checkStationHours(problems, stationsSrc, st);
      checkDates(problems, stationsSrc, st.value.closedOn, ['stations', st.index, 'closedOn']);
      // FAQ and station ids share one namespace: an answer is "a faq entry or a station".
      const clash = faqIds.get(st.value.id);
      if (clash) {
        problems.at(
          stationsSrc,
          ['stations', st.index, 'id'],
          `station id "${st.value.id}" is also a faq id (${clash.file}:${clash.line}); use different ids`,
        );
      }
    }
  }

  // --- places.yaml (optional)
  let places: Place[] | undefined = [];
  const placesSrc = await readYamlFile(problems, dir, 'places.yaml', true);
  if (placesSrc === undefined) places = undefined;
  else if (placesSrc !== 'absent') {
    const list = validateList(problems, placesSrc, PlacesFileSchema, 'places', PlaceSchema);
    places = list.whole?.places;
    checkDuplicates(
      problems,
      'place',
      new Map(),
      list.items.map((p) => ({ id: p.value.id, src: placesSrc, path: ['places', p.index, 'id'] })),
    );
  }

  // --- synonyms.yaml (optional)
  let synonyms: string[][] | undefined = [];
  const synSrc = await readYamlFile(problems, dir, 'synonyms.yaml', true);
  if (synSrc === undefined) synonyms = undefined;
  else if (synSrc !== 'absent') synonyms = validateFile(problems, synSrc, SynonymsFileSchema)?.synonyms;

  // --- categories.yaml
  const catSrc = await readYamlFile(problems, dir, 'categories.yaml', false);
  let categories: (ListFile<z.output<typeof CategorySchema>> & { whole?: CategoriesFile }) | undefined;
  if (catSrc && catSrc !== 'absent') {
    categories = validateList(problems, catSrc, CategoriesFileSchema, 'categories', CategorySchema);
    checkDuplicates(
      problems,
      'category',
      new Map(),
      categories.items.map((c) => ({ id: c.value.id, src: catSrc, path: ['categories', c.index, 'id'] })),
    );
    categories.whole?.precedence.forEach((cid, i) => {
      if (!categories!.ids.has(cid))
        problems.at(
          catSrc,
          ['precedence', i],
          `precedence[${i}]: unknown category "${cid}" (not one of the categories below)${didYouMean(cid, categories!.ids)}`,
        );
    });
    // Reports that match no keyword land in "other"; without it the classifier has nowhere to put them.
    if (categories.whole && !categories.ids.has('other'))
      problems.at(
        catSrc,
        ['categories'],
        'a category with id "other" is required (reports that match nothing go there)',
      );
  }

  // --- routing.yaml
  const routeSrc = await readYamlFile(problems, dir, 'routing.yaml', false);
  let routing: RoutingRule[] | undefined;
  if (routeSrc && routeSrc !== 'absent') {
    const list = validateList(problems, routeSrc, RoutingFileSchema, 'rules', RoutingRuleSchema);
    routing = list.whole?.rules;
    for (const { index, value: r } of list.items) {
      const label = `rule ${index + 1}`;
      if (r.category !== '*' && categories && !categories.ids.has(r.category)) {
        problems.at(
          routeSrc,
          ['rules', index, 'category'],
          `${label}: unknown category "${r.category}" (not in categories.yaml)${didYouMean(r.category, categories.ids)}`,
        );
      }
      if (r.to !== 'origin' && r.to !== 'area') checkBranch(routeSrc, ['rules', index, 'to'], r.to, label);
      const kinds: readonly string[] = [...GROUP_KINDS, ...INDUSTRIES];
      if (r.origin !== undefined && !kinds.includes(r.origin)) {
        if (branchIds && !branchIds.has(r.origin)) {
          problems.at(
            routeSrc,
            ['rules', index, 'origin'],
            `${label}: origin "${r.origin}" is neither a branch id nor a kind of group (${GROUP_KINDS.join(', ')})${didYouMean(r.origin, [...branchIds, ...kinds])}`,
          );
        }
      }
      if (r.area !== undefined && branches && !areaNames(r.area)) {
        problems.at(
          routeSrc,
          ['rules', index, 'area'],
          `${label}: area "${r.area}" is not listed in any branch's areas in branches.yaml (nor is it an alias or short form of one)`,
        );
      }
    }
  }

  // --- lessons
  const lessons = await loadLessons(problems, dir);
  checkDuplicates(
    problems,
    'series',
    new Map(),
    lessons.series.map((s) => ({ id: s.value.id, src: s.src, path: ['id'] })),
  );
  const lessonIds = new Map<string, { file: string; line: number }>();
  for (const s of lessons.series) {
    checkDuplicates(
      problems,
      'lesson',
      lessonIds,
      s.lessons.map((l) => ({ id: l.lesson.id, src: l.src, path: ['id'] })),
    );
    const orders = new Map<number, LoadedLesson>();
    for (const l of s.lessons) {
      const first = orders.get(l.lesson.order);
      if (first) {
        problems.at(
          l.src,
          ['order'],
          `order ${l.lesson.order} is already used by lesson "${first.lesson.id}" (${first.src.file}:${first.src.lineOf(['order'])}) in series "${s.value.id}"`,
        );
      } else orders.set(l.lesson.order, l);
    }
  }

  // --- schedules.yaml (optional)
  let schedules: Schedule[] | undefined = [];
  const schedSrc = await readYamlFile(problems, dir, 'schedules.yaml', true);
  if (schedSrc === undefined) schedules = undefined;
  else if (schedSrc !== 'absent') {
    const list = validateList(problems, schedSrc, SchedulesFileSchema, 'schedules', ScheduleSchema);
    schedules = list.whole?.schedules;
    checkDuplicates(
      problems,
      'schedule',
      new Map(),
      list.items.map((s) => ({ id: s.value.id, src: schedSrc, path: ['schedules', s.index, 'id'] })),
    );
    for (const { index, value: s } of list.items) {
      const label = `schedule "${s.id}"`;
      s.series.forEach((sid, i) => {
        if (lessons.ok && !lessons.ids.has(sid)) {
          problems.at(
            schedSrc,
            ['schedules', index, 'series', i],
            `${label}: unknown series "${sid}" (no lessons/*/series.yaml has this id)${didYouMean(sid, lessons.ids)}`,
          );
        }
      });
      s.audience.branches.forEach((b, i) =>
        checkBranch(schedSrc, ['schedules', index, 'audience', 'branches', i], b, label),
      );
      if (!cron.validate(s.cron)) {
        const detail = cron
          .validateDetailed(s.cron)
          .errors.map((e) => e.message)
          .join('; ');
        problems.at(
          schedSrc,
          ['schedules', index, 'cron'],
          `${label}: invalid cron expression "${s.cron}"${detail ? ` (${detail})` : ''}; expected "minute hour day month weekday", e.g. "30 9 * * 1-5"`,
        );
      }
    }
  }

  if (problems.list.length > 0) {
    const sorted = [...problems.list].sort((a, b) =>
      a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1,
    );
    throw new ContentPackError(sorted);
  }
  // No problems means every required part parsed; the checks below only narrow the types.
  if (
    !settings ||
    !organisers ||
    !branches?.whole ||
    !faqOk ||
    !stationsWhole ||
    !places ||
    !synonyms ||
    !categories?.whole ||
    !routing ||
    !schedules
  ) {
    throw new ContentPackError([
      {
        file: dir,
        message:
          'content pack could not be read (internal error: a part is missing without a reported problem)',
      },
    ]);
  }

  const pack: ContentPack = {
    dir: path.resolve(dir),
    settings,
    branches: branches.whole.branches,
    organisers,
    faq,
    stations: stationsWhole,
    places,
    synonyms,
    categories: categories.whole,
    routing,
    series: lessons.series
      .map((s) => ({ ...s.value, lessons: s.lessons.map((l) => l.lesson).sort((a, b) => a.order - b.order) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    schedules,
  };
  knowPackPlaces(pack);
  return pack;
}

/**
 * An English reader's readings cut names at the pack's own places (辛寨子建设银行 → Xinzhaizi Jianshe Yinhang), its
 * district's and city's names (吴中综合保税区 → Wuzhong Zonghe Baoshuiqu) and the towns its stations' addresses are
 * in (城南吴中大道 → Chengnan Wuzhong Dadao): done as a pack is loaded, and again by whoever takes a pack loaded
 * before another one (tests share a loaded pack between apps, tests/helpers/app.ts).
 */
export function knowPackPlaces(pack: ContentPack): void {
  knowPlaceNames([
    ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
    ...pack.branches.flatMap((b) => [b.name, ...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
    ...pack.settings.district.name.split(/[省市区县]/u),
    ...pack.stations.flatMap((s) => addressTowns(s.address)),
  ]);
}
