import { Anchor, Divider, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMe } from '../../../lib/session/get-me';
import { ChangePasswordSection } from '../components/change-password-section';
import { SecondFactorSection } from '../components/second-factor-section';
import { SessionsSection } from '../components/sessions-section';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** Account settings for both roles: second factor (therapists), password, where you are logged in. */
export function AccountPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('account.documentTitle'));
  const { data: me } = useMe();
  if (!me) return <PageLoader />;
  const isTherapist = me.role === 'therapist';
  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('account.title')}</Title>
        <Text>{t('account.loggedInAs', { name: me.name, email: me.email })}</Text>
      </Stack>
      {(isTherapist || me.secondFactor.enrolled) && (
        <>
          <SecondFactorSection me={me} />
          <Divider />
        </>
      )}
      <ChangePasswordSection />
      <Divider />
      <SessionsSection />
      <Divider />
      <Text>
        {t(isTherapist ? 'account.ownLog' : 'account.clientLog')}{' '}
        <Anchor component={Link} to={isTherapist ? '/praktijk/toegang' : '/mijn/toegang'}>
          {t(isTherapist ? 'account.ownLogLink' : 'account.clientLogLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
