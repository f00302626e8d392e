import { defineConfig } from 'vitest/config';
import HeavyFirstSequencer from './tests/helpers/sequencer.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One throw-away redis-server for the whole run; each test file uses its own key prefix. A folder for the
    // run's bundle of the programs the process tests start (tests/helpers/compiled.ts).
    globalSetup: ['tests/helpers/redis-global-setup.ts', 'tests/helpers/compiled-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Child processes (crash tests, `npm start`) need real processes, not worker threads.
    pool: 'forks',
    // Vitest's default on 2 cores is ONE worker (cores − 1). Much of a file's time is spent waiting on
    // child processes, Redis and the local stand-ins, so two files side by side keep both cores busy.
    // Files share nothing but the Redis server, and each uses its own key prefix.
    maxWorkers: 2,
    // A worker runs one file after another without re-importing grammY, Bolt and the app for each
    // (isolated, that was about 3 s per file). Safe because nothing in src/ or tests/ keeps state
    // between files: no mocks, no globals, no environment changes; every file closes what it opens.
    isolate: false,
    // On a clean clone (CI) vitest knows no durations and starts the largest files first; the browser files and the
    // ones that start processes are the long ones whatever their size, so they start first (tests/helpers/sequencer.ts).
    sequence: { sequencer: HeavyFirstSequencer },
  },
});
