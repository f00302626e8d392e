/**
 * The stop 41 upgrade, run once at start-up (app.ts): what the FAQ kept before stop 40 hid every run of six digits
 * or more — learned examples and drafts made from gaps logged then, and those gaps — still held a worker's words
 * with the pieces of a number in them ("我身份证号是，110101，19900307，12"), in Redis although every view and the
 * export hide them on read. Each is rewritten as the gap log keeps a question now (`gapText`, counted under
 * `gapOf`), in one script that writes only if it still holds what was read; a marker per pack ends it, so a restart
 * does not scan again. README "Upgrading" tells how to run it again.
 *
 *   await hideKeptNumbers(store.faq, pack.settings.district.id);   // → how many were rewritten
 */
import type { FaqRepo } from '../ports/faq.js';
import { gapOf, gapText } from './setup.js';

export function hideKeptNumbers(faq: FaqRepo, district: string): Promise<number> {
  return faq.hideKeptNumbers(district, { text: gapText, key: gapOf });
}
