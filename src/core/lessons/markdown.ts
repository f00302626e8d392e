/**
 * The little Markdown a lesson body uses, turned into card spans (each renderer escapes them):
 * `**bold**`, `*italic*` or `_italic_`, `` `code` ``, `[text](https://…)`, `# heading` lines (bold),
 * `- item` / `* item` lists (•), `> quote` lines (┃). Anything else stays as written.
 *
 *   markdownSpans('**别闯红灯**，慢一点')  // [{ text: '别闯红灯', style: 'bold' }, '，慢一点']
 *   markdownPlain('- **别闯红灯**')        // '• 别闯红灯'
 *
 * Not the model's reader (faq/model-markdown.ts), on purpose: that one strips marks a model was told not to write,
 * keeping bold alone and a link's address in plain sight; a lesson's author means every mark, so italic, code, links
 * and quotes are rendered, and what is no mark of this dialect (a rule, `#标题` without a space) stays as written.
 */
import { spanText, type Span } from '../card.js';

const INLINE =
  /\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w])_(?!\s)(.+?)(?<!\s)_(?![\w])|`([^`]+)`|\[([^\]]+)\]\((\S+?)\)/g;

function inline(line: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > last) out.push(line.slice(last, m.index));
    if (m[1] !== undefined) out.push({ text: m[1], style: 'bold' });
    else if (m[2] !== undefined) out.push({ text: m[2], style: 'italic' });
    else if (m[3] !== undefined) out.push({ text: m[3], style: 'italic' });
    else if (m[4] !== undefined) out.push({ text: m[4], style: 'code' });
    else if (m[5] !== undefined && m[6] !== undefined) out.push({ text: m[5], href: m[6] });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push(line.slice(last));
  return out;
}

export function markdownSpans(body: string): Span[] {
  const out: Span[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let blank = 0;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim()) {
      blank++;
      return;
    }
    // Paragraphs are separated by one empty line however many the file has.
    if (i > 0 && out.length) out.push(blank ? '\n\n' : '\n');
    blank = 0;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push({ text: heading[1]!.replace(/\*\*/g, ''), style: 'bold' });
      return;
    }
    const item = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (item) {
      out.push('• ', ...inline(item[1]!));
      return;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      out.push('┃ ', ...inline(quote[1]!));
      return;
    }
    out.push(...inline(line));
  });
  return out;
}

/** The body as plain text, the words the chat showed without their styling: for quoting a lesson back. */
export function markdownPlain(body: string): string {
  return markdownSpans(body).map(spanText).join('');
}
