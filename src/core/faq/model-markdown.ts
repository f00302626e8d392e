/**
 * A model's Markdown as the chat shows it: models write `**重要**`, `# 标题` and `- 带身份证` even when told not to,
 * and every renderer escapes text, so the marks reached workers as literal asterisks and hashes (QA25 #7). Bold
 * (and a heading) become the platform's own bold; a list item a bullet; other marks (`*x*`, `` `x` ``, `> `, a rule)
 * are dropped; a link is its text with the address after it (the contact check has already vetted the address).
 *
 *   markdownSpans('**重要**：带身份证\n- 空腹')  // → [bold('重要'), '：带身份证\n• 空腹']
 *
 * Not the lessons' reader (lessons/markdown.ts), on purpose: a lesson is an author's text in a small dialect where
 * every mark is meant (italic, code, a link to tap, a quote's ┃) and anything else stays as typed; a model's marks are
 * ones it was told not to write, in any form models use (`#标题`, `__x__`, a rule), so this keeps bold alone and
 * shows a link's address rather than hiding it behind its text. They share only the line loop, which reads rules
 * differently; one reader would need a switch for every rule.
 */
import { bold, spanText, type Span } from '../card.js';

const HEADING = /^\s{0,3}#{1,6}(?:\s+|(?=\p{Script=Han}))(.*?)\s*#*\s*$/u;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>\s?/;
const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__/g;

/** The answer as spans: bold where the model marked it, the rest plain text without marks. */
export function markdownSpans(answer: string): Span[] {
  const lines = answer.replace(/\r\n?/g, '\n').split('\n');
  const out: Span[] = [];
  let blank = false;
  for (const raw of lines) {
    if (RULE.test(raw) || !raw.trim()) {
      // A rule reads as a paragraph break; empty lines in a row are one.
      blank = true;
      continue;
    }
    if (out.length) out.push(blank ? '\n\n' : '\n');
    blank = false;
    const heading = HEADING.exec(raw);
    if (heading) {
      out.push(bold(plainInline(heading[1]!.replace(/\*\*|__/g, ''))));
      continue;
    }
    const line = raw.replace(QUOTE, '').replace(/^(\s*)[-*+]\s+/, '$1• ');
    out.push(...strongSpans(line));
  }
  return merged(out);
}

/** The answer's text as a worker reads it (for its length). */
export function markdownText(answer: string): string {
  return markdownSpans(answer).map(spanText).join('');
}

function strongSpans(line: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const m of line.matchAll(STRONG)) {
    out.push(plainInline(line.slice(at, m.index)), bold(plainInline(m[1] ?? m[2]!)));
    at = m.index + m[0].length;
  }
  out.push(plainInline(line.slice(at)));
  return out;
}

/** Inline marks other than bold dropped: `*x*`, `_x_` between spaces, `` `x` ``, stray `**`, a link's brackets. */
function plainInline(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_w, label: string, href: string) =>
      label === href ? href : `${label} (${href})`,
    )
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/gu, '$1$2')
    .replace(/(^|\s)_(?=\S)([^_\n]*?\S)_(?=\s|$)/gu, '$1$2')
    .replace(/\*\*|__/g, '');
}

/** Neighbouring plain strings joined, empty ones dropped. */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (typeof s === 'string') {
      if (!s) continue;
      const last = out.at(-1);
      if (typeof last === 'string') out[out.length - 1] = last + s;
      else out.push(s);
    } else if (s.text) out.push(s);
  }
  return out;
}
