import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { inQuietHours, REMINDER_LATE_LIMIT_MINUTES } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../jobs/clock';
import { JobRunner } from '../jobs/job-runner';
import { localTime, nextOccurrence } from './occurrence';
import { ReminderDelivery } from './reminder-delivery.service';
import { agreementsCurrent, homeworkDueOn } from './reminder-relevance';
import { type DueRow, type OccurrenceOutcome, RemindersRepository } from './reminders.repository';

export const TICK_JOB = 'reminders.tick';
const BATCH = 500;
/**
 * Deliveries of one batch in flight at once: a push waits on a remote service, so one at a
 * time would make a busy minute take many minutes; a few leave most of the pool (10) to requests.
 */
const DELIVERIES_AT_ONCE = 4;

/**
 * Once a minute (and once at start, for what fell due while the server was down): every
 * reminder whose next occurrence has come is claimed — one row per (reminder, occurrence),
 * unique in the database, so a restart or a second process never sends it twice — then
 * delivered, held back (paused, quiet hours) or skipped as too late, and moved to its next
 * occurrence in the client's time zone.
 */
@Injectable()
export class ReminderScheduler implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RemindersRepository,
    private readonly delivery: ReminderDelivery,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.define(TICK_JOB, {
      cron: '* * * * *',
      runAtStart: true,
      handle: async () => {
        await this.tick();
      },
    });
  }

  /** Handles everything due now; returns how many occurrences this process claimed. */
  async tick(): Promise<number> {
    let claimed = 0;
    for (;;) {
      const batch = await this.claimBatch();
      const toSend = batch.filter((claim) => claim.outcome === 'sent');
      const next = () => toSend.shift();
      await Promise.all(
        Array.from({ length: DELIVERIES_AT_ONCE }, async () => {
          for (let claim = next(); claim; claim = next())
            await this.delivery.deliver(claim.due, claim.occurrenceId);
        }),
      );
      claimed += batch.length;
      if (batch.length < BATCH) break;
    }
    return claimed;
  }

  private claimBatch(): Promise<
    { due: DueRow; occurrenceId: string; outcome: OccurrenceOutcome }[]
  > {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const claimed: { due: DueRow; occurrenceId: string; outcome: OccurrenceOutcome }[] = [];
      const batch = await this.repository.due(manager, now, BATCH);
      const relevant = await this.somethingToRemind(manager, batch);
      for (const due of batch) {
        const outcome = this.decide(due, now, relevant(due));
        const occurrenceId = await this.repository.claimOccurrence(
          manager,
          due.practice_id,
          due.client_id,
          due.id,
          due.next_at,
          outcome,
        );
        const after = new Date(Math.max(now.getTime(), due.next_at.getTime()));
        await this.repository.advance(
          manager,
          due.practice_id,
          due.id,
          nextOccurrence(
            { minute: due.minute_of_day, days: due.days, timeZone: due.time_zone },
            after,
          ),
        );
        if (occurrenceId) claimed.push({ due, occurrenceId, outcome });
      }
      if (claimed.length > 0) this.logger.log({ claimed: claimed.length, msg: 'reminders due' });
      return claimed;
    });
  }

  /**
   * Whether each reminder of the batch has something to remind about at its occurrence: a
   * check-in always; homework when an assignment is there for that day; afspraken in the week
   * after the review that made them. Two queries for the whole batch.
   */
  private async somethingToRemind(
    manager: EntityManager,
    batch: readonly DueRow[],
  ): Promise<(due: DueRow) => boolean> {
    const [homework, agreements] = await Promise.all([
      this.repository.homeworkOf(
        manager,
        batch.filter((d) => d.kind === 'homework'),
      ),
      this.repository.latestAgreementsOf(
        manager,
        batch.filter((d) => d.kind === 'agreement'),
      ),
    ]);
    const reviewAt = new Map(agreements.map((a) => [a.client_id, a.created_at]));
    return (due) => {
      switch (due.kind) {
        case 'checkin':
          return true;
        case 'homework':
          return homework.some(
            (a) => a.client_id === due.client_id && homeworkDueOn(a, due.next_at, due.time_zone),
          );
        case 'agreement':
          return agreementsCurrent(reviewAt.get(due.client_id) ?? null, due.next_at);
      }
    };
  }

  /**
   * Send, or hold back (paused, quiet hours), or skip when it is too late to be useful or
   * there is nothing to remind about.
   */
  decide(due: DueRow, now: Date, somethingToRemind = true): OccurrenceOutcome {
    if (due.paused) return 'held-paused';
    const lateMinutes = (now.getTime() - due.next_at.getTime()) / 60_000;
    if (lateMinutes > REMINDER_LATE_LIMIT_MINUTES[due.kind]) return 'skipped-late';
    if (!somethingToRemind) return 'skipped-nothing';
    const minute = localTime(due.next_at, due.time_zone).minute;
    if (inQuietHours(minute, due.quiet_start, due.quiet_end)) return 'held-quiet';
    return 'sent';
  }
}
