import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The one statement of the health probe. */
@Injectable()
export class HealthRepository {
  /** Resolves once the database has answered. */
  async ping(manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1');
  }
}
