// The production build: src/main.ts bundled by esbuild into dist/main.js plus the chunks of what is
// imported on demand (the app after polling starts, Slack, the board). One file instead of ~600 modules
// to resolve and load is most of the start-up time saved (docs/architecture.md, "Start-up").
// Type checking is tsc's job (`npm run typecheck`, and `npm run build` runs it first).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Some packages check class names (node-fetch: "AbortSignal"); bundling must not rename them.
  keepNames: true,
  // Less to parse at start and ~7 MiB less resident; function names stay (keepNames), dist/*.map maps lines.
  minify: true,
  // Chunks stay in dist/ itself: src/paths.ts finds data files relative to the file it is bundled into.
  chunkNames: '[name]-[hash]',
  // Loaded from node_modules as before: a native addon (resvg), pino-pretty (only at a terminal; the
  // logger runs it in-process, not as a pino transport, so bundled pino needs none of its own files), and
  // big libraries that are only loaded on first use anyway (bundling them would only slow the build).
  // pinyin-pro and opencc-js are not imported at all: src/core/dictionaries.ts requires them on first use.
  external: ['@resvg/resvg-js', '@slack/bolt', 'chrono-node', 'echarts', 'openai', 'pino-pretty'],
  // Bundled CommonJS packages call require() for Node's built-ins and name __dirname in a few paths
  // (ioredis's error stacks and version lookup); ES modules have none of these of their own.
  banner: {
    js: [
      "import { createRequire as __bundleRequire } from 'node:module';",
      'const require = __bundleRequire(import.meta.url);',
      'const __filename = import.meta.filename;',
      'const __dirname = import.meta.dirname;',
    ].join(' '),
  },
  logLevel: 'warning',
});
