import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { homeFor, useMe } from '../../../lib/session/get-me';
import { useInvitationPreview } from '../api/preview-invitation';
import { AcceptAsMe } from '../components/accept-as-me';
import { InvitationAcceptForm } from '../components/invitation-accept-form';
import { InvitationCodeForm } from '../components/invitation-code-form';
import { InvitationWelcome } from '../components/invitation-welcome';
import { needsCode } from '../lib/needs-code';
import { stashedInvitation } from '../lib/stashed-invitation';
import { useFragmentSecret } from '../lib/use-fragment-secret';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/**
 * `/uitnodiging#CODE` (or typing the code): see who invites you and what stays yours, then
 * make an account. Phone-first: one column, big fields.
 */
export function AcceptInvitationPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('invitation.documentTitle'));
  const navigate = useNavigate();
  const fromLink = useFragmentSecret();
  const [code, setCode] = useState(() => fromLink ?? stashedInvitation.read());
  const preview = useInvitationPreview(code);
  const { data: me, isPending: meIsPending } = useMe();
  const loggedIn = me && !needsCode(me) ? me : null;

  function done(home: string) {
    stashedInvitation.clear();
    void navigate(home, { replace: true });
  }

  let body;
  if (!code || preview.isError)
    body = (
      <>
        {!code && <Text size="lg">{t('invitation.noCode')}</Text>}
        <InvitationCodeForm
          key={code ?? ''}
          initialCode={code}
          error={preview.error}
          checking={preview.isFetching}
          onCode={setCode}
        />
      </>
    );
  else if (preview.isPending || meIsPending) body = <PageLoader />;
  else
    body = (
      <Stack gap="xl">
        <InvitationWelcome preview={preview.data} />
        {loggedIn ? (
          <AcceptAsMe
            code={code}
            me={loggedIn}
            preview={preview.data}
            onAccepted={() => done(homeFor(loggedIn))}
          />
        ) : (
          <InvitationAcceptForm
            code={code}
            preview={preview.data}
            onAccepted={(next) => done(homeFor(next))}
          />
        )}
      </Stack>
    );

  return (
    <Stack gap="lg" maw={520} mx="auto">
      <Title order={1}>{t('invitation.title')}</Title>
      {body}
    </Stack>
  );
}
