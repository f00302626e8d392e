/**
 * Reading a station question: which place or station it names, which services it asks for, and the cue
 * words around them ("where", "open now?", "24 hours", "phone"). Names come from the pack (places.yaml,
 * station names and aliases); service words from the service labels in locales/ and the pack's synonyms;
 * cue words from the built-in lexicon.
 *
 *   const reader = new StationQueryReader(pack, labels);
 *   reader.read(normalize('五角场附近哪里能充电'))
 *   // → { anchor: { kind: 'place', id: 'wujiaochang', … }, services: ['charging'], cues: { where: true, … } }
 *
 * Its parts (query/), by job: what they share — the query read, anchors, phrases and the index (`types.ts`); the
 * index built once from the pack (`reader-index.ts`) from the phrases naming the pack's places and stations
 * (`name-phrases.ts`, with the forms derived from a station's name, `station-forms.ts`, and the area several stations'
 * names share, `shared-areas.ts`), the services' words (`service-words.ts`) and somewhere else (`elsewhere-phrases.ts`).
 * Reading a question, in order: what its phrases say — cues, services, names met, elsewhere (`hits.ts`); the place or
 * station it is about (`anchor.ts`, with a station named by its address, `address.ts`, and the one station the names
 * point at, `named-stations.ts`); a place the pack does not know (`unknown-place.ts`); a venue, a timetable or a
 * station proposed (`venue-transport-proposal.ts`); what it says of its own (`topic.ts`). This file keeps the
 * contract and the reader: build the index, read a question.
 */
import { askedDay } from './asked-day.js';
import { asksFee } from './follow-up.js';
import { settleAnchor } from './query/anchor.js';
import { readHits } from './query/hits.js';
import { readerIndex } from './query/reader-index.js';
import { topic } from './query/topic.js';
import type { ReaderIndex, ReaderPack, Service, StationQuery } from './query/types.js';
import { unknownLatinPlace, unknownZone, unnamedBeforeNear } from './query/unknown-place.js';
import { namesVenue, outsideNames, PROPOSAL, TRANSPORT } from './query/venue-transport-proposal.js';

export type { Anchor, Service, StationQuery } from './query/types.js';
export { stationAnchor } from './query/types.js';
export { askedServiceWords, serviceWords } from './query/service-words.js';

export class StationQueryReader {
  private readonly index: ReaderIndex;

  constructor(pack: ReaderPack, labels: Record<Service, string[]>) {
    this.index = readerIndex(pack, labels);
  }

  /** Read an already normalised question. */
  read(text: string): StationQuery {
    const ix = this.index;
    const read = readHits(ix, text);
    const { hits, cues, services, elsewhere, covered } = read;
    const anchor = settleAnchor(ix, text, read);

    // A zone or an English place name the pack does not know, asked for a station or a service (郑东新区有歇脚的地方不).
    const unknownPlace =
      !anchor &&
      ((cues.station && unnamedBeforeNear(ix, text, hits)) ||
        (services.size > 0 && unnamedBeforeNear(ix, text, hits, true)) ||
        ((cues.station || services.size > 0) && (unknownZone(ix, text) || unknownLatinPlace(text, ix.stop))));
    const venue = hits.some((h) => namesVenue(ix, text, h));
    // A vehicle word inside a name (火车站东路快递驿站: the station's road) is no timetable asked for.
    const transport = TRANSPORT.test(outsideNames(text, hits));
    const proposal = PROPOSAL.test(text);
    const day = askedDay(text);
    const fee = asksFee(text);
    const words = text.split(' ').filter((w) => w && !ix.stop.has(w));
    const letters = words.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
    return {
      ...(anchor ? { anchor: anchor.anchor } : {}),
      services: [...services],
      cues,
      elsewhere,
      rest: Math.max(0, letters - covered),
      topic: topic(ix, text, hits),
      ...(unknownPlace ? { unknownPlace } : {}),
      ...(venue ? { venue } : {}),
      ...(transport ? { transport } : {}),
      ...(proposal ? { proposal } : {}),
      ...(day ? { day } : {}),
      ...(fee ? { fee } : {}),
    };
  }
}
