/**
 * `npm run gaps:export`: the confirmed /gaps drafts as faq/*.yaml entries (valid YAML the pack schema
 * accepts) and the learned examples as comments, from the bot's Redis.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { FaqFileSchema } from '../../src/core/content/schema.js';
import { consoleMemory, consoleStateFile } from '../../src/adapters/console/memory.js';
import { localDay } from '../../src/core/stations/hours.js';
import { gapId } from '../../src/store/faq.js';
import { useTestStore } from '../helpers/app.js';
import { scriptArgs } from '../helpers/bot-process.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const t = useTestStore();

/** A question logged as a gap, answered by an organiser's draft, confirmed in yangpu: the draft, and what confirming gave. */
async function confirmedDraft(question: string, title: string, answer: string) {
  const faq = t.store.faq;
  await faq.logGap(question, { text: question });
  const draft = await faq.saveDraft({
    title,
    answer,
    question,
    gap: gapId(question),
    by: 'console:org-li',
    at: 1,
  });
  return { draft, confirmed: await faq.confirmDraft('yangpu', draft.id, draft.gap) };
}

describe('gaps:export', () => {
  it('prints confirmed drafts as pack YAML and learned examples as comments', async () => {
    const faq = t.store.faq;
    const { draft, confirmed } = await confirmedDraft(
      '公积金怎么提取',
      '公积金提取',
      '灵活就业人员可在“随申办”App 申请提取。',
    );
    expect(confirmed).toMatchObject({ id: draft.id });
    await faq.logGap('大篷车啥时候开到我们站点');
    await faq.learn('yangpu', gapId('大篷车啥时候开到我们站点'), 'health-check-tour', 'console:org-li', 2);

    const { stdout } = await run(process.execPath, scriptArgs('gaps-export'), {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: inject('redisUrl'), REDIS_PREFIX: t.store.keys.prefix },
    });
    const file = FaqFileSchema.parse(parse(stdout));
    expect(file.entries).toEqual([
      expect.objectContaining({
        id: draft.id,
        title: '公积金提取',
        questions: ['公积金怎么提取'],
        answer: '灵活就业人员可在“随申办”App 申请提取。\n',
      }),
    ]);
    expect(stdout).toContain('#   health-check-tour: 大篷车啥时候开到我们站点');

    // The organiser pastes both into a copy of the pack (the draft renamed, the wording added to its entry): run
    // again before any worker asks, the export has neither, and the count on stderr says so (orgmonth).
    const pack = await mkdtemp(join(tmpdir(), 'gaps-export-pack-'));
    try {
      await cp(resolve(ROOT, 'content'), pack, { recursive: true });
      await writeFile(
        join(pack, 'faq/gaps.yaml'),
        stringify({
          entries: [{ ...file.entries[0], id: 'housing-fund-withdraw', source: '区住房公积金中心' }],
        }),
      );
      const health = parse(await readFile(join(pack, 'faq/health.yaml'), 'utf8')) as {
        entries: { id: string; questions?: string[] }[];
      };
      health.entries.find((e) => e.id === 'health-check-tour')!.questions!.push('大篷车啥时候开到我们站点');
      await writeFile(join(pack, 'faq/health.yaml'), stringify(health));
      const out = join(pack, 'drafts.yaml');
      const again = await run(
        process.execPath,
        [...scriptArgs('gaps-export'), '--content', pack, '--out', out],
        {
          cwd: ROOT,
          env: { ...process.env, REDIS_URL: inject('redisUrl'), REDIS_PREFIX: t.store.keys.prefix },
        },
      );
      expect(again.stderr).toContain('wrote 0 draft entries and 0 learned examples to add to entries');
      const written = await readFile(out, 'utf8');
      expect(written).not.toContain('公积金');
      expect(written).not.toContain('大篷车');
    } finally {
      await rm(pack, { recursive: true, force: true });
    }
  }, 60_000);

  it("dates the drafts by the console's clock after :clock, not the machine's day (stop 41)", async () => {
    await confirmedDraft('电动车上牌去哪里', '电动车上牌', '带上购车发票和身份证，到区车管所办理。');
    // The console moved the bot's clock 20 days on (`:clock +20d` keeps the offset in its memory, per prefix).
    const file = resolve(ROOT, consoleStateFile(t.store.keys.prefix));
    const ahead = 20 * 86_400_000;
    consoleMemory(file).clock(ahead);
    try {
      const { stdout } = await run(process.execPath, scriptArgs('gaps-export'), {
        cwd: ROOT,
        env: { ...process.env, REDIS_URL: inject('redisUrl'), REDIS_PREFIX: t.store.keys.prefix },
      });
      const bot = localDay(new Date(Date.now() + ahead), 'Asia/Shanghai').date;
      const machine = localDay(new Date(), 'Asia/Shanghai').date;
      expect(stdout).toContain(`updated: ${bot}`);
      expect(stdout).not.toContain(`updated: ${machine}`);
    } finally {
      await rm(file, { force: true });
    }
  }, 60_000);
});
