/**
 * The bot and the programs the process tests start, compiled once per test run and shared by every file: esbuild
 * bundles them (each with the modules it imports, TypeScript turned into JavaScript) into
 * node_modules/.cache/waystation-tests/<run>/, and a test starts a child with node alone. Through tsx each child paid
 * for loading some 600 modules through its loader — about 3 CPU-seconds a start; the bundle starts in about 1. The
 * child is still a real process (its own Redis connections, killed with SIGKILL, stdin and stdout); only the
 * loading is done once.
 *
 *   const child = spawn(process.execPath, await compiled('crash-child'), …);
 *
 * The first file of a run that needs the bundle builds it (the other worker waits for it to be ready), so a run of
 * files that start no process builds nothing. `TEST_BOT_BUILD=1` gives the production build instead (`npm run build`
 * first): `dist/main.js` and `dist/export.js`. tests/main keeps `BOT_ARGS` (tsx, what `npm start` runs).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { waitFor } from './wait.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** What can be started, and its source. */
const ENTRIES = {
  /** The bot as `npm start` runs it (src/main.ts). */
  main: 'src/main.ts',
  /** `npm run export`. */
  export: 'scripts/export.ts',
  /** The kill-and-resume bot of tests/core/updates/crash.test.ts. */
  'updates-runner': 'tests/core/updates/runner.ts',
  /** The bot fed console lines of tests/core/reports/nothing-lost.test.ts. */
  'crash-child': 'tests/core/reports/crash-child.ts',
  /** The broadcasting process of tests/core/delivery/crash.test.ts. */
  'delivery-runner': 'tests/core/delivery/runner.ts',
} as const;
export type Entry = keyof typeof ENTRIES;

/** Left to node_modules, as in the production build (scripts/build.mjs): a native addon, and what loads on demand. */
const EXTERNAL = [
  '@resvg/resvg-js',
  '@slack/bolt',
  'chrono-node',
  'echarts',
  'openai',
  'pino-pretty',
  'pinyin-pro',
  'opencc-js',
];

async function bundle(dir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: ENTRIES,
    absWorkingDir: ROOT,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // The modules the entries share are one chunk each, not copied into every entry.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Some packages check class names (node-fetch: "AbortSignal"); bundling must not rename them.
    keepNames: true,
    // src/paths.ts finds the data files (Lua scripts, the FAQ lexicon) beside itself, in src/.
    define: { 'import.meta.dirname': JSON.stringify(join(ROOT, 'src')) },
    // Bundled CommonJS packages (ioredis, pino…) require Node's modules and may name their own folder.
    banner: {
      js: [
        "import { createRequire as __cr } from 'node:module';",
        "import { fileURLToPath as __fu } from 'node:url';",
        'const require = __cr(import.meta.url);',
        'const __filename = __fu(import.meta.url);',
        "const __dirname = __fu(new URL('.', import.meta.url));",
      ].join(' '),
    },
    // No source maps: unminified, a stack in the bundle reads as the source (each module marked `// src/…`).
    logLevel: 'silent',
  });
}

let built: Promise<void> | undefined;

/** Build the run's bundle, or wait for the worker that builds it; fails as the build failed. */
function ready(): Promise<void> {
  built ??= (async () => {
    const dir = inject('compiledDir');
    const done = join(dir, 'READY');
    const failed = join(dir, 'FAILED');
    let mine = false;
    try {
      mkdirSync(join(dir, 'building'), { recursive: false });
      mine = true;
    } catch {
      // Another worker builds it.
    }
    if (mine) {
      try {
        await bundle(dir);
        writeFileSync(done, '');
      } catch (err) {
        writeFileSync(failed, String((err as Error)?.stack ?? err));
      }
    } else {
      await waitFor(() => existsSync(done) || existsSync(failed), 'the test bundle to be built', 120_000);
    }
    if (existsSync(failed))
      throw new Error(`the test bundle did not build:\n${readFileSync(failed, 'utf8')}`);
  })();
  return built;
}

/** node's arguments to start `entry`: this run's bundle (built on first use), or the production build's. */
export async function compiled(entry: Entry): Promise<string[]> {
  if (process.env.TEST_BOT_BUILD && entry === 'main') return [join(ROOT, 'dist/main.js')];
  if (process.env.TEST_BOT_BUILD && entry === 'export') return [join(ROOT, 'dist/export.js')];
  await ready();
  return [join(inject('compiledDir'), `${entry}.mjs`)];
}
