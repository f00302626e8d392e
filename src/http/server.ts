/**
 * One small HTTP server for operations: /healthz, /metrics, the platform webhooks that adapters mount,
 * and the web board under /board (src/adapters/web/).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HealthReport {
  ok: boolean;
  checks: Record<string, string>;
  /** The release this process runs (main.ts), so replicas on different code can be told apart. */
  version?: string;
}

/** What /metrics serves: a prom-client Registry, or one that waits for the app (main.ts). */
export interface MetricsSource {
  metrics(): Promise<string>;
  /** Read after `metrics()` has settled. */
  readonly contentType: string;
}

export interface HttpServer {
  server: Server;
  /** Mount a handler for POSTs to an exact path (webhooks). */
  mount(path: string, handler: RouteHandler): void;
  /** Mount a handler for every method under a path prefix (the web board under /board). */
  mountPrefix(prefix: string, handler: RouteHandler): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export function createHttpServer(deps: {
  health: () => Promise<HealthReport>;
  registry: MetricsSource;
  onError: (err: unknown) => void;
  /** Require `Authorization: Bearer <token>` on /metrics (METRICS_TOKEN); absent = open (internal network). */
  metricsToken?: string;
}): HttpServer {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const expected = deps.metricsToken ? digest(deps.metricsToken) : undefined;
  /** Constant-time, on digests so the lengths always match. */
  const allowed = (req: IncomingMessage) => {
    if (!expected) return true;
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    return !!m && timingSafeEqual(digest(m[1]!), expected);
  };
  const routes = new Map<string, RouteHandler>();
  const prefixes = new Map<string, RouteHandler>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    void (async () => {
      try {
        if (req.method === 'GET' && path === '/healthz') {
          const report = await deps.health();
          res
            .writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' })
            .end(JSON.stringify(report));
          return;
        }
        if (req.method === 'GET' && path === '/metrics') {
          if (!allowed(req)) {
            res
              .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
              .end('unauthorized');
            return;
          }
          const body = await deps.registry.metrics();
          res.writeHead(200, { 'content-type': deps.registry.contentType }).end(body);
          return;
        }
        for (const [prefix, handler] of prefixes)
          if (path === prefix || path.startsWith(`${prefix}/`)) return await handler(req, res);
        const route = routes.get(path);
        if (route && req.method === 'POST') return await route(req, res);
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } catch (err) {
        deps.onError(err);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('error');
      }
    })();
  });
  return {
    server,
    mount: (path, handler) => void routes.set(path, handler),
    mountPrefix: (prefix, handler) => void prefixes.set(prefix, handler),
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
