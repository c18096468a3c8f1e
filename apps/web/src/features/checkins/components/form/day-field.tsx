import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, fromDay } from '../../../../lib/dates';

interface DayFieldProps {
  readonly today: string;
  readonly value: string;
  readonly onChange: (day: string) => void;
}

/** Today by default; the last two weeks to choose from, named the way people say them. */
export function DayField({ today, value, onChange }: DayFieldProps) {
  const { t, i18n } = useTranslation('checkins');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL';
  const weekday = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const named = ['form.dayToday', 'form.dayYesterday', 'form.dayBefore'] as const;
  const data = Array.from({ length: 14 }, (_, i) => {
    const day = addDays(today, -i);
    const date = weekday.format(fromDay(day));
    const name = named[i];
    return { value: day, label: name ? `${t(name)} (${date})` : date };
  });
  // A kept draft from longer ago still shows its own day.
  if (!data.some((option) => option.value === value))
    data.push({ value, label: weekday.format(fromDay(value)) });
  return (
    <NativeSelect
      label={t('form.day')}
      data={data}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      styles={{ label: { fontWeight: 600 } }}
    />
  );
}
