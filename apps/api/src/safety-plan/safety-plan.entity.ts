import type { SafetyPlanContent } from '@oefenruimte/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * The client's signaleringsplan: which version is current and whether it is shared. Private
 * until the client shares it; sharing can be taken back.
 */
@Entity('safety_plans')
@Index('safety_plans_shared_idx', ['practiceId', 'clientId'], { where: 'shared' })
export class SafetyPlanEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'safety_plans_client_fk' })
  client?: UserEntity;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** Every version of a plan: an edit adds one, so an earlier plan is never lost. */
@Entity('safety_plan_versions')
@Index('safety_plan_versions_client_version', ['clientId', 'version'], { unique: true })
@Check(
  'safety_plan_versions_written_by_check',
  `"written_by" IN ('client', 'therapist-suggestion')`,
)
export class SafetyPlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'safety_plan_versions_client_fk' })
  client?: UserEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  content: SafetyPlanContent;

  @Column({ name: 'written_by', type: 'text' })
  writtenBy: 'client' | 'therapist-suggestion';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
