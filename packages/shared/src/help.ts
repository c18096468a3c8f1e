/**
 * Where a person can get help right now. Shown on every client screen and every public page;
 * kept here so the API (e-mails, exports) and the web app can never drift apart.
 */
export interface HelpLine {
  /** Stable key, used for translations of the label. */
  readonly key:
    'suicide-prevention' | 'suicide-prevention-free' | 'suicide-prevention-web' | 'emergency';
  /** What is shown to the person: a number or an address. */
  readonly display: string;
  /** A tappable link: tel: or https:. */
  readonly href: string;
}

export const HELP_LINES: readonly HelpLine[] = [
  { key: 'suicide-prevention', display: '113', href: 'tel:113' },
  { key: 'suicide-prevention-free', display: '0800-0113', href: 'tel:08000113' },
  { key: 'suicide-prevention-web', display: '113.nl', href: 'https://www.113.nl' },
  { key: 'emergency', display: '112', href: 'tel:112' },
] as const;
