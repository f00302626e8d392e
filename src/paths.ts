/**
 * Where the files read at run time live. Under tsx and vitest this module is src/paths.ts; in the
 * production build it is bundled into dist/main.js or a chunk beside it. Either way its folder sits one
 * level below the checkout, and the build copies the data files next to the code at the same relative
 * paths (src/store/lua → dist/store/lua), so one rule finds them in both.
 */
import { resolve } from 'node:path';

/** src/ when run from source, dist/ when run from the build. */
const CODE_DIR = import.meta.dirname;

/** A data file kept beside the code (Lua scripts, the FAQ lexicon, board assets). */
export const codePath = (...parts: string[]): string => resolve(CODE_DIR, ...parts);

/** A file of the checkout outside the code (locales, prompts). */
export const rootPath = (...parts: string[]): string => resolve(CODE_DIR, '..', ...parts);
