/**
 * The FAQ answerer on the project's packs, built as the bot builds it (the pack through its loader, station
 * services named by the locales), for the FAQ and station table tests.
 *
 *   const asker = await askerOn(PACKS.nanshan);
 *   expect(answerId(asker.ask('my boss has not paid my wages', AT_WEDNESDAY_10))).toBe('wage-arrears');
 */
import { resolve } from 'node:path';
import { loadContentPack } from '../../src/core/content/loader.js';
import type { ContentPack } from '../../src/core/content/schema.js';
import { createAsker, type Asker } from '../../src/core/faq/ask.js';
import { offeredEntries, type Answer } from '../../src/core/faq/answer.js';
import { loadI18n } from '../../src/core/i18n.js';
import { serviceLabels } from '../../src/core/stations/labels.js';
import { SAMPLE_PACK } from './app.js';

const root = resolve(import.meta.dirname, '../..');

/** The sample pack (杨浦) and the other districts' packs. */
export const PACKS = {
  yangpu: SAMPLE_PACK,
  nanshan: resolve(root, 'packs/nanshan'),
  hongshan: resolve(root, 'packs/hongshan'),
  chaoyang: resolve(root, 'packs/chaoyang'),
  jinshui: resolve(root, 'packs/jinshui'),
  yanta: resolve(root, 'packs/yanta'),
} as const;

/**
 * `PACKS` and the packs only the FAQ round tests ask on (天河, 余杭, 岳麓, 浑南, 思明, 城关, 渝北, 蜀山, 五华, 南岗, 南海, 鄞州…): kept apart because the report tests
 * run over every pack in `PACKS`.
 */
export const FAQ_PACKS = {
  ...PACKS,
  tianhe: resolve(root, 'packs/tianhe'),
  yuhang: resolve(root, 'packs/yuhang'),
  yuelu: resolve(root, 'packs/yuelu'),
  hunnan: resolve(root, 'packs/hunnan'),
  siming: resolve(root, 'packs/siming'),
  chengguan: resolve(root, 'packs/chengguan'),
  yubei: resolve(root, 'packs/yubei'),
  shushan: resolve(root, 'packs/shushan'),
  wuhua: resolve(root, 'packs/wuhua'),
  qingxiu: resolve(root, 'packs/qingxiu'),
  nankai: resolve(root, 'packs/nankai'),
  honggutan: resolve(root, 'packs/honggutan'),
  guanshanhu: resolve(root, 'packs/guanshanhu'),
  xiaodian: resolve(root, 'packs/xiaodian'),
  longhua: resolve(root, 'packs/longhua'),
  tianshan: resolve(root, 'packs/tianshan'),
  nangang: resolve(root, 'packs/nangang'),
  nanhai: resolve(root, 'packs/nanhai'),
  yinzhou: resolve(root, 'packs/yinzhou'),
} as const;

/** Monday 23 November 2026 and Wednesday 2 December 2026, 10:00 in Shanghai: stations' hours depend on it. */
export const AT_MONDAY_10 = { now: new Date('2026-11-23T02:00:00Z'), timeZone: 'Asia/Shanghai' };
export const AT_WEDNESDAY_10 = { now: new Date('2026-12-02T02:00:00Z'), timeZone: 'Asia/Shanghai' };

/** The entry id of a confident answer, else the kind of answer (`weak`, `unknown`, `stations`…). */
export const answerId = (a: Answer): string => (a.kind === 'faq' ? a.hit.entry.id : a.kind);

/** What the worker sees: the entry answered, "none" (not sure / don't know), or "stations". */
export function seen(a: Answer): string {
  if (a.kind === 'faq') return a.hit.entry.id;
  if (a.kind === 'stations') return 'stations';
  return 'none';
}

/** The entries one tap away from the worker: the answer and its runner-ups, or a "not sure" reply's guesses. */
export function withinOneTap(asker: Asker, a: Answer): string[] {
  return [
    ...(a.kind === 'faq' ? [a.hit.entry.id] : []),
    ...offeredEntries(a, asker.thresholds).map((h) => h.entry.id),
  ];
}

export const labels = serviceLabels(loadI18n(resolve(root, 'locales')));

const packs = new Map<string, Promise<ContentPack>>();

/** A pack loaded once per test file (askers with other options share it). */
export function packAt(dir: string): Promise<ContentPack> {
  let p = packs.get(dir);
  if (!p) packs.set(dir, (p = loadContentPack(dir)));
  return p;
}

export async function askerOn(dir: string, options?: Parameters<typeof createAsker>[2]): Promise<Asker> {
  return createAsker(await packAt(dir), labels, options);
}
