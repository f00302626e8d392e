import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
let http: HttpServer;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  http = createHttpServer({
    health: () => t.app.health(),
    registry: t.app.deps.metrics.registry,
    onError: () => {},
  });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await http.close();
  await t.close();
});

describe('operations endpoints', () => {
  it('/healthz reports Redis reachable and the content loaded', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; checks: Record<string, string> };
    expect(body.ok).toBe(true);
    expect(body.checks.redis).toMatch(/^ok/);
    expect(body.checks.content).toMatch(/branches/);
  });

  it('/metrics counts handled updates and replies in Prometheus text', async () => {
    await t.type(':as rider-1', '/start', ':in some-group', 'chatter nobody addressed to the bot');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/waystation_updates_total\{channel="console",outcome="handled"\} 1/);
    expect(text).toMatch(/waystation_updates_total\{channel="console",outcome="ignored"\} 1/);
    expect(text).toMatch(/waystation_replies_total\{channel="console"\} 1/);
    expect(text).toContain('waystation_redis_ping_seconds');
  });

  it('unknown paths are 404, webhooks only take POST', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    http.mount('/hook', (_req, res) => void res.writeHead(204).end());
    expect((await fetch(`${base}/hook`, { method: 'POST' })).status).toBe(204);
    expect((await fetch(`${base}/hook`)).status).toBe(404);
  });
});
