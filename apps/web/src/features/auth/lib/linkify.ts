/** A piece of a mail's text: plain text, or a link to a page of this app. */
export type MailPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly to: string };

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/**
 * Splits a mail into text and links. Only links to this same site become clickable (as an
 * in-app path, fragment included); anything else stays plain text, so the demo mailbox can
 * never send someone elsewhere.
 */
export function linkifyMail(text: string, origin: string): MailPart[] {
  const parts: MailPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(/[.,;:!?)]+$/, '');
    const start = match.index;
    const to = sameOriginPath(raw, origin);
    if (!to) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, to });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function sameOriginPath(raw: string, origin: string): string | null {
  try {
    const url = new URL(raw);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
