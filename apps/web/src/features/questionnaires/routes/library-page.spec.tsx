import { STRESS_CHECK_QUESTIONNAIRE } from '@oefenruimte/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../checkins/testing/mock-api';
import { renderRoute } from '../../../testing/render-app';
import { LibraryPage } from './library-page';

const REFUSAL = {
  status: 400,
  body: {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'invalid',
    fields: [
      {
        field: 'item.piekeren',
        constraint: 'ORDINAL_MISSING',
        message:
          'Antwoordoptie 1 heeft geen score: voeg de extensie ordinalValue of itemWeight toe.',
      },
      {
        field: 'item.vrije-tekst',
        constraint: 'TYPE_UNSUPPORTED',
        message: 'Het vraagtype "string" kunnen we niet tonen of scoren.',
      },
    ],
  },
};

async function importFile(locale: 'nl' | 'en') {
  const calls = mockApi({
    'GET /api/questionnaires': { body: [] },
    'POST /api/questionnaires': REFUSAL,
  });
  renderRoute('/praktijk/vragenlijsten', {
    locale,
    routes: [{ path: '/praktijk/vragenlijsten', Component: LibraryPage }],
  });
  const content = JSON.stringify(STRESS_CHECK_QUESTIONNAIRE);
  const file = new File([content], 'lijst.json', { type: 'application/json' });
  // jsdom's File has no text() (every browser's has).
  Object.defineProperty(file, 'text', { value: async () => content });
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await screen.findByRole('heading', { level: 1 });
  await userEvent.upload(input, file);
  await userEvent.click(
    screen.getByRole('button', { name: locale === 'nl' ? 'Importeren' : 'Import' }),
  );
  return calls;
}

describe('LibraryPage', () => {
  it('sends the file as the Questionnaire and shows the refusal per item, in Dutch as the API words it', async () => {
    const calls = await importFile('nl');
    expect(await screen.findByText(/Antwoordoptie 1 heeft geen score/)).toBeInTheDocument();
    expect(screen.getByText(/kunnen we niet tonen of scoren/)).toBeInTheDocument();
    expect(screen.getByText('piekeren')).toBeInTheDocument();
    const post = calls.find((c) => c.route === 'POST /api/questionnaires');
    expect(post?.body).toEqual({ questionnaire: STRESS_CHECK_QUESTIONNAIRE });
  });

  it('translates each reason by its code in English', async () => {
    await importFile('en');
    expect(await screen.findByText(/An answer option has no score/)).toBeInTheDocument();
    expect(screen.getByText(/We cannot show or score this question type/)).toBeInTheDocument();
  });
});
