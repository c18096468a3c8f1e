import type { AssignmentSummary } from '@oefenruimte/shared';
import { useLocale } from '../../../../components/i18n/use-locale';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "Elke dag", "Op maandag en donderdag", … for an assignment's rhythm. */
export function useRhythmText(): (a: Pick<AssignmentSummary, 'rhythm' | 'weekdays'>) => string {
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  return ({ rhythm, weekdays }) => {
    if (rhythm !== 'weekdays') return t(`rhythm.${rhythm}`);
    const days = [...(weekdays ?? [])]
      .sort((a, b) => a - b)
      .map((d) => t(`weekday.${DAY_KEYS[d - 1] ?? 'mon'}`));
    const list = new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' });
    return t('rhythm.on', { days: list.format(days) });
  };
}
