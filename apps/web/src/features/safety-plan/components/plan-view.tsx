import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import {
  HELP_LINES,
  PLAN_PHASES,
  type PlanPhase,
  type SafetyPlanContent,
} from '@oefenruimte/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanTranslation } from '../i18n/use-plan-translation';
import { linkSummary } from '../lib/link-summary';
import { PlanContacts } from './plan-contacts';
import printable from '../../../components/printable/printable.module.css';
import classes from './plan-view.module.css';

function Steps({ items }: { items: readonly string[] }) {
  const { t } = usePlanTranslation();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('sections.nothing')}
      </Text>
    );
  return (
    <List spacing={2}>
      {items.map((item, index) => (
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

export function PhaseBlock({
  phase,
  content,
  label,
}: {
  phase: PlanPhase;
  content: SafetyPlanContent;
  label?: string;
}) {
  const { t } = usePlanTranslation();
  const part = content[phase];
  // Unique per block: a page may show two plans side by side (a conflict, a suggestion).
  const headingId = useId();
  const title = t(`phases.${phase}.title`);
  return (
    <Paper
      component="section"
      // Two plans side by side: each region says whose it is ("Voorstel: Oranje …").
      {...(label ? { 'aria-label': `${label}: ${title}` } : { 'aria-labelledby': headingId })}
      withBorder
      p="md"
      radius="md"
      className={`${classes.phase} ${classes[phase]}`}
    >
      <Stack gap="xs">
        <Title order={2} id={headingId} size="h3">
          {title}
        </Title>
        <Title order={3} size="h5">
          {t('sections.signals')}
        </Title>
        {part.signals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sections.nothing')}
          </Text>
        ) : (
          <List spacing={2}>
            {part.signals.map((signal, index) => (
              <List.Item key={index}>
                {signal.text}
                {signal.link && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({linkSummary(signal.link, t)})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h5">
          {t('sections.selfSteps')}
        </Title>
        <Steps items={part.selfSteps} />
        <Title order={3} size="h5">
          {t('sections.otherSteps')}
        </Title>
        <Steps items={part.otherSteps} />
        {(part.contacts.length > 0 || phase === 'rood') && (
          <>
            <Title order={3} size="h5">
              {t('sections.contacts')}
            </Title>
            <PlanContacts contacts={part.contacts} />
          </>
        )}
        {phase === 'rood' && <HelpLines />}
      </Stack>
    </Paper>
  );
}

/** 113, 0800-0113 and 112 in the red phase, also on paper. */
function HelpLines() {
  const { t } = useTranslation();
  return (
    <List spacing={2} size="sm">
      {HELP_LINES.map((line) => (
        <List.Item key={line.key}>
          <Anchor href={line.href} style={{ whiteSpace: 'nowrap' }}>
            {t(`help.lines.${line.key}`, { display: line.display })}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

/** The whole plan (or only these phases), read-only: on screen, for the therapist, and on paper. */
export function PlanView({
  content,
  phases = PLAN_PHASES,
  label,
}: {
  content: SafetyPlanContent;
  phases?: readonly PlanPhase[];
  /** Whose plan this is, when a page shows two (a conflict, a suggestion). */
  label?: string;
}) {
  return (
    <Stack gap="md">
      {phases.map((phase) => (
        <PhaseBlock key={phase} phase={phase} content={content} label={label} />
      ))}
    </Stack>
  );
}

/** The page prints only the plan (the shared printable rules) in the plan's own print type. */
export const planPrintClasses = {
  printable: `${printable.printable} ${classes.printable}`,
  noPrint: printable.noPrint,
};
