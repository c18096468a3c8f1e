import type { AccessLogEntry } from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-app';
import { AccessLogList } from './access-log-list';

const entry = (overrides: Partial<AccessLogEntry>): AccessLogEntry => ({
  id: overrides.event ?? 'x',
  at: '2026-11-21T09:05:00.000Z',
  actorName: 'Marieke de Vries',
  actorRole: 'therapist',
  actorKind: 'my-therapist',
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
          entry({ id: 'c', actorName: null, actorKind: 'my-practice', event: 'response.read' }),
          entry({
            id: 'd',
            actorRole: 'client',
            actorKind: 'me',
            actorName: 'Sanne',
            event: 'response.save',
          }),
          entry({
            id: 'e',
            actorName: null,
            actorKind: 'other-practice',
            event: 'checkin.list',
            objectType: 'checkin',
            outcome: 'refused',
            basis: 'none',
          }),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Je therapeut Marieke de Vries bekeek je gegevens');
    expect(items[0]).toHaveTextContent('Dat mag, omdat dit je therapeut is.');
    expect(within(items[0]!).getByText(/21 nov 2026/)).toHaveAttribute(
      'dateTime',
      '2026-11-21T09:05:00.000Z',
    );
    expect(items[1]).toHaveTextContent(
      'Je therapeut Marieke de Vries zette een oefening voor je klaar',
    );
    expect(items[2]).toHaveTextContent(
      'Iemand van je praktijk las een oefening die je hebt gedeeld',
    );
    expect(items[3]).toHaveTextContent('Je bewaarde een oefening');
    expect(items[4]).toHaveTextContent(
      'GeweigerdIemand van een andere praktijk probeerde je check-ins te openen — dat is geweigerd',
    );
    expect(items[4]).not.toHaveTextContent('Dat mag');
    expect(screen.queryByText(/client\.read|response\./)).not.toBeInTheDocument();
  });

  it("groups a therapist's own log by day and by client", () => {
    renderWithProviders(
      <AccessLogList
        perspective="therapist"
        entries={[
          entry({ id: 'a', actorKind: 'me', subjectName: 'Sanne Bakker' }),
          entry({ id: 'b', actorKind: 'me', subjectName: 'Ahmed Yilmaz', event: 'checkin.list' }),
          entry({ id: 'c', actorKind: 'me', subjectName: 'Sanne Bakker', event: 'review.open' }),
          entry({
            id: 'd',
            actorKind: 'me',
            at: '2026-11-20T08:00:00.000Z',
            subjectName: 'Sanne Bakker',
          }),
        ]}
      />,
    );
    const days = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(days).toEqual(['21 november 2026', '20 november 2026']);
    const clients = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(clients).toEqual([
      'Cliënt: Sanne Bakker',
      'Cliënt: Ahmed Yilmaz',
      'Cliënt: Sanne Bakker',
    ]);
    expect(screen.getByText('Je opende Samen terugkijken')).toBeInTheDocument();
  });

  it('speaks English when chosen', () => {
    renderWithProviders(<AccessLogList perspective="client" entries={[entry({})]} />, {
      locale: 'en',
    });
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Your therapist Marieke de Vries looked at your data',
    );
  });
});
