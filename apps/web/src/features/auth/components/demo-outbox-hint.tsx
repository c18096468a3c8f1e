import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useDemoOutbox } from '../api/get-demo-outbox';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** In the local demo no real mail is sent; this points to where it lands instead. */
export function DemoOutboxHint() {
  const { t } = useAuthTranslation();
  const outbox = useDemoOutbox();
  if (!outbox.isSuccess) return null;
  return (
    <Text size="sm">
      {t('outbox.hint')}{' '}
      <Anchor component={Link} to="/demo/postvak">
        {t('outbox.hintLink')}
      </Anchor>
    </Text>
  );
}
