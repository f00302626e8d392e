/**
 * A vehicle that hit someone, said in English with the vehicle first ("a car hit me", "the taxi knocked him
 * over"): a crash, reported as the same report put the other way round ("I was hit by a car") — not a blow from a
 * person, which "hit me" alone would be. What a secretary sees: the crash in the accident category, as an emergency.
 * Not on 杨浦 (content/): its author gave "hit me" to the personal-safety category as a keyword, and a pack's own
 * keyword decides.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = TUNEABLE_PACK_DIRS.filter((dir) => dir !== 'content');

describe.each(PACKS)('a vehicle as the subject of "hit" through %s', (dir) => {
  it.each([
    [
      'A car hit me on the main road, my leg is bleeding a lot',
      'I was hit by a car on the main road, my leg is bleeding a lot',
    ],
    ['the taxi knocked him over and he is not moving', 'he was knocked over by a taxi and he is not moving'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    const a = classifier.classify(told);
    const b = classifier.classify(plain);
    expect(a.category).toBe(b.category);
    expect(a.urgency).toBe('emergency');
  });
});
