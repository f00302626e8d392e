import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { bindGroups, claim, fileFrom } from '../core/reports/drive.js';

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

  it('/metrics has the programme figures: open and overdue tickets per branch, FAQ outcomes and votes', async () => {
    await bindGroups(t);
    const id = await fileFrom(t, 'rider-m1', 'riders-meituan', '超时罚款50元不合理', { anonymous: true });
    await fileFrom(t, 'rider-m3', 'riders-meituan', '站点又乱扣钱了', { anonymous: true });
    await claim(t, 'sec-meituan', 'triage-meituan', id);
    await t.type(':as rider-m2', ':dm', '社保怎么交', ':press 2', '量子纠缠的原理是什么');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/waystation_tickets_open\{branch="meituan-yangpu"\} 2/);
    expect(text).toMatch(/waystation_tickets_overdue\{branch="meituan-yangpu"\} 0/);
    expect(text).toMatch(/waystation_tickets_open\{branch="eleme-yangpu"\} 0/);
    expect(text).toMatch(/waystation_faq_answers_total\{outcome="answered"\} 1/);
    expect(text).toMatch(/waystation_faq_answers_total\{outcome="(unanswered|suggested)"\} 1/);
    // The claim was the first response: one observation in the histogram.
    expect(text).toMatch(/waystation_ticket_first_response_seconds_count\{urgency="\w+"\} 1/);
    expect(text).toMatch(/waystation_faq_votes_total\{vote="down"\} 1/);
    expect(text).toContain('waystation_notice_acks_total');
  });

  it('with METRICS_TOKEN, /metrics answers only with the bearer token; /healthz stays open', async () => {
    const guarded = createHttpServer({
      health: () => t.app.health(),
      registry: t.app.deps.metrics.registry,
      onError: () => {},
      metricsToken: 'a-long-metrics-token-123',
    });
    const url = `http://127.0.0.1:${await guarded.listen(0, '127.0.0.1')}`;
    try {
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      const wrong = { headers: { authorization: 'Bearer nope' } };
      expect((await fetch(`${url}/metrics`, wrong)).status).toBe(401);
      const right = { headers: { authorization: 'Bearer a-long-metrics-token-123' } };
      const res = await fetch(`${url}/metrics`, right);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('waystation_updates_total');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('unknown paths are 404, webhooks only take POST', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    http.mount('/hook', (_req, res) => void res.writeHead(204).end());
    expect((await fetch(`${base}/hook`, { method: 'POST' })).status).toBe(204);
    expect((await fetch(`${base}/hook`)).status).toBe(404);
  });
});
