import { Button, Stack, Text } from '@mantine/core';
import type { InvitationPreview, Me } from '@oefenruimte/shared';
import { useAcceptInvitationAsMe } from '../api/accept-invitation';
import { useLogOut } from '../api/log-out';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { stashedInvitation } from '../lib/stashed-invitation';
import { useAuthTranslation } from '../i18n/use-auth-translation';

interface AcceptAsMeProps {
  readonly code: string;
  readonly me: Me;
  readonly preview: InvitationPreview;
  readonly onAccepted: () => void;
}

/** Someone already logged in: a client accepts with this account; anyone else logs out first. */
export function AcceptAsMe({ code, me, preview, onAccepted }: AcceptAsMeProps) {
  const { t } = useAuthTranslation();
  const accept = useAcceptInvitationAsMe();
  const logOut = useLogOut();
  const canAccept = me.role === 'client' && preview.kind === 'client';
  return (
    <Stack gap="md">
      <Text>{t('invitation.loggedInAs', { name: me.name, email: me.email })}</Text>
      <FormAlert error={accept.error} />
      {canAccept ? (
        <Button
          size="md"
          loading={accept.isPending}
          onClick={() => accept.mutate(code, { onSuccess: onAccepted })}
        >
          {t('invitation.acceptAsMe')}
        </Button>
      ) : (
        <Text>{t('invitation.otherAccount')}</Text>
      )}
      <Button
        variant="default"
        onClick={() => {
          stashedInvitation.save(code);
          void logOut('logged-out', '/uitnodiging');
        }}
      >
        {t('invitation.notMe')}
      </Button>
    </Stack>
  );
}
