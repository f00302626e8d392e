/**
 * What workers asked elsewhere (docs/rounds/faq.md, round 35): word bridges learned from the labelled dev questions
 * of many packs, written by different authors. A bridge says that a worker's word (a character pair or an
 * English word) was asked, in at least a few packs, of entries worded with another word: 断了 → 骨折,
 * 封号 → 账号. The index lets a question's word that its pack never uses stand for the bridged words the pack
 * does use, at a discount (index.ts, `search`). Built by `npm run faq:transfer`; nothing in it names a pack.
 *
 *   const t = shippedTransfer();
 *   t.bridges.get(textToken('断了'))  // [{ to: textToken('骨折'), share: 0.5 }, …]
 */
import { readFileSync } from 'node:fs';
import { codePath } from '../../paths.js';
import { textToken, type Token } from './tokenize.js';

export interface Bridge {
  /** A word the entries of other packs used. */
  to: Token;
  /** Its share among the word's bridges (they sum to at most 1). */
  share: number;
}

export interface Transfer {
  bridges: ReadonlyMap<Token, readonly Bridge[]>;
}

/** The committed file: a word (as text: 断了, =fired) → its bridges [word, share], sorted. */
export interface TransferFile {
  about: string;
  bridges: Record<string, [string, number][]>;
}

export const NO_TRANSFER: Transfer = { bridges: new Map() };

export function parseTransfer(file: TransferFile): Transfer {
  const bridges = new Map<Token, Bridge[]>();
  for (const [from, list] of Object.entries(file.bridges))
    bridges.set(
      textToken(from),
      list.map(([to, share]) => ({ to: textToken(to), share })),
    );
  return { bridges };
}

let shipped: Transfer | undefined;

/** The committed knowledge (src/core/faq/transfer.json), read once. */
export function shippedTransfer(): Transfer {
  shipped ??= parseTransfer(
    JSON.parse(readFileSync(codePath('core', 'faq', 'transfer.json'), 'utf8')) as TransferFile,
  );
  return shipped;
}
