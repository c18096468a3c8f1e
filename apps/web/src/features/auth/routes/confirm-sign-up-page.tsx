import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useConfirmSignUp } from '../api/sign-up';
import { AuthCard } from '../components/auth-card';
import { useFragmentSecret } from '../lib/use-fragment-secret';

/**
 * Where the link from the confirmation mail lands: `/aanmelden/bevestigen#<token>`. A button,
 * not an automatic request, so a mail program that opens links cannot use it up.
 */
export function ConfirmSignUpPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('confirmSignUp.documentTitle'));
  const token = useFragmentSecret();
  const navigate = useNavigate();
  const confirm = useConfirmSignUp();

  return (
    <AuthCard title={t('confirmSignUp.title')} intro={token ? t('confirmSignUp.intro') : undefined}>
      <Stack gap="md">
        <FormAlert error={confirm.error} />
        {token ? (
          <Button
            size="md"
            loading={confirm.isPending}
            onClick={() =>
              confirm.mutate(
                { token },
                { onSuccess: () => void navigate('/praktijk/account', { replace: true }) },
              )
            }
          >
            {t('confirmSignUp.submit')}
          </Button>
        ) : (
          <Text>{t('confirmSignUp.noToken')}</Text>
        )}
        <Anchor component={Link} to="/aanmelden">
          {t('confirmSignUp.again')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}
