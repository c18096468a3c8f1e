import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PracticeEntity } from '../practices/practice.entity';
import type { PracticeRole, Role } from '@oefenruimte/shared';

@Entity('users')
@Index('users_practice_idx', ['practiceId'])
@Check('users_role_check', `"role" IN ('therapist', 'client')`)
@Check('users_practice_role_check', `"practice_role" IN ('owner', 'therapist', 'client')`)
@Check('users_locale_check', `"locale" IN ('nl', 'en')`)
@Check('users_totp_secret_sealed_check', `"totp_secret" IS NULL OR "totp_secret" LIKE 'v1.%'`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'users_practice_fk' })
  practice?: PracticeEntity;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'practice_role', type: 'text' })
  practiceRole: PracticeRole;

  /** Stored lower-cased; unique among accounts that are not deleted. */
  @Index('users_email_key', { unique: true, where: 'deleted_at IS NULL' })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', default: 'nl' })
  locale: 'nl' | 'en';

  /**
   * The TOTP secret, set during enrolment and confirmed by a first code. Sealed with
   * AES-256-GCM (SecretBox, the user id as context); the database refuses anything else.
   */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is valid once, a replay is refused. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  /** Seeded demo account: the second factor may be relaxed for it, and only in demo mode. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
