/**
 * npm run bench [-- PART [ARGS…]]
 *
 * One harness for every benchmark. Each part is a module that exports a `BenchPart`; register it in
 * PARTS below (one line). With no PART the DEFAULT_PARTS run in turn; each part prints its own lines and
 * ends with one summary line `PART key=value …`, so the last line of a single-part run is that summary.
 *
 *   npm run bench              # faq, broadcast, reports (DEFAULT_PARTS)
 *   npm run bench -- faq       # FAQ answering: sample pack, then a generated 10,000-entry pack
 */

export interface BenchPart {
  name: string;
  /** One line for `npm run bench -- --list`. */
  description: string;
  /** Runs the part and prints its results; `args` are what followed the part's name. */
  run(args: string[]): Promise<void>;
}

/** Later parts (broadcast, reports…) add one line each. */
const PARTS: Record<string, () => Promise<BenchPart>> = {
  faq: async () => (await import('./faq.js')).faqBench,
  'faq-methods': async () => (await import('./faq.js')).faqMethodsBench,
  broadcast: async () => (await import('./broadcast.js')).broadcastBench,
  reports: async () => (await import('./reports.js')).reportsBench,
  startup: async () => (await import('./startup.js')).startupBench,
  contention: async () => (await import('./contention.js')).contentionBench,
  board: async () => (await import('./board.js')).boardBench,
};

/** Parts that `npm run bench` with no name runs (measurements needing optional packages are left out). */
const DEFAULT_PARTS = ['faq', 'broadcast', 'reports'];

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (name === '--list') {
    for (const [n, load] of Object.entries(PARTS))
      console.log(`${n.padEnd(14)} ${(await load()).description}`);
    return 0;
  }
  if (name && !PARTS[name]) {
    console.error(`unknown bench part "${name}"; parts: ${Object.keys(PARTS).join(', ')}`);
    return 2;
  }
  for (const n of name ? [name] : DEFAULT_PARTS) {
    const part = await PARTS[n]!();
    console.log(`--- ${part.name}: ${part.description}`);
    await part.run(name ? args : []);
  }
  return 0;
}

main()
  .then((code) => (process.exitCode = code))
  .catch((err: unknown) => {
    console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  });
