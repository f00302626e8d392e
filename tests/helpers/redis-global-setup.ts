/**
 * One throw-away redis-server for the whole test run, on a free port, with no persistence.
 * Tests never touch a developer's own Redis. Each test gets the URL through `inject('redisUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { startRedisServer } from '../../src/store/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
  };
}
