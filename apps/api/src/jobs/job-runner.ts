import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface JobDefinition {
  /** Runs once per job; a throw makes pg-boss retry it (with backoff when the queue says so). */
  readonly handle: (data: Record<string, unknown>) => Promise<void>;
  /** Cron in UTC; pg-boss makes sure one process starts each tick, however many run. */
  readonly cron?: string;
  /** Run once when the worker starts: catches up on what fell due while it was down. */
  readonly runAtStart?: boolean;
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
}

/**
 * Background jobs on the database we already have (pg-boss, schema `pgboss`, which pg-boss
 * creates and migrates itself so its upgrades stay its own). Features register their jobs at
 * module init; the runner starts with the app when JOBS is `inline` or `worker`, and stops
 * with it, waiting for the jobs in hand.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition>();
  private boss: PgBoss | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig & { databaseUrl?: string }) {}

  define(name: string, job: JobDefinition): void {
    this.jobs.set(name, job);
  }

  get running(): boolean {
    return this.boss !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs === 'off' || !this.config.databaseUrl) return;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: 'pgboss',
      max: 3,
      application_name: 'oefenruimte-jobs',
    });
    // Log the kind only: a job's data or a driver message could carry values.
    boss.on('error', (error: Error & { code?: string }) =>
      this.logger.error({ errorName: error.name, errorCode: error.code, msg: 'job runner error' }),
    );
    await boss.start();
    this.boss = boss;
    for (const [name, job] of this.jobs) {
      await this.ensureQueue(boss, name, job);
      await boss.work<Record<string, unknown>>(name, async (batch) => {
        for (const item of batch) await job.handle(item.data ?? {});
      });
      if (job.cron) await boss.schedule(name, job.cron);
    }
    for (const job of this.jobs.values()) if (job.runAtStart) await job.handle({});
  }

  /**
   * Makes the queue unless it exists. Two processes starting at once can deadlock in pg-boss's
   * own DDL; the loser finds the queue made by the other, or tries again.
   */
  private async ensureQueue(boss: PgBoss, name: string, job: JobDefinition): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(name)) return;
      try {
        await boss.createQueue(name, {
          name,
          retryLimit: job.retryLimit ?? 0,
          retryDelay: job.retryDelaySeconds ?? 0,
          retryBackoff: (job.retryLimit ?? 0) > 0,
        });
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((wait) => setTimeout(wait, 100 * attempt));
      }
    }
  }

  /** Queues a job; false when no runner is running in this process (the caller decides). */
  async send(name: string, data: object, startAfterSeconds = 0): Promise<boolean> {
    if (!this.boss) return false;
    await this.boss.send(name, data, { startAfter: startAfterSeconds });
    return true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
