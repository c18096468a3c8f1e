import type { NavItem } from '../../app/layouts/app-nav';

export const checkinsTherapistNav: readonly NavItem[] = [];
export const checkinsClientNav: readonly NavItem[] = [];
