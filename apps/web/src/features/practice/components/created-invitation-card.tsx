import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CreatedInvitation } from '@oefenruimte/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import printable from '../../../components/printable/printable.module.css';
import { useFormatDate } from '../../../lib/format-date';
import classes from './created-invitation-card.module.css';

interface CreatedInvitationCardProps {
  readonly invitation: CreatedInvitation;
  readonly onDone: () => void;
}

/**
 * The code, big and readable, shown once. Printable on its own (the page around it is left
 * out), so it can be handed over on paper. Focus moves here, so a screen reader reads it.
 */
export function CreatedInvitationCard({ invitation, onDone }: CreatedInvitationCardProps) {
  const { t } = useTranslation('practice');
  const format = useFormatDate();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const address = new URL(invitation.link).origin + '/uitnodiging';

  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="xl" className={printable.printable}>
        <Stack gap="md">
          <Title order={2} ref={heading} tabIndex={-1}>
            {t('invitations.created.title', { name: invitation.name })}
          </Title>
          <Text>
            {invitation.email
              ? t('invitations.created.mailed', { email: invitation.email })
              : t('invitations.created.handOver', { name: invitation.name })}
          </Text>
          <Text className={classes.code} data-testid="invitation-code">
            {invitation.code}
          </Text>
          <Text>{t('invitations.created.howTo', { address })}</Text>
          <Text size="sm">
            {t('invitations.created.valid', { date: format.date(invitation.expiresAt) })}
          </Text>
        </Stack>
      </Paper>
      <Alert color="sage" variant="light" className={printable.noPrint}>
        {t('invitations.created.once')}
      </Alert>
      <Group gap="sm" className={printable.noPrint}>
        <Button variant="default" onClick={() => window.print()}>
          {t('invitations.created.print')}
        </Button>
        <CopyButton value={invitation.link}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('invitations.created.copied') : t('invitations.created.copyLink')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('invitations.created.done')}</Button>
      </Group>
    </Stack>
  );
}
