import { Stack, Text, Title } from '@mantine/core';
import { type Checkin, initialShareState } from '@oefenruimte/shared';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpContact, usePracticeContact } from '../../../components/help-panel/help-contact';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useModuleItemsShown } from '../api/get-my-assignments';
import { useCheckinPreferences } from '../api/get-checkin-preferences';
import { usePracticeDetails } from '../api/get-practice';
import { CheckinDone } from '../components/form/checkin-done';
import { CheckinForm } from '../components/form/checkin-form';
import { today as todayDay } from '../lib/dates';
import { CheckinQueued } from '../../../pwa/checkin-queued';

const NO_ITEMS = { ontwennen: false, grenzen: false };

// The full-screen help after a danger signal is not part of the page's first download, but it
// is fetched as soon as the form shows, so it opens at once; until it has arrived (offline
// before it came), the help panel with 113 and 112 stands in for it.
const loadDangerHelp = () => import('../components/help/danger-help-view');
const DangerHelpView = lazy(async () => ({ default: (await loadDangerHelp()).DangerHelpView }));

/** After a danger signal whose send failed, help shows over the (kept) form: checkin is null. */
type View =
  | { kind: 'form' }
  | { kind: 'queued' }
  | { kind: 'done'; checkin: Checkin }
  | { kind: 'help'; checkin: Checkin | null };

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
  const practice = usePracticeContact();
  useEffect(() => {
    void loadDangerHelp().catch(() => undefined);
  }, []);

  const saved = view.kind === 'done' || view.kind === 'help' ? view.checkin : null;
  let body;
  if (preferences.isPending || shown.isPending) body = <PageLoader />;
  else if (view.kind === 'queued')
    body = <CheckinQueued onAnother={() => setView({ kind: 'form' })} />;
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
        onQueued={() => setView({ kind: 'queued' })}
      />
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('form.title')}</Title>
        {view.kind === 'form' && <Text>{t('form.intro')}</Text>}
      </Stack>
      {body}
      {view.kind === 'help' && (
        <Suspense fallback={<HelpContact practice={practice} />}>
          <DangerHelpView
            opened
            notSaved={view.checkin === null}
            onClose={() => setView(saved ? { kind: 'done', checkin: saved } : { kind: 'form' })}
          />
        </Suspense>
      )}
    </Stack>
  );
}
