import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogOut } from '../api/log-out';

/** Ends the session on the server and clears everything cached in this tab. */
export function LogoutButton() {
  const { t } = useTranslation();
  const logOut = useLogOut();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="subtle"
      size="compact-md"
      loading={busy}
      onClick={() => {
        setBusy(true);
        void logOut();
      }}
    >
      {t('nav.logout')}
    </Button>
  );
}
