/**
 * Lua scripts, one file per atomic operation: `lua/<name>-<numberOfKeys>.lua`, each opening with a
 * comment that states KEYS, ARGV and what it returns. `defineScripts` registers them on a connection
 * with ioredis `defineCommand`, so a call site reads `redis.quizAnswer(k1, k2, k3, user, option)`;
 * ioredis sends EVALSHA and falls back to EVAL when Redis does not have the script (after a restart).
 *
 *   defineScripts(redis, ['quiz-answer-3']);   // → redis.quizAnswer(...)
 *
 * Each repository declares the typed signature of its commands (module augmentation of ioredis).
 * Files are read from source, next to this module (tsx runs from source; a build must copy lua/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { codePath } from '../paths.js';

const LUA_DIR = codePath('store', 'lua');

/** `quiz-answer-3` → `{ command: 'quizAnswer', numberOfKeys: 3 }`. */
export function scriptName(file: string): { command: string; numberOfKeys: number } {
  const m = /^([a-z][a-z0-9-]*?)-(\d+)$/.exec(file);
  if (!m) throw new Error(`Lua script name "${file}" must look like <name>-<numberOfKeys>`);
  const command = m[1]!.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return { command, numberOfKeys: Number(m[2]) };
}

/** Register each script once per connection (a second call for the same name is a no-op). */
export function defineScripts(redis: Redis, files: readonly string[]): void {
  for (const file of files) {
    const { command, numberOfKeys } = scriptName(file);
    if (typeof (redis as unknown as Record<string, unknown>)[command] === 'function') continue;
    redis.defineCommand(command, { numberOfKeys, lua: readScript(file) });
  }
}

/**
 * A script's source, with each line `--@include <name>` replaced by `lua/includes/<name>.lua`, so scripts
 * of one family can share helpers (the ticket scripts share loading, event appending and scoring).
 */
export function readScript(file: string): string {
  const source = readFileSync(resolve(LUA_DIR, `${file}.lua`), 'utf8');
  return source.replace(/^--@include ([a-z0-9-]+)[ \t]*$/gm, (_, name: string) =>
    readFileSync(resolve(LUA_DIR, 'includes', `${name}.lua`), 'utf8'),
  );
}
