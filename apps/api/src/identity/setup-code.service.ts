import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { humanCode, normalizeHumanCode, sha256 } from '../common/crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SetupCodesRepository } from './setup-codes.repository';

const VALID_HOURS = 24;

/**
 * How the first owner of a practice-mode install gets in without e-mail: while no real
 * therapist account exists, every start prints a fresh one-time code in the terminal (only
 * whoever started the server sees it). Stored hashed, 24 hours, single use; once a practice
 * exists, no code is made and an old one no longer works.
 */
@Injectable()
export class SetupCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: SetupCodesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new code for the banner, or null (demo mode, or a practice exists already). */
  async issueIfNoPractice(): Promise<string | null> {
    if (this.config.mode !== 'practice') return null;
    return this.dataSource.transaction(async (manager) => {
      await this.codes.lock(manager);
      if (await this.codes.hasPractice(manager)) return null;
      const code = humanCode(3);
      await this.codes.replace(manager, sha256(normalizeHumanCode(code)), VALID_HOURS);
      return code;
    });
  }

  /** Uses up the code in the caller's transaction; false when it is wrong, used, old, or too late. */
  async use(code: string, manager: EntityManager): Promise<boolean> {
    await this.codes.lock(manager);
    const used = await this.codes.use(manager, sha256(normalizeHumanCode(code)));
    return used && this.config.mode === 'practice' && !(await this.codes.hasPractice(manager));
  }
}
