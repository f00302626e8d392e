/**
 * A folder for this run's bundle of the programs the process tests start (tests/helpers/compiled.ts builds it
 * there on first use), removed when the run ends. Under node_modules, so the bundle finds the packages it leaves
 * out (openai, echarts…) as the sources do.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's bundle goes (built there by the first file that asks: `compiled()`). */
    compiledDir: string;
  }
}

export default function setup(project: TestProject) {
  const parent = resolve(import.meta.dirname, '../../node_modules/.cache/waystation-tests');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'run-'));
  project.provide('compiledDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
