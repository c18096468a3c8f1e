import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { CreatedInvitation, Practice } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMe } from '../../../lib/session/get-me';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { usePractice } from '../api/get-practice';
import { ColleaguesSection } from '../components/colleagues-section';
import { CreatedInvitationCard } from '../components/created-invitation-card';
import { InvitationForm } from '../components/invitation-form';
import { PracticeForm } from '../components/practice-form';

/** The practice's details (the crisis text is shown to clients next to 113); owners invite colleagues. */
export function PracticeSettingsPage() {
  const { t } = useTranslation('practice');
  useDocumentTitle(t('settings.documentTitle'));
  const { data: me } = useMe();
  const practice = usePractice();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const isOwner = me?.practiceRole === 'owner';

  let details;
  if (practice.isPending) details = <PageLoader />;
  else if (practice.isError) details = <FormAlert error={practice.error} />;
  else if (isOwner) details = <PracticeForm practice={practice.data} />;
  else details = <PracticeReadOnly practice={practice.data} />;

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('settings.title')}</Title>
        <Text>{t('settings.intro')}</Text>
      </Stack>
      {details}
      {isOwner && (
        <>
          <Divider />
          <Stack component="section" gap="md" aria-label={t('settings.colleagueTitle')}>
            <Title order={2}>{t('settings.colleagueTitle')}</Title>
            {created ? (
              <CreatedInvitationCard invitation={created} onDone={() => setCreated(null)} />
            ) : (
              <>
                <Text>{t('settings.colleagueIntro')}</Text>
                <InvitationForm kind="therapist" onCreated={setCreated} />
              </>
            )}
          </Stack>
          <Divider />
          <ColleaguesSection />
        </>
      )}
    </Stack>
  );
}

function PracticeReadOnly({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practice');
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs">
        <Text>
          <strong>{t('settings.name')}:</strong> {practice.name}
        </Text>
        <Text>
          <strong>{t('settings.phone')}:</strong> {practice.phone ?? t('settings.conflict.empty')}
        </Text>
        <Text>
          <strong>{t('settings.crisisText')}:</strong>{' '}
          {practice.crisisText ?? t('settings.conflict.empty')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('settings.ownerOnly')}
        </Text>
      </Stack>
    </Paper>
  );
}
