import type { AccessLogEntry } from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-app';
import { AccessLogList } from './access-log-list';

const entry = (overrides: Partial<AccessLogEntry>): AccessLogEntry => ({
  id: overrides.event ?? 'x',
  at: '2026-11-21T09:05:00.000Z',
  actorName: 'Marieke de Vries',
  actorRole: 'therapist',
  subjectName: null,
  action: 'read',
  event: 'client.read',
  objectType: 'client',
  basis: 'care-relation',
  outcome: 'success',
  ...overrides,
});

describe('AccessLogList', () => {
  it('turns event codes into plain Dutch sentences with who, why and when', () => {
    renderWithProviders(
      <AccessLogList
        perspective="client"
        entries={[
          entry({}),
          entry({ id: 'b', event: 'assignment.create', action: 'create' }),
          entry({ id: 'c', actorName: null, event: 'response.read' }),
          entry({ id: 'd', actorRole: 'client', actorName: 'Sanne', event: 'response.save' }),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Marieke de Vries bekeek je gegevens');
    expect(items[0]).toHaveTextContent('Dat mag, omdat Marieke de Vries je therapeut is.');
    expect(within(items[0]!).getByText(/21 nov 2026/)).toHaveAttribute(
      'dateTime',
      '2026-11-21T09:05:00.000Z',
    );
    expect(items[1]).toHaveTextContent('Marieke de Vries zette een oefening voor je klaar');
    expect(items[2]).toHaveTextContent(
      'Iemand van je praktijk las een oefening die je hebt gedeeld',
    );
    expect(items[3]).toHaveTextContent('Je bewaarde een oefening');
    expect(screen.queryByText(/client\.read|response\./)).not.toBeInTheDocument();
  });

  it("names the client in a therapist's own log", () => {
    renderWithProviders(
      <AccessLogList perspective="therapist" entries={[entry({ subjectName: 'Sanne Bakker' })]} />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Cliënt: Sanne Bakker');
  });

  it('speaks English when chosen', () => {
    renderWithProviders(<AccessLogList perspective="client" entries={[entry({})]} />, {
      locale: 'en',
    });
    expect(screen.getByRole('listitem')).toHaveTextContent('Marieke de Vries looked at your data');
  });
});
