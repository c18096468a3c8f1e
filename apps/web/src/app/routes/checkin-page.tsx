import { Stack, Text, Title } from '@mantine/core';
import { type Checkin, initialShareState } from '@oefenruimte/shared';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpContact, usePracticeContact } from '../../components/help-panel/help-contact';
import { PageLoader } from '../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCheckinPreferences } from '../../features/checkins/api/get-checkin-preferences';
import { CheckinDone } from '../../features/checkins/components/form/checkin-done';
import { CheckinForm } from '../../features/checkins/components/form/checkin-form';
import { moduleItemsFor } from '../../features/checkins/lib/module-items';
import { today as todayDay } from '../../lib/dates';
import { useMyAssignments } from '../../features/homework/api/get-my-assignments';
import { CheckinQueued } from '../../pwa/checkin-queued';
import { PlanMatchAfterCheckin } from './plan-match-after-checkin';

const NO_ITEMS = { ontwennen: false, grenzen: false };

// The full-screen help after a danger signal is not part of the page's first download, but it
// is fetched as soon as the form shows, so it opens at once; until it has arrived (offline
// before it came), the help panel with 113 and 112 stands in for it.
const loadDangerHelp = () => import('../../features/checkins/components/help/danger-help-view');
const DangerHelpView = lazy(async () => ({ default: (await loadDangerHelp()).DangerHelpView }));

/**
 * After a danger signal whose send failed, help shows with checkin null: over the kept form
 * (`queued` false), or — offline — over the outbox's "bewaard op dit apparaat" (`queued` true).
 */
type View =
  | { kind: 'form' }
  | { kind: 'queued' }
  | { kind: 'done'; checkin: Checkin }
  | { kind: 'help'; checkin: Checkin; queued?: false }
  | { kind: 'help'; checkin: null; queued: boolean };

/**
 * Combines the check-in with the client's assignments (which module items it shows), so it
 * lives with the app rather than in one feature.
 *
 * /mijn/check-in: the daily check-in, under a minute on a phone; nothing is mandatory. */
export function CheckinPage() {
  const { t } = useTranslation('checkins');
  useDocumentTitle(t('form.documentTitle'));
  const [today] = useState(() => todayDay());
  const [view, setView] = useState<View>({ kind: 'form' });
  const preferences = useCheckinPreferences();
  const shown = useMyAssignments(moduleItemsFor);
  // The practice's crisis text comes with the client layout, so it is there even if the
  // connection drops.
  const practice = usePracticeContact();
  useEffect(() => {
    void loadDangerHelp().catch(() => undefined);
  }, []);

  const saved = view.kind === 'done' || view.kind === 'help' ? view.checkin : null;
  let body;
  if (preferences.isPending || shown.isPending) body = <PageLoader />;
  else if (view.kind === 'queued' || (view.kind === 'help' && view.queued))
    body = <CheckinQueued onAnother={() => setView({ kind: 'form' })} />;
  else if (saved)
    body = (
      <Stack gap="md">
        <CheckinDone checkin={saved} onAnother={() => setView({ kind: 'form' })} />
        <PlanMatchAfterCheckin checkin={saved} />
      </Stack>
    );
  else
    body = (
      <CheckinForm
        today={today}
        shareByDefault={initialShareState(preferences.data?.shareByDefault)}
        shown={shown.data ?? NO_ITEMS}
        onSaved={(checkin) =>
          setView(checkin.danger ? { kind: 'help', checkin } : { kind: 'done', checkin })
        }
        onDangerUnsaved={() => setView({ kind: 'help', checkin: null, queued: false })}
        onQueued={(danger) =>
          setView(danger ? { kind: 'help', checkin: null, queued: true } : { kind: 'queued' })
        }
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
            unsent={view.checkin ? null : view.queued ? 'queued' : 'unsent'}
            onClose={() =>
              setView(
                saved
                  ? { kind: 'done', checkin: saved }
                  : view.queued
                    ? { kind: 'queued' }
                    : { kind: 'form' },
              )
            }
          />
        </Suspense>
      )}
    </Stack>
  );
}
