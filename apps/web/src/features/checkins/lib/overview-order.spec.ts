import type { OverviewClient } from '@oefenruimte/shared';
import { formatTension, orderByNeed, reasonsWithCounts } from './overview-order';

function client(name: string, overrides: Partial<OverviewClient> = {}): OverviewClient {
  return {
    clientId: name,
    name,
    reasons: [],
    unseenSafety: [],
    questionnaireSafety: 0,
    newCheckins: 0,
    newResponses: 0,
    overdueAssignments: 0,
    discussItems: 0,
    tensionRecent: null,
    tensionBefore: null,
    lastSharedAt: null,
    planPhase: null,
    ...overrides,
  };
}

const safety = { checkinId: 'k', day: '2026-11-21', createdAt: '2026-11-21T10:00:00Z' };

describe('orderByNeed', () => {
  it('puts an unseen safety signal first, then the most urgent reason, then more reasons', () => {
    const ordered = orderByNeed([
      client('Anna'),
      client('Bram', { reasons: ['discuss', 'rising-tension'] }),
      client('Cor', { reasons: ['new-checkins'] }),
      client('Daan', { reasons: ['new-checkins', 'discuss'] }),
      client('Eva', { reasons: ['safety', 'discuss'], unseenSafety: [safety] }),
    ]);
    expect(ordered.map((c) => c.name)).toEqual(['Eva', 'Daan', 'Cor', 'Bram', 'Anna']);
  });

  it('puts the plan’s red phase right after an unseen safety signal, orange just after it', () => {
    const plan = (phase: 'oranje' | 'rood') => ({ phase, day: '2026-11-21' });
    const ordered = orderByNeed([
      client('Anna', { reasons: ['new-checkins', 'rising-tension', 'discuss'] }),
      client('Bram', { reasons: ['plan-oranje', 'new-checkins'], planPhase: plan('oranje') }),
      client('Cor', { reasons: ['plan-rood'], planPhase: plan('rood') }),
      client('Eva', { reasons: ['safety'], unseenSafety: [safety] }),
    ]);
    expect(ordered.map((c) => c.name)).toEqual(['Eva', 'Cor', 'Bram', 'Anna']);
  });

  it('lets a seen safety signal go down to where its other reasons put it', () => {
    const ordered = orderByNeed([
      client('Anna', { reasons: ['overdue'] }),
      client('Eva', { reasons: ['safety', 'discuss'], unseenSafety: [] }),
    ]);
    expect(ordered.map((c) => c.name)).toEqual(['Anna', 'Eva']);
  });

  it('puts a shared questionnaire with a safety answer right after an unseen safety check-in', () => {
    const ordered = orderByNeed([
      client('Cor', { reasons: ['new-checkins', 'discuss'] }),
      client('Fien', { reasons: ['questionnaire-safety'], questionnaireSafety: 1 }),
      client('Eva', { reasons: ['safety'], unseenSafety: [safety] }),
    ]);
    expect(ordered.map((c) => c.name)).toEqual(['Eva', 'Fien', 'Cor']);
    expect(reasonsWithCounts(ordered[1]!)).toEqual([{ reason: 'questionnaire-safety', count: 1 }]);
  });
});

describe('reasonsWithCounts', () => {
  it('gives the labels most urgent first, each with its number', () => {
    const labels = reasonsWithCounts(
      client('Eva', {
        reasons: ['discuss', 'new-checkins', 'safety', 'rising-tension'],
        unseenSafety: [safety],
        newCheckins: 3,
        discussItems: 2,
      }),
    );
    expect(labels).toEqual([
      { reason: 'safety', count: 1 },
      { reason: 'new-checkins', count: 3 },
      { reason: 'rising-tension', count: null },
      { reason: 'discuss', count: 2 },
    ]);
  });

  it('formats the tension the way the language writes numbers', () => {
    expect(formatTension(6.5, 'nl-NL')).toBe('6,5');
    expect(formatTension(7, 'nl-NL')).toBe('7');
    expect(formatTension(null, 'nl-NL')).toBeNull();
  });
});
