import { Stack, Text } from '@mantine/core';
import type { AccessLogEntry } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../lib/format-date';
import { describeAccess } from '../lib/access-log-sentence';
import classes from './access-log-list.module.css';

interface AccessLogListProps {
  readonly entries: readonly AccessLogEntry[];
  readonly perspective: 'client' | 'therapist';
}

/** Each row as a sentence, with when (and, for someone else's look, why they could). */
export function AccessLogList({ entries, perspective }: AccessLogListProps) {
  const { t } = useTranslation('practice');
  const format = useFormatDate();
  return (
    <ul className={classes.list}>
      {entries.map((entry) => {
        const sentence = describeAccess(entry, perspective);
        const actor = entry.actorName ?? t('accessLog.someone');
        return (
          <li key={entry.id} className={classes.item}>
            <Stack gap={2}>
              <Text fw={500}>{t(`accessLog.sentences.${sentence.key}`, { actor })}</Text>
              {perspective === 'therapist' && entry.subjectName && (
                <Text size="sm">{t('accessLog.aboutClient', { name: entry.subjectName })}</Text>
              )}
              {sentence.reason && (
                <Text size="sm">{t(`accessLog.reasons.${sentence.reason}`, { actor })}</Text>
              )}
              <Text size="sm" c="dimmed">
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </Text>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
