import type { NavItem } from '../../lib/nav/nav-item';

/** Secondary: on a phone it sits in the top bar, next to logging out. */
export const accessLogClientNav: readonly NavItem[] = [
  { to: '/mijn/toegang', labelKey: 'nav.accessLog', secondary: true },
];
