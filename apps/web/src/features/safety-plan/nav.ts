import type { NavItem } from '../../lib/nav/nav-item';

export const safetyPlanClientNav: readonly NavItem[] = [
  { to: '/mijn/signaleringsplan', labelKey: 'nav.safetyPlan' },
];
