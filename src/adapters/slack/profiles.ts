/**
 * Who a Slack user is, for the core's `UserRef`: a display name (for greetings) and the language their
 * Slack client uses (so a worker whose Slack is in English gets English). Slack events carry neither,
 * so users.info is asked once per person and hour; a slow or failed look-up never holds up an answer.
 *
 *   const profiles = createProfiles(client, logger);
 *   await profiles.get('U123')   // → { name: '王师傅', locale: 'zh-CN' }, or {} when Slack did not say
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';

export interface Profile {
  name?: string;
  /** IETF tag as Slack reports it (`zh-CN`, `en-US`). */
  locale?: string;
  isBot?: boolean;
}

export interface Profiles {
  get(userId: string): Promise<Profile>;
}

export function createProfiles(
  client: webApi.WebClient,
  logger: Logger,
  options: { ttlMs?: number; timeoutMs?: number; max?: number; now?: () => number } = {},
): Profiles {
  const ttl = options.ttlMs ?? 3_600_000;
  const timeout = options.timeoutMs ?? 1500;
  const max = options.max ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; profile: Profile }>();
  const pending = new Map<string, Promise<Profile>>();

  async function fetchProfile(userId: string): Promise<Profile> {
    try {
      const res = await client.users.info({ user: userId, include_locale: true });
      const u = res.user;
      const name = u?.profile?.display_name || u?.real_name || u?.profile?.real_name || u?.name;
      return {
        ...(name ? { name } : {}),
        ...(u?.locale ? { locale: u.locale } : {}),
        ...(u?.is_bot ? { isBot: true } : {}),
      };
    } catch (err) {
      logger.debug({ user: userId, err: (err as Error).message }, 'slack users.info failed');
      return {};
    }
  }

  return {
    async get(userId) {
      const hit = cache.get(userId);
      if (hit && now() - hit.at < ttl) return hit.profile;
      let p = pending.get(userId);
      if (!p) {
        p = fetchProfile(userId).then((profile) => {
          if (cache.size >= max) cache.delete(cache.keys().next().value!);
          cache.set(userId, { at: now(), profile });
          pending.delete(userId);
          return profile;
        });
        pending.set(userId, p);
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<Profile>((resolve) => {
        timer = setTimeout(() => resolve(hit?.profile ?? {}), timeout);
      });
      return Promise.race([p, late]).finally(() => clearTimeout(timer));
    },
  };
}
