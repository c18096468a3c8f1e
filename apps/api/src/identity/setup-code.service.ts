import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { humanCode, normalizeHumanCode, sha256 } from '../common/crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const VALID_HOURS = 24;
/** Serialises "use the setup code" so two people cannot both become the first owner. */
const SETUP_LOCK = 7_346_201;

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new code for the banner, or null (demo mode, or a practice exists already). */
  async issueIfNoPractice(): Promise<string | null> {
    if (this.config.mode !== 'practice') return null;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
      if (await this.hasPractice(manager)) return null;
      const code = humanCode(3);
      await manager.query('UPDATE setup_codes SET used_at = now() WHERE used_at IS NULL');
      await manager.query(
        `INSERT INTO setup_codes (code_hash, expires_at) VALUES ($1, now() + make_interval(hours => $2))`,
        [sha256(normalizeHumanCode(code)), VALID_HOURS],
      );
      return code;
    });
  }

  /** Uses up the code in the caller's transaction; false when it is wrong, used, old, or too late. */
  async use(code: string, manager: EntityManager): Promise<boolean> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    const [, used] = await manager.query(
      `UPDATE setup_codes SET used_at = now()
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [sha256(normalizeHumanCode(code))],
    );
    return used > 0 && this.config.mode === 'practice' && !(await this.hasPractice(manager));
  }

  private async hasPractice(manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM users WHERE role = 'therapist' AND NOT is_demo AND deleted_at IS NULL LIMIT 1`,
    );
    return rows.length > 0;
  }
}
