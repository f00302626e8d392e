/**
 * The entry of the production bundle (scripts/build.mjs → dist/waystation.cjs, run by dist/main.js).
 * `start` runs the bot (src/main.ts) and settles once it runs. `warm` only evaluates the modules a Telegram start runs before the
 * first answer, without starting anything: the build calls it once and saves V8's compiled code for them
 * (the code cache), so a start reads compiled code instead of compiling them again (docs/architecture.md,
 * "Start-up").
 */
export const start = async (): Promise<void> => (await import('./main.js')).running;

export const warm = (): Promise<unknown[]> =>
  Promise.all([
    import('./config/index.js'),
    import('./core/logger.js'),
    import('./core/mask.js'),
    import('./http/server.js'),
    import('./store/embedded.js'),
    import('./store/redis.js'),
    import('./app-base.js'),
    import('./main-late.js'),
    import('./adapters/telegram/adapter.js'),
    import('./app.js'),
    import('./core/content/loader.js'),
  ]);
