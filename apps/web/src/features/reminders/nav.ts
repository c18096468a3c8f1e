import type { NavItem } from '../../lib/nav/nav-item';

/** Secondary: on a phone it sits in the top bar with the account. */
export const remindersClientNav: readonly NavItem[] = [
  { to: '/mijn/herinneringen', labelKey: 'nav.reminders', secondary: true },
];
