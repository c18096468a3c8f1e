import type { ParseKeys } from 'i18next';

/** A menu entry a feature offers; the app's layouts place them. */
export interface NavItem {
  readonly to: string;
  readonly labelKey: ParseKeys;
  /** Marked current only on exactly this path; the default for a layout's home (`/mijn`). */
  readonly end?: boolean;
  /**
   * Account-like pages (who looked, account): on a phone they sit in the slim bar at the top,
   * so the bottom bar keeps room for the daily things. On a desktop nothing changes.
   */
  readonly secondary?: boolean;
}
