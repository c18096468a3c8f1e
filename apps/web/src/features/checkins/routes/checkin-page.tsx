import { Stack, Text, Title } from '@mantine/core';
import { type Checkin, initialShareState } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useModuleItemsShown } from '../api/get-my-assignments';
import { useCheckinPreferences } from '../api/get-checkin-preferences';
import { usePracticeDetails } from '../api/get-practice';
import { CheckinDone } from '../components/form/checkin-done';
import { CheckinForm } from '../components/form/checkin-form';
import { DangerHelpView } from '../components/help/danger-help-view';
import { today as todayDay } from '../lib/dates';

const NO_ITEMS = { ontwennen: false, grenzen: false };

/** After a danger signal whose send failed, help shows over the (kept) form: checkin is null. */
type View =
  { kind: 'form' } | { kind: 'done'; checkin: Checkin } | { kind: 'help'; checkin: Checkin | null };

/** /mijn/check-in: the daily check-in, under a minute on a phone; nothing is mandatory. */
export function CheckinPage() {
  const { t } = useTranslation('checkins');
  useDocumentTitle(t('form.documentTitle'));
  const [today] = useState(() => todayDay());
  const [view, setView] = useState<View>({ kind: 'form' });
  const preferences = useCheckinPreferences();
  const shown = useModuleItemsShown();
  // Fetched up front, so the practice's crisis text is there even if the connection drops.
  usePracticeDetails();

  const saved = view.kind === 'form' ? null : view.checkin;
  let body;
  if (preferences.isPending || shown.isPending) body = <PageLoader />;
  else if (saved)
    body = <CheckinDone checkin={saved} onAnother={() => setView({ kind: 'form' })} />;
  else
    body = (
      <CheckinForm
        today={today}
        shareByDefault={initialShareState(preferences.data?.shareByDefault)}
        shown={shown.data ?? NO_ITEMS}
        onSaved={(checkin) =>
          setView(checkin.danger ? { kind: 'help', checkin } : { kind: 'done', checkin })
        }
        onDangerUnsaved={() => setView({ kind: 'help', checkin: null })}
      />
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('form.title')}</Title>
        {view.kind === 'form' && <Text>{t('form.intro')}</Text>}
      </Stack>
      {body}
      <DangerHelpView
        opened={view.kind === 'help'}
        notSaved={view.kind === 'help' && view.checkin === null}
        onClose={() => setView(saved ? { kind: 'done', checkin: saved } : { kind: 'form' })}
      />
    </Stack>
  );
}
