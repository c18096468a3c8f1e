import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../../checkins/testing/mock-api';
import { renderWithProviders } from '../../../../testing/render-app';
import { AssignForm } from './assign-form';

const CLIENT = '0b9d7a36-2f0e-4c53-9a53-6f1d1b7e0c11';
const MODULE = '5d2c9e4a-8b1f-4e6a-a3c7-9f0b2d4e6a81';

describe('AssignForm', () => {
  it('sends the days ticked for the rhythm and for the reminder, each list on its own', async () => {
    const calls = mockApi({
      [`POST /api/clients/${CLIENT}/assignments`]: (body) => ({
        status: 201,
        body: { id: 'a-1', clientId: CLIENT, ...(body as object) },
      }),
    });
    const onAssigned = jest.fn();
    renderWithProviders(
      <AssignForm
        clientId={CLIENT}
        moduleId={MODULE}
        onAssigned={onAssigned}
        onCancel={jest.fn()}
      />,
    );

    await userEvent.click(await screen.findByRole('radio', { name: 'Op vaste dagen' }));
    const rhythmDays = screen.getByRole('group', { name: 'Op welke dagen' });
    await userEvent.click(within(rhythmDays).getByRole('checkbox', { name: 'donderdag' }));
    await userEvent.click(within(rhythmDays).getByRole('checkbox', { name: 'dinsdag' }));
    await userEvent.click(within(rhythmDays).getByRole('checkbox', { name: 'dinsdag' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Een herinnering voorstellen/ }));
    const reminder = screen.getByRole('group', { name: 'Voorgestelde herinnering' });
    await userEvent.click(within(reminder).getByRole('checkbox', { name: 'zaterdag' }));
    await userEvent.click(within(reminder).getByRole('checkbox', { name: 'zondag' }));
    await userEvent.click(screen.getByRole('button', { name: 'Toewijzen' }));

    await waitFor(() => expect(onAssigned).toHaveBeenCalled());
    const post = calls.find((c) => c.route === `POST /api/clients/${CLIENT}/assignments`);
    expect(post?.body).toMatchObject({
      rhythm: 'weekdays',
      weekdays: [4],
      reminder: { time: '19:00', days: [1, 2, 3, 4, 5] },
    });
  });
});
