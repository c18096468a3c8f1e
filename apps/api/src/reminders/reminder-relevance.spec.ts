import { agreementsCurrent, type HomeworkFacts, homeworkDueOn } from './reminder-relevance';

const AMS = 'Europe/Amsterdam';
const base: HomeworkFacts = {
  rhythm: 'once',
  weekdays: null,
  due_date: null,
  created_at: new Date('2026-12-07T10:00:00Z'), // a Monday
  last_submitted_at: null,
};

describe('whether a homework reminder has something to remind about', () => {
  it('takes the day in the client’s zone, not in UTC', () => {
    const facts = { ...base, due_date: '2026-12-17' };
    // 23:30 UTC on the 17th is already the 18th in Amsterdam: past the date.
    expect(homeworkDueOn(facts, new Date('2026-12-17T23:30:00Z'), AMS)).toBe(false);
    expect(homeworkDueOn(facts, new Date('2026-12-16T23:30:00Z'), AMS)).toBe(true);
  });

  it('reminds of a one-off without a date until it is handed in', () => {
    const at = new Date('2026-12-20T18:00:00Z');
    expect(homeworkDueOn(base, at, AMS)).toBe(true);
    expect(homeworkDueOn({ ...base, last_submitted_at: new Date('2026-12-09') }, at, AMS)).toBe(
      false,
    );
  });

  it('reminds of a weekly one on the weekday it was given, not again within the week', () => {
    const weekly = { ...base, rhythm: 'weekly' as const };
    expect(homeworkDueOn(weekly, new Date('2026-12-14T18:00:00Z'), AMS)).toBe(true); // Monday
    expect(homeworkDueOn(weekly, new Date('2026-12-15T18:00:00Z'), AMS)).toBe(false);
    const doneFriday = { ...weekly, last_submitted_at: new Date('2026-12-11T12:00:00Z') };
    expect(homeworkDueOn(doneFriday, new Date('2026-12-14T18:00:00Z'), AMS)).toBe(false);
    expect(homeworkDueOn(doneFriday, new Date('2026-12-21T18:00:00Z'), AMS)).toBe(true);
  });

  it('keeps afspraken current for the week after the review only', () => {
    const review = new Date('2026-12-14T10:00:00Z');
    expect(agreementsCurrent(review, new Date('2026-12-20T18:00:00Z'))).toBe(true);
    expect(agreementsCurrent(review, new Date('2026-12-21T10:00:00Z'))).toBe(false);
    expect(agreementsCurrent(null, new Date('2026-12-15T18:00:00Z'))).toBe(false);
  });
});
