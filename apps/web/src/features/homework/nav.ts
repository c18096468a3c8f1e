import type { NavItem } from '../../app/layouts/app-nav';

export const homeworkTherapistNav: readonly NavItem[] = [
  { to: '/praktijk/bibliotheek', labelKey: 'nav.library' },
];
export const homeworkClientNav: readonly NavItem[] = [{ to: '/mijn', labelKey: 'nav.clientHome' }];
