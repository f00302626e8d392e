/**
 * The offline report classifier on a pack, built once per pack and test file (a pack's classifier is
 * built as the bot builds it; the rows of a table test share it).
 *
 *   const classifier = await classifierOn('packs/nanshan');   // a directory, relative to the repository
 */
import { resolve } from 'node:path';
import { createClassifier, type Classifier } from '../../src/core/reports/classify.js';
import { packAt } from './askers.js';

const root = resolve(import.meta.dirname, '../..');
/** The six packs the emergency rounds are checked on (武侯 and 余杭 are only ever scored, never tuned on). */
export const TUNEABLE_PACK_DIRS = [
  'content',
  'packs/nanshan',
  'packs/jinshui',
  'packs/yanta',
  'packs/hongshan',
  'packs/chaoyang',
] as const;

const classifiers = new Map<string, Promise<Classifier>>();

export function classifierOn(dir: string): Promise<Classifier> {
  const at = resolve(root, dir);
  let c = classifiers.get(at);
  if (!c) classifiers.set(at, (c = packAt(at).then(createClassifier)));
  return c;
}
