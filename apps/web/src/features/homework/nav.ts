import type { NavItem } from '../../app/layouts/app-nav';

export const homeworkTherapistNav: readonly NavItem[] = [];
export const homeworkClientNav: readonly NavItem[] = [{ to: '/mijn', labelKey: 'nav.clientHome' }];
