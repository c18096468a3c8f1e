import type { NavItem } from '../../lib/nav/nav-item';

export const practiceTherapistNav: readonly NavItem[] = [
  { to: '/praktijk', labelKey: 'nav.therapistHome' },
  { to: '/praktijk/uitnodigingen', labelKey: 'nav.invitations' },
  { to: '/praktijk/praktijk', labelKey: 'nav.practice' },
  { to: '/praktijk/account', labelKey: 'nav.account' },
];

/** Secondary: on a phone these sit in the top bar, next to logging out. */
export const practiceClientNav: readonly NavItem[] = [
  { to: '/mijn/account', labelKey: 'nav.account', secondary: true },
];
