import type {
  AssignmentSummary,
  LibraryModuleSummary,
  Review,
  ReviewBundle,
} from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../features/checkins/testing/mock-api';
import { ClientExercisesPage } from '../../features/homework/routes/client-exercises-page';
import { renderRoute } from '../../testing/render-app';
import { ReviewPage } from './review-page';

const MODULE: LibraryModuleSummary = {
  id: 'm1',
  slug: 'grenzen',
  title: 'Grenzen aangeven',
  theme: 'grenzen' as LibraryModuleSummary['theme'],
  summary: '',
  estimatedMinutes: 10,
  builtIn: true,
  status: 'published',
  publishedVersion: 1,
  updatedAt: '2026-11-20T10:00:00Z',
};

const BUNDLE: ReviewBundle = {
  periodStart: '2026-11-16',
  periodEnd: '2026-11-22',
  previousReview: null,
  checkins: [],
  responses: [],
  discussCheckins: 0,
  feedbackCount: 0,
};

const REVIEW: Review = {
  id: 'r1',
  clientId: 'c1',
  therapistName: 'Eva',
  periodStart: BUNDLE.periodStart,
  periodEnd: BUNDLE.periodEnd,
  createdAt: '2026-11-22T10:00:00Z',
  agreements: [
    {
      id: 'a1',
      text: 'Elke dag even naar buiten',
      moduleId: 'm1',
      moduleTitle: MODULE.title,
      createdAt: '2026-11-22T10:00:00Z',
    },
  ],
};

const ASSIGNED: AssignmentSummary = {
  id: 'as1',
  clientId: 'c1',
  therapistName: 'Eva',
  moduleId: 'm1',
  moduleTitle: MODULE.title,
  moduleVersion: 1,
  estimatedMinutes: 10,
  note: null,
  dueDate: null,
  rhythm: 'once',
  weekdays: null,
  status: 'active',
  state: 'open' as AssignmentSummary['state'],
  submittedCount: 0,
  lastActivityAt: null,
  createdAt: '2026-11-22T10:01:00Z',
  version: 1,
};

const TITLE = 'Oefeningen';

describe('ReviewPage', () => {
  it('assigning an afspraak’s module shows it in the client’s exercise list at once', async () => {
    let assigned = false;
    const calls = mockApi({
      'GET /api/clients/c1/review': { body: BUNDLE },
      'GET /api/library/modules': { body: [MODULE] },
      'GET /api/clients/c1/responses': { body: [] },
      'GET /api/clients/c1/assignments': () => ({ body: assigned ? [ASSIGNED] : [] }),
      'POST /api/clients/c1/reviews': { status: 201, body: REVIEW },
      'POST /api/clients/c1/assignments': () => {
        assigned = true;
        return { status: 201, body: ASSIGNED };
      },
    });
    // Both screens of one client share the app's query cache, as they do between two visits.
    renderRoute('/praktijk/clienten/c1', {
      routes: [
        {
          path: '/praktijk/clienten/:clientId',
          element: (
            <>
              <ClientExercisesPage />
              <ReviewPage />
            </>
          ),
        },
      ],
    });
    expect(await screen.findByText('Nog geen oefeningen toegewezen.')).toBeVisible();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Afspraak 1' }),
      'Elke dag even naar buiten',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Afspraken bewaren' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Grenzen aangeven klaarzetten' }),
    );

    expect(await screen.findByText('Grenzen aangeven staat klaar')).toBeVisible();
    const list = screen.getByRole('region', { name: TITLE });
    expect(await within(list).findByText('Grenzen aangeven')).toBeVisible();
    expect(calls.find((c) => c.route === 'POST /api/clients/c1/assignments')?.body).toEqual({
      moduleId: 'm1',
      rhythm: 'once',
    });
  });
});
