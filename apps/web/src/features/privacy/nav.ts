import type { NavItem } from '../../lib/nav/nav-item';

export const privacyClientNav: readonly NavItem[] = [
  { to: '/mijn/gegevens', labelKey: 'nav.myData', secondary: true },
];
