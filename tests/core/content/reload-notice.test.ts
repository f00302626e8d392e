/**
 * A live edit of the content pack that does not load is told to the organisers in their escalation chat, once
 * per bad version however many watcher events and replicas see it, and its fix once it loads (QA11 #1). Two
 * apps on one Redis prefix and one pack folder stand for two replicas; both run their delivery engines.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger, createTestApp, MINIMAL_PACK, testPrefix, type TestApp } from '../../helpers/app.js';
import { waitFor } from '../../helpers/wait.js';

const ESCALATION = 'district-escalation';
let dir: string;
const replicas: { t: TestApp; logs: Record<string, unknown>[] }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ws-reload-'));
  await cp(MINIMAL_PACK, dir, { recursive: true });
  const prefix = testPrefix();
  for (let i = 0; i < 2; i++) {
    const { logger, logs } = captureLogger();
    const t = await createTestApp({ contentDir: dir, prefix, logger });
    // One console for both, as one chat platform: what either sends lands in one transcript, in order.
    if (replicas[0]) t.app.outbox.register('console', replicas[0].t.console.outbox);
    t.app.deps.delivery.start(['console']);
    replicas.push({ t, logs });
  }
});
afterAll(async () => {
  for (const r of replicas.reverse()) await r.t.close();
  await rm(dir, { recursive: true, force: true });
});

/** What the escalation chat got, from whichever replica sent it. */
const told = (chat = ESCALATION) =>
  replicas[0]!.t.console.transcript.filter((l) => l.to.chatId === chat).map((l) => l.text);
const count = (msg: string) => (r: (typeof replicas)[number]) => r.logs.filter((l) => l.msg === msg).length;
const invalidSeen = count('content pack changed but is invalid; keeping the previous pack');
const reloaded = count('content pack reloaded');

/** Write `file`, then wait until every replica has loaded it (`seen` counts up on each) and nothing is queued. */
async function edit(
  file: string,
  text: string,
  seen: (r: (typeof replicas)[number]) => number,
): Promise<void> {
  const before = replicas.map(seen);
  await writeFile(path.join(dir, file), text);
  await waitFor(() => replicas.every((r, i) => seen(r) > before[i]!), `both replicas loading ${file}`);
  await waitFor(
    async () => (await replicas[0]!.t.app.deps.store.delivery.depth('console')) === 0,
    'the delivery queue drained',
  );
}

describe('an invalid pack edit is told to the organisers', () => {
  it('once per bad version, in the escalation chat; the fix once; nothing for a good edit after a good one', async () => {
    const branches = await readFile(path.join(dir, 'branches.yaml'), 'utf8');
    const routing = await readFile(path.join(dir, 'routing.yaml'), 'utf8');
    const tab = branches.replace('    kind: street\n', '\tkind: street\n');
    expect(tab).not.toBe(branches);

    await edit('branches.yaml', tab, invalidSeen);
    await waitFor(() => told().length === 1, 'the organisers told');
    const [first] = told();
    expect(first).toMatch(
      /^⚠️ 内容包有 1 处错误，仍在用上一版：\nbranches\.yaml:\d+: YAML error: Tabs are not allowed/,
    );
    expect(first).toContain(`查看全部错误：npm run content:check -- ${dir}`);

    // The same bad version saved again (an editor's second write): both replicas load it, nobody repeats it.
    await edit('branches.yaml', tab, invalidSeen);
    expect(told()).toHaveLength(1);

    // Fixed: the new version is in use, said once.
    await edit('branches.yaml', branches, reloaded);
    await waitFor(() => told().length === 2, 'the fix told');
    expect(told()[1]).toBe('✅ 内容包的错误已改好，新版已启用。');
    // Another bad version: told again, the first five problems and how many more.
    const ghosts = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(
      (x) => `  - { category: other, to: ghost-${x} }\n`,
    );
    await edit('routing.yaml', routing + ghosts.join(''), invalidSeen);
    await waitFor(() => told().length === 3, 'the second bad version told');
    const lines = told()[2]!.split('\n');
    expect(lines[0]).toBe('⚠️ 内容包有 7 处错误，仍在用上一版：');
    expect(
      lines.slice(1, 6).every((l) => /^routing\.yaml:\d+: rule \d+: unknown branch "ghost-/.test(l)),
    ).toBe(true);
    expect(lines[6]).toBe('……另有 2 处');

    // Fixed: said once; a good edit after a good one says nothing.
    await edit('routing.yaml', routing, reloaded);
    await waitFor(() => told().length === 4, 'the second fix told');
    await edit('routing.yaml', `${routing}\n`, reloaded);
    expect(told()).toHaveLength(4);
  });

  it('in the escalation chat’s own language', async () => {
    const organisers = await readFile(path.join(dir, 'organisers.yaml'), 'utf8');
    const english = organisers.replace(
      '{ chat: district-escalation }',
      '{ chat: organisers-en, locale: en }',
    );
    await edit('organisers.yaml', english, reloaded);
    await edit('organisers.yaml', english.replace('escalation:', 'escalation:\n  slakc: {}'), invalidSeen);
    await waitFor(() => told('organisers-en').length === 1, 'the organisers told in English');
    expect(told('organisers-en')[0]).toMatch(
      /^⚠️ The content pack has 1 error; still using the previous version:\norganisers\.yaml:\d+: escalation: unknown field "slakc"\n/,
    );
  });
});
