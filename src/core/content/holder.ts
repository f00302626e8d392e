import type { ContentPack } from './schema.js';

/**
 * The loaded pack, swappable at run time (a reload replaces it whole, so a reader never sees half a pack).
 */
export interface ContentHolder {
  get(): ContentPack;
  replace(pack: ContentPack): void;
  onReplace(listener: (pack: ContentPack) => void): void;
}

export function createContentHolder(initial: ContentPack): ContentHolder {
  let current = initial;
  const listeners: ((pack: ContentPack) => void)[] = [];
  return {
    get: () => current,
    replace(pack) {
      current = pack;
      for (const l of listeners) l(pack);
    },
    onReplace: (l) => void listeners.push(l),
  };
}
