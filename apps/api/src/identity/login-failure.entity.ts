import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed login. Counted per account (by the SHA-256 of the lower-cased e-mail, so unknown
 * addresses are throttled the same way and no address is stored) over the last hour.
 */
@Entity('login_failures')
@Index('login_failures_key_at_idx', ['emailHash', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'email_hash', type: 'bytea' })
  emailHash: Buffer;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
