/**
 * One loaded pack under several apps (the tests build many apps of a pack in one process: tests/helpers/app.ts
 * `sharedPack`). The one thing an app writes on its pack is `former` (the names of the branches and categories the
 * pack dropped, as the app's Redis recorded them: left-behind.ts), so each app takes its own pack: a copy of the
 * loaded one's fields (the same objects, never written) with a `former` of its own. Two live apps on one loaded pack
 * then cannot differ there, and the loaded pack itself may be frozen.
 *
 * What is built of a pack and kept per pack (the FAQ's asker, the report readers and classifiers) is built of the
 * loaded pack and kept under it, `builtOf(pack)`, so every app of it shares one; those never read `former`. In
 * production an app loads its own pack and `builtOf(pack)` is that pack.
 *
 *   const pack = ownPack(loaded);            // createApp({ pack: loaded })
 *   readers.get(builtOf(pack)) ?? build(builtOf(pack))
 */
import type { ContentPack } from './schema.js';

const loadedOf = new WeakMap<ContentPack, ContentPack>();

/** An app's own pack on `loaded`: the same fields, no `former` yet (the app names its own, left-behind.ts). */
export function ownPack(loaded: ContentPack): ContentPack {
  const { former: _former, ...fields } = loaded;
  const own: ContentPack = fields;
  loadedOf.set(own, builtOf(loaded));
  return own;
}

/** The pack what is built of `pack` is built of, and kept under: the loaded pack an app's own pack is of. */
export function builtOf(pack: ContentPack): ContentPack {
  return loadedOf.get(pack) ?? pack;
}
