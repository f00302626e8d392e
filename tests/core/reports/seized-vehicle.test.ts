/**
 * 扣 of a vehicle is seizing it, not docking pay: "电动车在小区门口被保安扣了" is a parking and access report in
 * every pack (found using the bot on 建邺, stop 32), while "站长扣了我两百块" stays a pay report.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createClassifier } from '../../../src/core/reports/classify.js';

const root = resolve(import.meta.dirname, '../../..');
const PACKS = ['packs/jianye', 'packs/hunnan', 'packs/lixia', 'content'];

async function categoryOf(pack: string, text: string): Promise<string> {
  return createClassifier(await loadContentPack(resolve(root, pack))).classify(text).category;
}

describe.each(PACKS)('in %s', (pack) => {
  it('a bike held at the gate is parking and access', async () => {
    expect(await categoryOf(pack, '电动车在小区门口被保安扣了')).toMatch(/^parking/);
  });
  it('money docked is still pay', async () => {
    expect(await categoryOf(pack, '站长扣了我两百块')).toMatch(/^pay/);
  });
});
