import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed attempt at a secret: a password (`login`, per account or per device), or a
 * second-factor code (`second-factor`, per account). Kept in PostgreSQL so that every API
 * process counts the same attempts. The key is a SHA-256: no e-mail address is stored.
 */
@Entity('failed_attempts')
@Index('failed_attempts_key_at_idx', ['scope', 'keyHash', 'at'])
export class FailedAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  scope: string;

  @Column({ name: 'key_hash', type: 'bytea' })
  keyHash: Buffer;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
