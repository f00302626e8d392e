// dist/main.js of the production build (scripts/build.mjs copies this file there). It runs the bundled
// bot, dist/waystation.cjs, with the V8 code cache the build saved beside it (waystation.cjs.cache): a
// start then reads compiled code instead of compiling ~1.6 MB of JavaScript. Node 20 keeps no code cache
// for ES modules (module.enableCompileCache came in 22.1), hence one CommonJS script run through vm.Script.
// V8 refuses a cache made by another Node version or under other V8 flags (NODE_OPTIONS=--max-old-space-
// size=… is one): the bot then starts as without one, and once it runs saves a cache for this Node and
// these flags in place of the refused one, if dist/ is writable.
//
//   node dist/main.js                      the bot
//   node dist/main.js --write-code-cache   (the build) load the start-up modules and save their code
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import vm from 'node:vm';

const file = join(import.meta.dirname, 'waystation.cjs');
const cacheFile = `${file}.cache`;
const writing = process.argv[2] === '--write-code-cache';

/** Compiled code of every function run so far: the module bodies of a start, not only the top level. */
function saveCache() {
  // Written aside and renamed: a process starting meanwhile reads the old cache or the new one, whole.
  const aside = `${cacheFile}.${process.pid}`;
  writeFileSync(aside, script.createCachedData());
  renameSync(aside, cacheFile);
}

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// The bundle is one function expression (see scripts/build.mjs), called with what Node gives a CommonJS file.
const script = new vm.Script(readFileSync(file, 'utf8'), {
  filename: file,
  // Not kept in a variable: the 1.9 MB are garbage once V8 has read them.
  cachedData: writing ? undefined : readCache(),
});
// No cache, or one V8 refused (then cachedDataRejected is true).
const compiled = script.cachedDataRejected !== false;
const bundle = { exports: {} };
script.runInThisContext().call(
  bundle.exports,
  bundle.exports,
  createRequire(file),
  bundle,
  file,
  import.meta.dirname,
  // import() of the packages left outside the bundle (openai, echarts, …): see scripts/build.mjs.
  (specifier) => import(specifier),
);

if (writing) {
  await bundle.exports.warm();
  saveCache();
  process.exit(0);
}
bundle.exports.start().then(
  () => {
    if (compiled) {
      try {
        saveCache();
      } catch {
        // A read-only dist/ (the Docker image's runs as another user): every start compiles, as it would.
      }
    }
  },
  (err) => {
    process.stderr.write(`\nWaystation could not start: ${err?.stack ?? err}\n`);
    process.exit(1);
  },
);
