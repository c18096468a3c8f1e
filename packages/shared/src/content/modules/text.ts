/** Joins blocks of rich text (paragraphs, or lists written as `- ` lines) with empty lines. */
export function blocks(...parts: string[]): string {
  return parts.join('\n\n');
}

/** A bullet list in rich text: one `- ` line per item. */
export function list(...items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}
