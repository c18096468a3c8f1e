import {
  emptyPlanContent,
  matchPlanPhase,
  type PlanCheckinValues,
  type PlanSignal,
  type SafetyPlanContent,
  telHref,
  validatePlanContent,
} from './safety-plan';

const tensionAtLeast7: PlanSignal = {
  text: 'Mijn kaken staan strak',
  link: { kind: 'scale', item: 'tension', comparison: 'atLeast', threshold: 7, days: 1 },
};
const sleepAtMost3TwoDays: PlanSignal = {
  text: 'Ik slaap slecht',
  link: { kind: 'scale', item: 'sleep', comparison: 'atMost', threshold: 3, days: 2 },
};
const outsideWindowTwoDays: PlanSignal = {
  text: 'Ik zit niet meer in mijn raam',
  link: { kind: 'window', state: 'outside', days: 2 },
};
const urgeAtLeast8: PlanSignal = {
  text: 'Ik wil hem steeds appen',
  link: { kind: 'scale', item: 'urge', comparison: 'atLeast', threshold: 8, days: 1 },
};
const unlinked: PlanSignal = { text: 'Ik trek me terug', link: null };

function plan(oranje: PlanSignal[], rood: PlanSignal[] = []): SafetyPlanContent {
  const empty = emptyPlanContent();
  return {
    ...empty,
    oranje: { ...empty.oranje, signals: oranje },
    rood: { ...empty.rood, signals: rood },
  };
}

const day = (d: string, values: Omit<PlanCheckinValues, 'day'>): PlanCheckinValues => ({
  day: d,
  ...values,
});

describe('matchPlanPhase: does a check-in look like a phase of my plan?', () => {
  it('matches a threshold exactly at its boundary, not one below', () => {
    const p = plan([tensionAtLeast7]);
    expect(matchPlanPhase(p, [], day('2026-12-01', { tension: 7 }))).toEqual({
      phase: 'oranje',
      signals: [tensionAtLeast7],
    });
    expect(matchPlanPhase(p, [], day('2026-12-01', { tension: 6 }))).toBeNull();
  });

  it('reads "at most" downwards (sleep ≤ 3)', () => {
    const p = plan([{ ...sleepAtMost3TwoDays, link: { ...sleepAtMost3TwoDays.link!, days: 1 } }]);
    expect(matchPlanPhase(p, [], day('2026-12-01', { sleep: 3 }))?.phase).toBe('oranje');
    expect(matchPlanPhase(p, [], day('2026-12-01', { sleep: 4 }))).toBeNull();
  });

  it('asks for every day of a run, and a missing day breaks it', () => {
    const p = plan([sleepAtMost3TwoDays]);
    const latest = day('2026-12-02', { sleep: 2 });
    expect(matchPlanPhase(p, [day('2026-12-01', { sleep: 3 })], latest)?.phase).toBe('oranje');
    expect(matchPlanPhase(p, [day('2026-12-01', { sleep: 5 })], latest)).toBeNull();
    expect(matchPlanPhase(p, [day('2026-11-30', { sleep: 1 })], latest)).toBeNull();
  });

  it('counts a day when one of its check-ins meets the signal', () => {
    const p = plan([outsideWindowTwoDays]);
    const before = [
      day('2026-12-01', { window: 'binnen-raam' }),
      day('2026-12-01', { window: 'bevroren' }),
    ];
    expect(matchPlanPhase(p, before, day('2026-12-02', { window: 'overprikkeld' }))?.phase).toBe(
      'oranje',
    );
    expect(matchPlanPhase(p, before, day('2026-12-02', { window: 'binnen-raam' }))).toBeNull();
  });

  it('needs the latest check-in itself: an old run does not ring again', () => {
    const p = plan([tensionAtLeast7]);
    expect(
      matchPlanPhase(p, [day('2026-12-01', { tension: 9 })], day('2026-12-02', { tension: 2 })),
    ).toBeNull();
  });

  it('puts red before orange and names only the signals that held', () => {
    const p = plan([tensionAtLeast7, unlinked], [urgeAtLeast8]);
    const latest = day('2026-12-02', { tension: 8, items: { urge: 9 } });
    expect(matchPlanPhase(p, [], latest)).toEqual({ phase: 'rood', signals: [urgeAtLeast8] });
    expect(matchPlanPhase(p, [], { ...latest, items: { urge: 7 } })).toEqual({
      phase: 'oranje',
      signals: [tensionAtLeast7],
    });
  });

  it('leaves unanswered items and unlinked signals alone', () => {
    const p = plan([tensionAtLeast7, unlinked]);
    expect(matchPlanPhase(p, [], day('2026-12-02', { tension: null }))).toBeNull();
    expect(matchPlanPhase(plan([unlinked]), [], day('2026-12-02', { tension: 10 }))).toBeNull();
  });

  it('matches a body signal the client ticked', () => {
    const p = plan([
      { text: 'Hartkloppingen', link: { kind: 'body', signal: 'hartkloppingen', days: 1 } },
    ]);
    expect(
      matchPlanPhase(p, [], day('2026-12-02', { bodySignals: ['trillen', 'hartkloppingen'] }))
        ?.phase,
    ).toBe('oranje');
    expect(matchPlanPhase(p, [], day('2026-12-02', { bodySignals: ['trillen'] }))).toBeNull();
  });

  it('runs across a month boundary', () => {
    const p = plan([sleepAtMost3TwoDays]);
    expect(
      matchPlanPhase(p, [day('2026-11-30', { sleep: 1 })], day('2026-12-01', { sleep: 1 }))?.phase,
    ).toBe('oranje');
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('06 - 12 34 56 78')).toBe('tel:0612345678');
    expect(telHref(' +31 (0)6 1234')).toBe('tel:+3161234');
  });
});

describe('validatePlanContent', () => {
  it('accepts a plan and trims its texts', () => {
    const content = emptyPlanContent();
    const result = validatePlanContent({
      ...content,
      oranje: {
        ...content.oranje,
        signals: [{ ...tensionAtLeast7, text: '  Mijn kaken staan strak ' }],
        contacts: [{ name: 'Zus', phone: '06 12345678' }],
      },
    });
    expect(result.ok && result.value.oranje.signals[0]!.text).toBe('Mijn kaken staan strak');
  });

  it('names the field and the reason for every problem', () => {
    const content = emptyPlanContent();
    const result = validatePlanContent({
      ...content,
      rood: {
        ...content.rood,
        signals: [
          {
            text: 'x',
            link: { kind: 'scale', item: 'tension', comparison: 'atLeast', threshold: 11, days: 1 },
          },
        ],
        contacts: [{ name: 'Huisarts', phone: 'bel maar' }],
      },
      extra: true,
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['rood.signals.0.link.threshold', 'rood.contacts.0.phone', '']),
    );
  });
});
