import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';

/**
 * Work that must not make an answer slower or tell something by its timing (mail delivery,
 * the look-up behind "forgot password"). It starts after the current request has answered;
 * shutdown waits for it. A failure is logged by its kind only: never its values.
 */
@Injectable()
export class BackgroundWork implements BeforeApplicationShutdown {
  private readonly logger = new Logger('BackgroundWork');
  private readonly pending = new Set<Promise<void>>();

  run(task: string, work: () => Promise<unknown>): void {
    const done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => {
          const { name, code } = error as { name?: string; code?: string };
          this.logger.error({
            task,
            errorName: name,
            errorCode: code,
            msg: 'background task failed',
          });
        },
      )
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  /** Resolves when everything started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.idle();
  }
}
