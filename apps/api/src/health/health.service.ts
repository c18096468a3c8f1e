import { Inject, Injectable } from '@nestjs/common';
import type { HealthResponse } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { HealthRepository } from './health.repository';

const PROBE_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Asks the database to answer; a pool that lost its server recovers on the next probe. */
  async check(): Promise<HealthResponse> {
    const up = await Promise.race([
      this.health.ping(this.dataSource.manager).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref()),
    ]);
    return {
      status: up ? 'ok' : 'unavailable',
      database: up ? 'up' : 'down',
      version: this.config.version,
    };
  }
}
