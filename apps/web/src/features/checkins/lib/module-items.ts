import type { AssignmentSummary } from '@oefenruimte/shared';
import type { ModuleItemsShown } from './checkin-values';

const ACTIVE = new Set(['open', 'in-progress', 'overdue', 'done']);

/**
 * Ontwennen adds urge/contact/trigger/instead; Grenzen stellen adds the boundary items. Matched
 * on the title, so a practice's own copy ("Ontwennen – voor Sanne") counts too.
 */
export function moduleItemsFor(assignments: readonly AssignmentSummary[]): ModuleItemsShown {
  const titles = assignments
    .filter((a) => ACTIVE.has(a.state))
    .map((a) => a.moduleTitle.toLocaleLowerCase('nl'));
  return {
    ontwennen: titles.some((title) => title.includes('ontwennen')),
    grenzen: titles.some((title) => title.includes('grenzen stellen')),
  };
}
