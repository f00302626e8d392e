/**
 * The core, the messages and the metrics of an app that is still being built, for an adapter and the HTTP
 * server started before it (main.ts starts Telegram polling first). Calls that handle updates, and a
 * /metrics scrape, wait for the app; the synchronous ones (command list, messages, counters) are only
 * made once it is ready — the adapter waits for that too.
 */
import type { App } from './app.js';
import type { Core } from './core/dispatcher.js';
import type { I18n } from './core/i18n.js';
import type { Metrics } from './core/metrics.js';
import type { MetricsSource } from './http/server.js';

export interface LateApp {
  core: Core;
  i18n: I18n;
  /** The counters the Telegram adapter records (after `ready`: on updates and on sends). */
  metrics: Pick<Metrics, 'updates' | 'replies'>;
  /** The app's registry for /metrics. */
  registry: MetricsSource;
  app: () => App;
}

export function lateApp(ready: Promise<App>): LateApp {
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
    // Still starting: no staff chat is heard beside its threads yet (the message is dropped, as before stop 44).
    hearsAside: (channel, chatId) => built?.core.hearsAside(channel, chatId) ?? false,
  };
  const i18n: I18n = {
    t: (locale, id, args) => app().deps.i18n.t(locale, id, args),
    ids: (locale) => app().deps.i18n.ids(locale),
  };
  const metrics: LateApp['metrics'] = {
    get updates() {
      return app().deps.metrics.updates;
    },
    get replies() {
      return app().deps.metrics.replies;
    },
  };
  const registry: MetricsSource = {
    metrics: async () => (await ready).deps.metrics.registry.metrics(),
    get contentType() {
      return app().deps.metrics.registry.contentType;
    },
  };
  return { core, i18n, metrics, registry, app };
}
