/**
 * Advice for a pack's author, printed by `npm run content:check` after a pack passes (never an error):
 * - when most FAQ entries have no example questions — the measured weak spot of a new district's pack
 *   (docs/rounds/faq.md, issue 9's rounds): workers' own words reach an entry far more often through two or three
 *   examples in those words, or through what organisers teach in /gaps;
 * - an entry whose own title the bot answers with another entry: two entries the bot cannot tell apart.
 *
 *   for (const line of packAdvice(pack, asker, now)) console.log(`hint: ${line}`);
 */
import type { ContentPack } from '../content/schema.js';
import type { Asker } from './ask.js';
import type { AskOptions } from './answer.js';
import { authoredExamples } from './learned.js';

export function packAdvice(pack: ContentPack, asker: Asker, at: AskOptions): string[] {
  const out: string[] = [];
  const bare = pack.faq.filter((e) => authoredExamples(e) === 0).length;
  if (pack.faq.length > 0 && bare * 2 > pack.faq.length)
    out.push(
      `${bare} of ${pack.faq.length} FAQ entries have no example questions: give the ones workers ask most two or ` +
        `three in workers' own words (dialect, short, a story; content/README.md, faq), or teach them in /gaps`,
    );
  for (const entry of pack.faq) {
    const answer = asker.ask(entry.title, at);
    if (answer.kind === 'faq' && answer.hit.entry.id !== entry.id)
      out.push(
        `faq entry "${entry.id}": its own title is answered with "${answer.hit.entry.id}" — ` +
          `say in the title or answer what sets them apart`,
      );
  }
  return out;
}
