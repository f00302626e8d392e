/**
 * One parsed YAML document and the line of any node in it, looked up only when a mistake is reported.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';

export type PathKey = string | number;

/**
 * One parsed YAML document plus what is needed to turn a data path into a line number. The value comes
 * from js-yaml (several times faster, the same YAML 1.2 core schema); the `yaml` package's document, which
 * knows where each node is, is built only when a mistake needs its line — so a good pack loads fast.
 */
export class YamlSource {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly value: unknown,
    /** Lines before the YAML text in the file (front matter starts after a `---` line). */
    private readonly lineOffset = 0,
  ) {}

  private parsed: { doc: Document; lc: LineCounter } | undefined;

  private get doc(): Document {
    return this.located().doc;
  }

  private located(): { doc: Document; lc: LineCounter } {
    if (!this.parsed) {
      const lc = new LineCounter();
      this.parsed = { doc: parseDocument(this.text, { lineCounter: lc, uniqueKeys: true }), lc };
    }
    return this.parsed;
  }

  /** The document as plain data. */
  raw(): unknown {
    return this.value;
  }

  lineAt(offset: number): number {
    return this.located().lc.linePos(offset).line + this.lineOffset;
  }

  /** Line of the node at `p`, else of its nearest existing parent. */
  lineOf(p: readonly PathKey[]): number {
    for (let n = p.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(p.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.lineAt(range[0]);
    }
    return 1 + this.lineOffset;
  }

  /**
   * When the unknown field `key` of the map at `p` is the rest of the field before it, cut off at a comma inside
   * `{ … }` (`en: { name: Road hazards, fog and ice }` reads as `name: Road hazards` and a field `fog and ice`
   * with no value): that field, its line and its whole value as written. Otherwise undefined.
   */
  commaSplit(p: readonly PathKey[], key: string): { field: string; line: number; value: string } | undefined {
    const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
    if (!isMap(node) || !node.flow) return undefined;
    const at = node.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === key);
    if (at < 1 || node.items[at]!.value !== null) return undefined;
    // Back over the pieces with no value (Road hazards, fog, ice) to the field they were cut from.
    let from = at - 1;
    while (from > 0 && node.items[from]!.value === null) from--;
    let to = at;
    while (to + 1 < node.items.length && node.items[to + 1]!.value === null) to++;
    const field = node.items[from]!;
    const end = node.items[to]!.key;
    if (!isScalar(field.key) || !isScalar(field.value) || !field.value.range) return undefined;
    if (!isScalar(end) || !end.range) return undefined;
    return {
      field: String(field.key.value),
      line: this.lineAt(field.key.range?.[0] ?? field.value.range[0]),
      value: this.text.slice(field.value.range[0], end.range[1]),
    };
  }

  /** Line of the key `key` in the map at `p` (for unknown fields), else the map's line. */
  keyLine(p: readonly PathKey[], key: string): number {
    const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range)
          return this.lineAt(pair.key.range[0]);
      }
    }
    return this.lineOf(p);
  }
}

export function getRaw(raw: unknown, p: readonly PropertyKey[]): unknown {
  let cur = raw;
  for (const k of p) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}
