import type { QuestionnaireAssignment } from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../checkins/testing/mock-api';
import { renderRoute } from '../../../testing/render-app';
import { ClientQuestionnairesPage } from './client-questionnaires-page';

const CLIENT = '0b9d7a36-2f0e-4c53-9a53-6f1d1b7e0c11';
const ASSIGNMENT: QuestionnaireAssignment = {
  id: '7f3e2a10-1c4d-4b8e-9f6a-2d5c8b1e4a77',
  clientId: CLIENT,
  questionnaireId: 'q-1',
  title: 'Stress-check',
  everyDays: 28,
  nextDue: '2026-12-10',
  stopped: false,
  createdAt: '2026-12-01T10:00:00.000Z',
};

describe('ClientQuestionnairesPage', () => {
  it('stops a questionnaire on a rhythm: nothing more is asked, the list says so', async () => {
    let stopped = false;
    const calls = mockApi({
      'GET /api/questionnaires': { body: [] },
      [`GET /api/clients/${CLIENT}/questionnaires`]: () => ({
        body: {
          assignments: [stopped ? { ...ASSIGNMENT, nextDue: null, stopped: true } : ASSIGNMENT],
          results: [],
          instruments: {},
        },
      }),
      [`POST /api/clients/${CLIENT}/questionnaires/${ASSIGNMENT.id}/stop`]: () => {
        stopped = true;
        return { body: { ...ASSIGNMENT, nextDue: null, stopped: true } };
      },
    });
    renderRoute(`/praktijk/clienten/${CLIENT}/vragenlijsten`, {
      routes: [
        { path: '/praktijk/clienten/:clientId/vragenlijsten', Component: ClientQuestionnairesPage },
      ],
    });

    const item = (await screen.findByText(/Stress-check ·/)).closest('li')!;
    await userEvent.click(
      within(item).getByRole('button', { name: 'Stress-check stoppen: niets meer vragen' }),
    );

    expect(await within(item).findByText(/gestopt/)).toBeInTheDocument();
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(calls.map((c) => c.route)).toContain(
      `POST /api/clients/${CLIENT}/questionnaires/${ASSIGNMENT.id}/stop`,
    );
  });
});
