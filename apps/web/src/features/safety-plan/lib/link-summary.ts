import { BODY_SIGNAL_LABELS, type PlanSignalLink } from '@oefenruimte/shared';
import type { TFunction } from 'i18next';

/** "Gekoppeld: Spanning 7 of hoger, 2 dagen achter elkaar" for a signal's link. */
export function linkSummary(link: PlanSignalLink, t: TFunction<'plan'>): string {
  const days = t('link.summaryDays', { count: link.days });
  switch (link.kind) {
    case 'scale':
      return (
        t('link.summaryScale', {
          item: t(`link.items.${link.item}`),
          rule: t(`link.${link.comparison}`, { value: link.threshold }),
        }) + days
      );
    case 'window':
      return t('link.summaryWindow') + days;
    case 'body':
      return t('link.summaryBody', { signal: BODY_SIGNAL_LABELS[link.signal] }) + days;
  }
}
