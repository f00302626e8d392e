/**
 * The two big dictionaries, loaded on first use rather than at start: pinyin-pro (~25 MB once used) and
 * OpenCC (~13 MB). A start needs neither when the pack writes its area names out (content/names.ts
 * `areaNamed`); the first question or report loads them (~0.1–0.2 s, once per process). Synchronous
 * require, so callers stay synchronous; the production bundle leaves both packages in node_modules.
 */
import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';
import type * as OpenCCJs from 'opencc-js';

const load = createRequire(import.meta.url);

let pinyinPro: typeof PinyinPro | undefined;
let openCC: typeof OpenCCJs | undefined;

/** pinyin-pro's `pinyin` (same overloads). */
export const pinyin = ((text: string, options?: object) =>
  (pinyinPro ??= load('pinyin-pro') as typeof PinyinPro).pinyin(
    text,
    options as never,
  )) as typeof PinyinPro.pinyin;

const converters = new Map<string, OpenCCJs.ConverterFunction>();

/**
 * opencc-js's `Converter`, one per direction for the whole process: building one reads its dictionaries
 * into tries (twp → cn, which reads questions: ~40 MB of heap, 0.3 s), and the FAQ's normaliser and the locale helpers
 * (script.ts) ask for the same directions.
 */
export const Converter = (options: OpenCCJs.ConverterOptions): OpenCCJs.ConverterFunction => {
  const key = `${options.from}>${options.to}`;
  const known = converters.get(key);
  if (known) return known;
  const convert = (openCC ??= load('opencc-js') as typeof OpenCCJs).Converter(options);
  converters.set(key, convert);
  return convert;
};
