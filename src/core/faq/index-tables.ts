/**
 * The data structures the FAQ index is built with: an integer hash table (token → id), a per-document token
 * counter that stays in cache, and a radix sort of (token, document, frequency) triples. Apart from the index
 * because they are general-purpose and tuned only for the build's speed (docs/faq.md, "Speed").
 */

/**
 * Non-negative int32 → int32, open addressing with linear probing; `get` returns −1 when absent. Keys and
 * values are interleaved in one array (slot h: key at 2h, value at 2h + 1), so a lookup in a table far
 * larger than the CPU cache costs one cache miss, not two.
 */
export class IntTable {
  private slots: Int32Array;
  private size: number;
  private count = 0;
  /**
   * Fibonacci hashing: the slot is the product's HIGH bits. (The low bits of a product depend only on the
   * key's low bits, and a pair token's low bits are nearly constant — HAN_SPAN is a multiple of 1024 —
   * which made long probe chains and was the build's largest cost.)
   */
  private shift: number;

  /** Room for about `expected` keys before the first resize. */
  constructor(expected = 1 << 15) {
    this.size = 2 ** Math.ceil(Math.log2(Math.max(1 << 16, expected * 2)));
    this.slots = new Int32Array(this.size * 2).fill(-1);
    this.shift = 32 - Math.log2(this.size);
  }

  get(key: number): number {
    const mask = this.size - 1;
    const slots = this.slots;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.size) this.resize();
    const mask = this.size - 1;
    const slots = this.slots;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (slots[2 * h] !== -1 && slots[2 * h] !== key) h = (h + 1) & mask;
    if (slots[2 * h] === -1) this.count++;
    slots[2 * h] = key;
    slots[2 * h + 1] = value;
  }

  private resize(): void {
    const old = this.slots;
    this.size *= 2;
    this.slots = new Int32Array(this.size * 2).fill(-1);
    this.shift--;
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.set(old[i]!, old[i + 1]!);
  }
}

/**
 * Counts of a document's Chinese tokens per field: open addressing over a table that fits in cache,
 * cleared by a stamp; tokens get local indexes 0, 1, 2… in first-seen order.
 */
export class DocCounter {
  private bits = 12;
  private slotStamp = new Int32Array(1 << 12);
  private slotLocal = new Int32Array(1 << 12);
  private stamp = 1;
  private keys = new Uint32Array(1 << 11);
  private counts = new Int32Array(4 << 11);
  size = 0;

  reset(): void {
    this.stamp++;
    this.size = 0;
  }

  key(l: number): number {
    return this.keys[l]!;
  }

  count(l: number, field: number): number {
    return this.counts[4 * l + field]!;
  }

  /** The local index of `key`, or −1 when the document has not counted it. */
  find(key: number): number {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.slotStamp[h] === this.stamp) {
      const l = this.slotLocal[h]!;
      if (this.keys[l] === key) return l;
      h = (h + 1) & mask;
    }
    return -1;
  }

  /** Counts one occurrence of `key` in `field`; returns the key's local index. */
  add(key: number, field: number): number {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      if (this.slotStamp[h] !== this.stamp) break;
      const l = this.slotLocal[h]!;
      if (this.keys[l] === key) {
        this.counts[4 * l + field]!++;
        return l;
      }
      h = (h + 1) & mask;
    }
    const l = this.size++;
    if (l === this.keys.length) {
      const keys = new Uint32Array(2 * l);
      keys.set(this.keys);
      this.keys = keys;
      const counts = new Int32Array(8 * l);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.keys[l] = key;
    const c = this.counts;
    c[4 * l] = c[4 * l + 1] = c[4 * l + 2] = c[4 * l + 3] = 0;
    c[4 * l + field] = 1;
    this.slotStamp[h] = this.stamp;
    this.slotLocal[h] = l;
    if (2 * this.size > 1 << this.bits) this.rehash();
    return l;
  }

  private rehash(): void {
    this.bits++;
    this.slotStamp = new Int32Array(1 << this.bits);
    this.slotLocal = new Int32Array(1 << this.bits);
    const mask = (1 << this.bits) - 1;
    for (let l = 0; l < this.size; l++) {
      let h = Math.imul(this.keys[l]!, 0x9e3779b1) >>> (32 - this.bits);
      while (this.slotStamp[h] === this.stamp) h = (h + 1) & mask;
      this.slotStamp[h] = this.stamp;
      this.slotLocal[h] = l;
    }
  }
}

/**
 * Sorts the triples `keys[0…n)` (non-negative, below 2³⁰) with their `doc` and `tf`, stably: an LSD radix
 * sort in three 10-bit passes, each a counting sort that carries the key, document, term frequency and the
 * triple's original index along (1,024 buckets: the scattered writes stay in cache, and nothing is read
 * out of order). The last pass writes documents and term frequencies into `outDoc` / `outTf`. Returns
 * the sorted keys and, per sorted position, the triple's original index.
 */
export function radixSort(
  keys: Uint32Array,
  doc: Int32Array,
  tf: Float32Array,
  n: number,
  outDoc: Int32Array,
  outTf: Float32Array,
): { keys: Uint32Array; from: Int32Array } {
  const BITS = 10;
  const R = 1 << BITS;
  const count = new Int32Array(R);
  const bufKey = [new Uint32Array(n), new Uint32Array(n)];
  const bufFrom = [new Int32Array(n), new Int32Array(n)];
  const bufDoc = [new Int32Array(n), outDoc];
  const bufTf = [new Float32Array(n), outTf];
  let srcKey = keys;
  let srcDoc = doc;
  let srcTf = tf;
  let srcFrom: Int32Array | undefined;
  // Passes write buffers 1, 0, 1: the last one lands in outDoc / outTf (buffer 1).
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * BITS;
    const o = (pass + 1) & 1;
    const dstKey = bufKey[o]!;
    const dstFrom = bufFrom[o]!;
    const dstDoc = bufDoc[o]!;
    const dstTf = bufTf[o]!;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(srcKey[i]! >>> shift) & (R - 1)]!++;
    for (let r = 0, sum = 0; r < R; r++) {
      const c = count[r]!;
      count[r] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = srcKey[i]!;
      const at = count[(key >>> shift) & (R - 1)]!++;
      dstKey[at] = key;
      dstDoc[at] = srcDoc[i]!;
      dstTf[at] = srcTf[i]!;
      dstFrom[at] = srcFrom ? srcFrom[i]! : i;
    }
    srcKey = dstKey;
    srcDoc = dstDoc;
    srcTf = dstTf;
    srcFrom = dstFrom;
  }
  return { keys: srcKey, from: srcFrom! };
}
