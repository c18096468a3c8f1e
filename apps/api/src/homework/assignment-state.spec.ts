import { assignmentState, type AssignmentFacts } from './assignment-state';

const base: AssignmentFacts = {
  status: 'active',
  rhythm: 'once',
  weekdays: null,
  dueDate: null,
  hasDraft: false,
  lastSubmittedAt: null,
};
const now = new Date('2026-11-18T10:00:00Z'); // a Wednesday

describe('assignmentState', () => {
  it('is open when nothing happened yet, and in progress with a draft', () => {
    expect(assignmentState(base, now)).toBe('open');
    expect(assignmentState({ ...base, hasDraft: true }, now)).toBe('in-progress');
  });

  it('is done once a one-off assignment was submitted', () => {
    expect(
      assignmentState({ ...base, lastSubmittedAt: new Date('2026-11-01T10:00:00Z') }, now),
    ).toBe('done');
  });

  it('is overdue only when the due date passed with nothing submitted', () => {
    expect(assignmentState({ ...base, dueDate: '2026-11-17' }, now)).toBe('overdue');
    expect(assignmentState({ ...base, dueDate: '2026-11-18' }, now)).toBe('open');
    expect(
      assignmentState(
        { ...base, dueDate: '2026-11-17', lastSubmittedAt: new Date('2026-11-16T08:00:00Z') },
        now,
      ),
    ).toBe('done');
  });

  it('opens a daily assignment again each day', () => {
    const daily = { ...base, rhythm: 'daily' as const };
    expect(
      assignmentState({ ...daily, lastSubmittedAt: new Date('2026-11-18T07:00:00Z') }, now),
    ).toBe('done');
    expect(
      assignmentState({ ...daily, lastSubmittedAt: new Date('2026-11-17T07:00:00Z') }, now),
    ).toBe('open');
  });

  it('keeps a weekly assignment done for seven days', () => {
    const weekly = { ...base, rhythm: 'weekly' as const };
    expect(
      assignmentState({ ...weekly, lastSubmittedAt: new Date('2026-11-12T11:00:00Z') }, now),
    ).toBe('done');
    expect(
      assignmentState({ ...weekly, lastSubmittedAt: new Date('2026-11-11T09:00:00Z') }, now),
    ).toBe('open');
  });

  it('lets pause and withdraw win over everything else', () => {
    expect(assignmentState({ ...base, status: 'paused', hasDraft: true }, now)).toBe('paused');
    expect(assignmentState({ ...base, status: 'withdrawn', dueDate: '2026-01-01' }, now)).toBe(
      'withdrawn',
    );
  });
});
