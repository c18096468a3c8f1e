import type { NavItem } from '../../lib/nav/nav-item';

/** Secondary: on a phone it sits in the top bar with the account, as the reminders do. */
export const questionnairesClientNav: readonly NavItem[] = [
  { to: '/mijn/vragenlijsten', labelKey: 'nav.questionnaires', secondary: true },
];

export const questionnairesTherapistNav: readonly NavItem[] = [
  { to: '/praktijk/vragenlijsten', labelKey: 'nav.questionnaires' },
];
