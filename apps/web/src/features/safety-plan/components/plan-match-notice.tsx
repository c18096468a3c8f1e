import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PlanMatch, SafetyPlanContent } from '@oefenruimte/shared';
import { usePlanTranslation } from '../i18n/use-plan-translation';
import { Link } from 'react-router';
import { PlanContacts } from './plan-contacts';

/**
 * "Dit lijkt op je oranje fase": the client's own steps and contacts, right after a check-in
 * that looks like a phase of their plan. It points at their plan; it decides nothing.
 */
export function PlanMatchNotice({
  match,
  content,
}: {
  match: PlanMatch;
  content: SafetyPlanContent;
}) {
  const { t } = usePlanTranslation();
  const part = content[match.phase];
  return (
    <Paper
      component="section"
      aria-labelledby="plan-match-title"
      withBorder
      p="md"
      radius="md"
      style={{
        borderInlineStart: `6px solid var(--mantine-color-${match.phase === 'rood' ? 'red-8' : 'orange-7'})`,
      }}
    >
      <Stack gap="xs">
        <Title order={2} size="h3" id="plan-match-title">
          {t(`match.title_${match.phase}`)}
        </Title>
        <Text>{t('match.intro')}</Text>
        <List spacing={2}>
          {match.signals.map((signal, index) => (
            <List.Item key={index}>{signal.text}</List.Item>
          ))}
        </List>
        {part.contacts.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('match.contacts')}
            </Title>
            <PlanContacts contacts={part.contacts} />
          </>
        )}
        {part.selfSteps.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('match.steps')}
            </Title>
            <List spacing={2}>
              {part.selfSteps.map((step, index) => (
                <List.Item key={index}>{step}</List.Item>
              ))}
            </List>
          </>
        )}
        {part.otherSteps.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('match.others')}
            </Title>
            <List spacing={2}>
              {part.otherSteps.map((step, index) => (
                <List.Item key={index}>{step}</List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="sm">{t('match.yourChoice')}</Text>
        <Button component={Link} to="/mijn/signaleringsplan" variant="default">
          {t('match.toPlan')}
        </Button>
      </Stack>
    </Paper>
  );
}
