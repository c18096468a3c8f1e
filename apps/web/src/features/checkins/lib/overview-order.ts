import {
  NEED_REASON_ORDER as REASON_ORDER,
  type NeedReason,
  type OverviewClient,
} from '@oefenruimte/shared';

const rank = (client: OverviewClient) =>
  client.unseenSafety.length > 0
    ? 0
    : Math.min(
        // A safety reason counts only while a signal is unseen (a local "gezien" clears it).
        ...client.reasons
          .filter((r) => r !== 'safety')
          .map((r) => REASON_ORDER.indexOf(r))
          .filter((i) => i >= 0),
        REASON_ORDER.length,
      );

const needCount = (client: OverviewClient) =>
  client.reasons.filter((r) => r !== 'safety').length + (client.unseenSafety.length > 0 ? 1 : 0);

/**
 * Ordered by need, as the API does, and kept so when a "gezien" changes a row locally: unseen
 * safety first, then the most urgent reason, then more reasons, then by name.
 */
export function orderByNeed(clients: readonly OverviewClient[]): OverviewClient[] {
  return [...clients].sort(
    (a, b) =>
      rank(a) - rank(b) || needCount(b) - needCount(a) || a.name.localeCompare(b.name, 'nl'),
  );
}

/** The reasons to show as labels, most urgent first, each with its count where it has one. */
export function reasonsWithCounts(
  client: OverviewClient,
): { reason: NeedReason; count: number | null }[] {
  const counts: Partial<Record<NeedReason, number>> = {
    safety: client.unseenSafety.length,
    'questionnaire-safety': client.questionnaireSafety,
    'new-checkins': client.newCheckins,
    'new-responses': client.newResponses,
    overdue: client.overdueAssignments,
    discuss: client.discussItems,
  };
  return REASON_ORDER.filter((reason) =>
    reason === 'safety' ? client.unseenSafety.length > 0 : client.reasons.includes(reason),
  ).map((reason) => ({ reason, count: counts[reason] ?? null }));
}

/** "gem. spanning 7 (was 3)": rounded to whole numbers when they are. */
export function formatTension(value: number | null, locale: string): string | null {
  if (value === null) return null;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
