import { useRemindersTranslation } from '../i18n/use-reminders-translation';

type Day = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** "elke dag" or "ma, wo, vr". */
export function useDaysText(): (days: readonly number[]) => string {
  const { t } = useRemindersTranslation();
  return (days) =>
    days.length === 7 ? t('everyDay') : days.map((d) => t(`dayNames.d${d as Day}`)).join(', ');
}
