/**
 * The rich text of module content (the `body` of an explanation step): a tiny, safe subset of
 * Markdown. Exactly this, and nothing else:
 *
 * - **Paragraphs**: lines of text; an empty line ends a paragraph. A single line break inside a
 *   paragraph is read as a space.
 * - **Bullet lists**: consecutive lines that start with `- ` (hyphen, space), one item per line.
 * - **Bold**: `**text**`, and **italic**: `*text*`, inside one paragraph or list item, not nested.
 *
 * Refused: HTML of any kind (`<b>`, `</p>`, `<!-- -->`), headings (`# …`), links (`[a](b)`),
 * code (backticks), and a `*` that does not open or close bold or italic. Renderers build the
 * output from `parseRichText` as plain text nodes and never inject HTML.
 */

export type RichInline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'bold'; readonly text: string }
  | { readonly type: 'italic'; readonly text: string };

export type RichBlock =
  | { readonly type: 'paragraph'; readonly content: readonly RichInline[] }
  | { readonly type: 'list'; readonly items: readonly (readonly RichInline[])[] };

const HTML_TAG = /<\s*[a-z/!?]/i;
const LINK = /\]\(/;
const HEADING = /^\s*#/m;
const INLINE = /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*/g;
const LIST_ITEM = /^-(?:\s+|$)/;

/** True when the text contains something that looks like an HTML tag or comment. */
export function containsHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** Why this text is not valid rich text, or null when it is. */
export function richTextProblem(source: string): string | null {
  if (containsHtml(source)) return 'HTML is not allowed; use **bold** or *italic*.';
  if (source.includes('`')) return 'Code (backticks) is not supported.';
  if (LINK.test(source)) return 'Links are not supported.';
  if (HEADING.test(source)) return 'Headings (#) are not supported; use **bold** instead.';
  for (const raw of source.split(/\r\n?|\n/)) {
    const line = raw.trim();
    const isItem = LIST_ITEM.test(line);
    const text = isItem ? line.replace(LIST_ITEM, '') : line;
    if (isItem && text === '') return 'A list item is empty.';
    if (text.replace(INLINE, '').includes('*')) {
      return 'A * does not open or close **bold** or *italic* on the same line.';
    }
  }
  return null;
}

function parseInline(text: string): RichInline[] {
  const out: RichInline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) out.push({ type: 'bold', text: match[1] });
    else out.push({ type: 'italic', text: match[2] ?? '' });
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/**
 * Splits valid rich text into blocks for rendering. Text that `richTextProblem` would refuse is
 * still returned safely: markers it cannot pair stay as literal characters.
 */
export function parseRichText(source: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: RichInline[][] = [];

  const flushParagraph = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list.length > 0) {
      blocks.push({ type: 'list', items: list });
      list = [];
    }
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (LIST_ITEM.test(line)) {
      flushParagraph();
      list.push(parseInline(line.replace(LIST_ITEM, '')));
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}
