import type { NavItem } from '../../lib/nav/nav-item';

export const homeworkTherapistNav: readonly NavItem[] = [
  { to: '/praktijk/bibliotheek', labelKey: 'nav.library' },
];
export const homeworkClientNav: readonly NavItem[] = [{ to: '/mijn', labelKey: 'nav.clientHome' }];
