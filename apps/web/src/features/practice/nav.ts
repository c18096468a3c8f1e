import type { NavItem } from '../../app/layouts/app-nav';

export const practiceTherapistNav: readonly NavItem[] = [];
export const practiceClientNav: readonly NavItem[] = [];
