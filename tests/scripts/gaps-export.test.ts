/**
 * `npm run gaps:export`: the confirmed /gaps drafts as faq/*.yaml entries (valid YAML the pack schema
 * accepts) and the learned examples as comments, from the bot's Redis.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { FaqFileSchema } from '../../src/core/content/schema.js';
import { gapId } from '../../src/store/faq.js';
import { useTestStore } from '../helpers/app.js';
import { scriptArgs } from '../helpers/bot-process.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const t = useTestStore();

describe('gaps:export', () => {
  it('prints confirmed drafts as pack YAML and learned examples as comments', async () => {
    const faq = t.store.faq;
    await faq.logGap('公积金怎么提取', { text: '公积金怎么提取' });
    const draft = await faq.saveDraft({
      title: '公积金提取',
      answer: '灵活就业人员可在“随申办”App 申请提取。',
      question: '公积金怎么提取',
      gap: gapId('公积金怎么提取'),
      by: 'console:org-li',
      at: 1,
    });
    expect(await faq.confirmDraft('yangpu', draft.id, draft.gap)).toMatchObject({ id: draft.id });
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
  }, 60_000);
});
