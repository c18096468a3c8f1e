import {
  type MyQuestionnaireDetail,
  type QuestionnaireResult,
  STRESS_CHECK_PROFILE,
  STRESS_CHECK_QUESTIONNAIRE,
  scoreAnswers,
} from '@oefenruimte/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../testing/render-app';
import { mockApi } from '../../features/checkins/testing/mock-api';
import { ClientLayout } from '../layouts/client-layout';
import { QuestionnaireFillPage } from './questionnaire-fill-page';

const DETAIL: MyQuestionnaireDetail = {
  assignment: {
    id: 'a1',
    clientId: 'c1',
    questionnaireId: 'q1',
    title: 'Stress-check',
    everyDays: null,
    nextDue: '2026-12-02',
    stopped: false,
    createdAt: '2026-12-02T10:00:00Z',
  },
  due: true,
  draft: null,
  questionnaire: STRESS_CHECK_QUESTIONNAIRE,
  draftAnswers: null,
};

function result(answers: (number | null)[], shared: boolean): QuestionnaireResult {
  return {
    id: 'r1',
    assignmentId: 'a1',
    questionnaireId: 'q1',
    title: 'Stress-check',
    profileId: 'stress-check',
    status: 'completed',
    version: 1,
    answers,
    shared,
    submittedAt: '2026-12-02T10:05:00Z',
    sharedAt: null,
    score: scoreAnswers(STRESS_CHECK_PROFILE, answers),
    changes: [],
  };
}

const renderPage = () =>
  renderRoute('/mijn/vragenlijsten/a1', {
    routes: [
      {
        path: '/mijn',
        Component: ClientLayout,
        children: [{ path: 'vragenlijsten/:assignmentId', Component: QuestionnaireFillPage }],
      },
    ],
  });

async function choose(option: string) {
  await userEvent.click(await screen.findByRole('button', { name: option }));
}

describe('QuestionnaireFillPage', () => {
  it('sends one skipped item as unanswered, private by default, and opens the danger help on a critical answer', async () => {
    const calls = mockApi({
      'GET /api/me/questionnaires/a1': { body: DETAIL },
      'GET /api/me/questionnaire-results': { body: [] },
      'GET /api/practice': {
        body: { id: 'p1', name: 'Praktijk', phone: null, crisisText: null, version: 1 },
      },
      'POST /api/me/questionnaires/a1/submit': (body) => ({
        status: 201,
        body: result((body as { answers: (number | null)[] }).answers, false),
      }),
    });
    renderPage();
    await screen.findByText('Vraag 1 van 6');
    await choose('Veel');
    await choose('Volgende');
    await screen.findByText('Vraag 2 van 6');
    await choose('Overslaan');
    for (const n of [3, 4, 5]) {
      await screen.findByText(`Vraag ${n} van 6`);
      await choose('Een beetje');
      await choose('Volgende');
    }
    await screen.findByText('Vraag 6 van 6');
    await choose('Best wel');
    await choose('Bekijken en versturen');

    expect(await screen.findByText('Overgeslagen')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Delen met mijn therapeut' })).not.toBeChecked();
    await choose('Versturen');

    expect(
      await screen.findByRole('dialog', { name: 'Je hoeft dit niet alleen te dragen' }),
    ).toBeInTheDocument();
    const submit = calls.find((c) => c.route === 'POST /api/me/questionnaires/a1/submit');
    expect(submit?.body).toMatchObject({
      answers: [3, null, 1, 1, 1, 2],
      version: null,
      shared: false,
    });
  });
});
