// The production build: src/bundle.ts (which runs src/main.ts) bundled by esbuild into one CommonJS
// script, dist/waystation.cjs, run by dist/main.js (scripts/launch.mjs) through V8's code cache, which is
// written here by loading the start-up modules once. One file instead of ~600 modules to resolve, and
// compiled code instead of source to compile, are most of the start-up time saved (docs/architecture.md,
// "Start-up"). Type checking is tsc's job (`npm run typecheck`, and `npm run build` runs it first).
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const EXTERNAL = ['@resvg/resvg-js', '@slack/bolt', 'chrono-node', 'echarts', 'openai', 'pino-pretty'];

const { outputFiles } = await build({
  entryPoints: ['src/bundle.ts'],
  outfile: 'dist/waystation.cjs',
  bundle: true,
  // CommonJS, not ES modules: only a classic script can be compiled with a code cache on Node 20. What
  // main.ts imports on demand (the app after polling starts, Slack, the board) is still evaluated only
  // when imported; without the cache V8 only pre-parses it.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Some packages check class names (node-fetch: "AbortSignal"); bundling must not rename them.
  keepNames: true,
  // Less to parse at start and ~7 MiB less resident; function names stay (keepNames), the .map maps lines.
  minify: true,
  // Loaded from node_modules as before: a native addon (resvg), pino-pretty (only at a terminal; the
  // logger runs it in-process, not as a pino transport, so bundled pino needs none of its own files), and
  // big libraries that are only loaded on first use anyway (bundling them would only slow the build).
  // pinyin-pro and opencc-js are not imported at all: src/core/dictionaries.ts requires them on first use.
  external: EXTERNAL,
  // The code is written as ES modules; in the script, import.meta is the bundle file's. src/paths.ts finds
  // data files relative to it, so they are copied into dist/ at the paths they have under src/.
  define: {
    'import.meta.url': '__bundleUrl',
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
  },
  // Wrapped as Node wraps a CommonJS file, strict as the ES modules the code is written as; esbuild's
  // source map counts the wrapper. `__load` is explained below.
  banner: {
    js:
      '(function (exports, require, module, __filename, __dirname, __load) {"use strict";' +
      "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  footer: { js: '})' },
  logLevel: 'warning',
  write: false,
});

// A script compiled by vm.Script cannot import() without an experimental loader hook, so an import() of an
// external package calls `__load` instead, which dist/main.js passes in (its own import(), Node's loader).
// Same length as `import`: the source map stays right.
mkdirSync('dist', { recursive: true });
for (const file of outputFiles) {
  let text = file.text;
  if (file.path.endsWith('.cjs')) {
    for (const name of EXTERNAL) text = text.replaceAll(`import("${name}")`, `__load("${name}")`);
    if (/[^\w$.]import\(/.test(text))
      throw new Error(
        'an import() the bundle cannot run: make its package external (EXTERNAL) or import it statically',
      );
  }
  writeFileSync(file.path, text);
}

// The operator's tools, runnable in the image (which has no tsx, scripts/ or src/): `node dist/export.js`,
// `node dist/gaps-export.js`. ES modules, no code cache (they run once); bundled modules read their data
// files through src/paths.ts as the bot does, from dist/.
await build({
  entryPoints: { export: 'scripts/export.ts', 'gaps-export': 'scripts/gaps-export.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  keepNames: true,
  minify: true,
  external: EXTERNAL,
  // Bundled CommonJS packages (ioredis…) require Node's modules: give the ES module a require.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});

copyFileSync('scripts/launch.mjs', 'dist/main.js');
execFileSync(process.execPath, ['dist/main.js', '--write-code-cache'], { stdio: 'inherit' });

// The commit the build is made from, for the start-up log and /healthz (src/version.ts): WAYSTATION_COMMIT when
// given (the Docker build has no .git; docker-compose.yml passes it: `WAYSTATION_COMMIT=$(git rev-parse --short=10 HEAD) docker compose build`),
// else the checkout's; none when neither is known.
let commit = process.env.WAYSTATION_COMMIT?.trim();
if (!commit) {
  try {
    commit = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    commit = undefined;
  }
}
if (commit) writeFileSync('dist/COMMIT', `${commit}\n`);
