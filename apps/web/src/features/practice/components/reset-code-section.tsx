import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useMe } from '../../../lib/session/get-me';
import { useCreateResetCode } from '../api/create-reset-code';
import classes from './created-invitation-card.module.css';

/**
 * For a practice without mail: the owner makes a one-time code with which this person
 * chooses a new password, and hands it over in person. Shown once; only owners see this.
 */
export function ResetCodeSection({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation('practice');
  const titleId = useId();
  const me = useMe();
  if (me.data?.practiceRole !== 'owner') return null;
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" align="flex-start">
      <Title order={2} id={titleId}>
        {t('resetCode.title')}
      </Title>
      <Text>{t('resetCode.body', { name })}</Text>
      <ResetCodeMaker userId={userId} name={name} />
    </Stack>
  );
}

/** The button, and once pressed the code, big and shown once, with how to use it. */
export function ResetCodeMaker({ userId, name }: { userId: string; name: string }) {
  const { t, i18n } = useTranslation('practice');
  const create = useCreateResetCode(userId);
  const codeHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (create.data) codeHeading.current?.focus();
  }, [create.data]);
  const until = create.data
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL', {
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(create.data.expiresAt))
    : '';

  return (
    <Stack gap="sm" align="flex-start" w="100%">
      <FormAlert error={create.error} />
      {create.data ? (
        <Paper withBorder radius="lg" p="lg" w="100%">
          <Stack gap="sm">
            <Title order={3} ref={codeHeading} tabIndex={-1}>
              {t('resetCode.made', { name })}
            </Title>
            <Text className={classes.code} data-testid="reset-code">
              {create.data.code}
            </Text>
            <Text>
              {t('resetCode.howTo', {
                name,
                address: `${window.location.origin}/wachtwoord-herstellen`,
              })}
            </Text>
            <Text size="sm">{t('resetCode.valid', { time: until })}</Text>
            <Alert color="sage" variant="light">
              {t('resetCode.once')}
            </Alert>
            <Button variant="default" onClick={() => create.reset()} style={{ alignSelf: 'start' }}>
              {t('resetCode.done')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Button
          variant="default"
          loading={create.isPending}
          onClick={() => create.mutate()}
          aria-label={t('resetCode.actionFor', { name })}
        >
          {t('resetCode.action')}
        </Button>
      )}
    </Stack>
  );
}
