/**
 * The bot as `npm start` runs it (`tsx src/main.ts`) in a child process, for the tests of the start itself
 * (tests/main; the other process tests start it compiled once per run, ./compiled.ts): the environment points at
 * the test Redis under a fresh key prefix unless `env` says otherwise (`botEnv`, for both).
 *
 *   const child = spawn(process.execPath, BOT_ARGS, { cwd: ROOT, env: botEnv({ TELEGRAM_BOT_TOKEN: t }) });
 *
 * With TEST_BOT_BUILD=1 they start the production build instead (`npm run build` first), and the export
 * scripts' tests run `dist/export.js` and `dist/gaps-export.js`:
 *   npm run build && TEST_BOT_BUILD=1 npx vitest run tests/main/ tests/scripts/gaps-export.test.ts tests/core/reports/export.test.ts
 */
import { resolve } from 'node:path';
import { inject } from 'vitest';
import { testPrefix } from './app.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BOT_ARGS = process.env.TEST_BOT_BUILD ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];

/** An operator's script (`export`, `gaps-export`): through tsx, or its bundle in dist/ with TEST_BOT_BUILD=1. */
export function scriptArgs(name: 'export' | 'gaps-export'): string[] {
  return process.env.TEST_BOT_BUILD ? [`dist/${name}.js`] : ['--import', 'tsx', `scripts/${name}.ts`];
}

export function botEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    HTTP_PORT: '0',
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: testPrefix(),
    ...env,
  };
}
