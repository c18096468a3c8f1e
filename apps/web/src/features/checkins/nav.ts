import type { NavItem } from '../../lib/nav/nav-item';

export const checkinsTherapistNav: readonly NavItem[] = [
  { to: '/praktijk/overzicht', labelKey: 'nav.checkinOverview' },
];
export const checkinsClientNav: readonly NavItem[] = [
  { to: '/mijn/check-in', labelKey: 'nav.checkin' },
  { to: '/mijn/voortgang', labelKey: 'nav.progress' },
];
