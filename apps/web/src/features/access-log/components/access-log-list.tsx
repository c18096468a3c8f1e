import { Badge, Stack, Text, Title } from '@mantine/core';
import type { AccessLogEntry } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../lib/format-date';
import { describeAccess } from '../lib/access-log-sentence';
import classes from './access-log-list.module.css';

interface AccessLogListProps {
  readonly entries: readonly AccessLogEntry[];
  readonly perspective: 'client' | 'therapist';
}

/** Who it was, in the client's words: "Je therapeut Marieke", "Iemand van een andere praktijk". */
function useActorLabel() {
  const { t } = useTranslation('accessLog');
  return (entry: AccessLogEntry) => {
    const named = entry.actorName !== null;
    switch (entry.actorKind) {
      case 'my-therapist':
        return named
          ? t('accessLog.actors.my-therapist', { name: entry.actorName })
          : t('accessLog.actors.my-therapist-unnamed');
      case 'my-practice':
        return named
          ? t('accessLog.actors.my-practice', { name: entry.actorName })
          : t('accessLog.actors.my-practice-unnamed');
      default:
        return t(`accessLog.actors.${entry.actorKind}`);
    }
  };
}

function Row({
  entry,
  perspective,
}: {
  entry: AccessLogEntry;
  perspective: AccessLogListProps['perspective'];
}) {
  const { t } = useTranslation('accessLog');
  const format = useFormatDate();
  const actorLabel = useActorLabel();
  const sentence = describeAccess(entry, perspective);
  const objects = perspective === 'client' ? 'objects' : 'ownObjects';
  const text = t(`accessLog.sentences.${sentence.key}`, {
    actor: actorLabel(entry),
    object: t(`accessLog.${objects}.${sentence.object}`),
  });
  return (
    <li className={sentence.refused ? `${classes.item} ${classes.refused}` : classes.item}>
      <Stack gap={2}>
        {sentence.refused && (
          <Badge variant="outline" color="dark" radius="sm">
            {t('accessLog.refusedBadge')}
          </Badge>
        )}
        <Text fw={500}>{text}</Text>
        {sentence.reason && <Text size="sm">{t(`accessLog.reasons.${sentence.reason}`)}</Text>}
        <Text size="sm" c="dimmed">
          <time dateTime={entry.at}>
            {perspective === 'therapist' ? format.time(entry.at) : format.dateTime(entry.at)}
          </time>
        </Text>
      </Stack>
    </li>
  );
}

/** Entries grouped by day, then by client, in the order they come (newest first). */
function groupByDayAndClient(
  entries: readonly AccessLogEntry[],
  dayOf: (iso: string) => string,
): { day: string; clients: { name: string | null; entries: AccessLogEntry[] }[] }[] {
  const days: ReturnType<typeof groupByDayAndClient> = [];
  for (const entry of entries) {
    const day = dayOf(entry.at);
    let group = days[days.length - 1];
    if (group?.day !== day) {
      group = { day, clients: [] };
      days.push(group);
    }
    let client = group.clients.find((c) => c.name === entry.subjectName);
    if (!client) {
      client = { name: entry.subjectName, entries: [] };
      group.clients.push(client);
    }
    client.entries.push(entry);
  }
  return days;
}

/**
 * A client's log: each row as a sentence, with when and why (refused attempts marked).
 * A therapist's own log: grouped by day and, within a day, by client.
 */
export function AccessLogList({ entries, perspective }: AccessLogListProps) {
  const { t } = useTranslation('accessLog');
  const format = useFormatDate();
  if (perspective === 'client') {
    return (
      <ul className={classes.list}>
        {entries.map((entry) => (
          <Row key={entry.id} entry={entry} perspective="client" />
        ))}
      </ul>
    );
  }
  return (
    <Stack gap="lg">
      {groupByDayAndClient(entries, format.date).map((day) => (
        <section key={day.day} aria-label={day.day}>
          <Title order={2} size="h3" className={classes.day}>
            {day.day}
          </Title>
          {day.clients.map((client) => (
            <Stack key={client.name ?? ''} gap={0} className={classes.client}>
              <Title order={3} size="h5">
                {client.name
                  ? t('accessLog.aboutClient', { name: client.name })
                  : t('accessLog.noClient')}
              </Title>
              <ul className={classes.list}>
                {client.entries.map((entry) => (
                  <Row key={entry.id} entry={entry} perspective="therapist" />
                ))}
              </ul>
            </Stack>
          ))}
        </section>
      ))}
    </Stack>
  );
}
