import { Stack, Text, Title } from '@mantine/core';
import type { CreatedInvitation } from '@oefenruimte/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/use-document-title';
import { CreatedInvitationCard } from '../components/created-invitation-card';
import { InvitationForm } from '../components/invitation-form';
import { InvitationsList } from '../components/invitations-list';

/** Invite a client by e-mail or with a code; see and revoke what was sent. */
export function InvitationsPage() {
  const { t } = useTranslation('practice');
  useDocumentTitle(t('invitations.documentTitle'));
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const newHeading = useRef<HTMLHeadingElement>(null);
  const shownCode = useRef(false);

  // After "Klaar" the card is gone: focus goes to the form's heading, not to the top of the page.
  useEffect(() => {
    if (created) shownCode.current = true;
    else if (shownCode.current) newHeading.current?.focus();
  }, [created]);
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('invitations.title')}</Title>
        <Text maw={720}>{t('invitations.intro')}</Text>
      </Stack>
      <Stack gap="md" component="section" aria-label={t('invitations.newTitle')}>
        {created ? (
          <CreatedInvitationCard invitation={created} onDone={() => setCreated(null)} />
        ) : (
          <>
            <Title order={2} ref={newHeading} tabIndex={-1}>
              {t('invitations.newTitle')}
            </Title>
            <InvitationForm kind="client" onCreated={setCreated} />
          </>
        )}
      </Stack>
      <Stack gap="md" component="section" aria-label={t('invitations.listTitle')}>
        <Title order={2}>{t('invitations.listTitle')}</Title>
        <InvitationsList />
      </Stack>
    </Stack>
  );
}
