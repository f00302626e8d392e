/**
 * The core and the messages of an app that is still being built, for an adapter started before it
 * (main.ts starts Telegram polling first). Calls that handle updates wait for the app; the synchronous
 * ones (command list, messages) are only made once it is ready — the adapter waits for that too.
 */
import type { App } from './app.js';
import type { Core } from './core/dispatcher.js';
import type { I18n } from './core/i18n.js';

export function lateApp(ready: Promise<App>): { core: Core; i18n: I18n; app: () => App } {
  let built: App | undefined;
  // Registered before any adapter waits on `ready`, so `built` is set by the time their turn comes.
  ready.then(
    (a) => (built = a),
    () => undefined,
  );
  const app = (): App => {
    if (!built) throw new Error('the app is still starting');
    return built;
  };
  const core: Core = {
    admit: async (update) => (await ready).core.admit(update),
    handle: async (update, options) => (await ready).core.handle(update, options),
    recoverUpdates: async () => (await ready).core.recoverUpdates(),
    drainSpool: async () => (await ready).core.drainSpool(),
    get features() {
      return app().core.features;
    },
    commands: () => app().core.commands(),
  };
  const i18n: I18n = {
    t: (locale, id, args) => app().deps.i18n.t(locale, id, args),
    ids: (locale) => app().deps.i18n.ids(locale),
  };
  return { core, i18n, app };
}
