import { Paper, Stack, Text, Title } from '@mantine/core';
import type { InvitationPreview } from '@oefenruimte/shared';
import { useFormatDate } from '../../../lib/format-date';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** Who invites this person, and what stays theirs: read before anything is asked of them. */
export function InvitationWelcome({ preview }: { preview: InvitationPreview }) {
  const { t } = useAuthTranslation();
  const format = useFormatDate();
  const isClient = preview.kind === 'client';
  return (
    <Stack gap="md">
      <Text size="lg">
        {t(isClient ? 'invitation.invitedBy' : 'invitation.invitedAsColleague', {
          name: preview.invitedBy,
          practice: preview.practiceName,
        })}
      </Text>
      {isClient && (
        <Paper bg="sage.0" p="md" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h3">
              {t('invitation.privacyTitle')}
            </Title>
            <Text>{t('invitation.privacy')}</Text>
            <Text>{t('invitation.privacyMore')}</Text>
          </Stack>
        </Paper>
      )}
      <Text size="sm" c="dimmed">
        {t('invitation.validUntil', { date: format.date(preview.expiresAt) })}
      </Text>
    </Stack>
  );
}
