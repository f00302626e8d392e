/**
 * The loader reads a pack's values with js-yaml (fast) and finds the line of a mistake with the `yaml`
 * package. Both must read every file of both sample packs to the same data, or a line quoted in an error
 * could point at something other than what was checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? yamlFiles(path.join(dir, d.name))
      : d.name.endsWith('.yaml')
        ? [path.join(dir, d.name)]
        : [],
  );
}

describe('the two YAML readers', () => {
  it('read every file of both sample packs to the same data', () => {
    const files = [...yamlFiles(path.join(root, 'content')), ...yamlFiles(path.join(root, 'packs/nanshan'))];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(load(text, { schema: CORE_SCHEMA }), file).toEqual(parseDocument(text).toJS());
    }
  });
});
