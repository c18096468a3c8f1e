import type { NavItem } from '../../app/layouts/app-nav';

export const safetyPlanClientNav: readonly NavItem[] = [
  { to: '/mijn/signaleringsplan', labelKey: 'nav.safetyPlan' },
];
