import type { PlanSuggestionStatus, SafetyPlanContent } from '@oefenruimte/shared';
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

/**
 * A change a therapist suggests to a shared plan. Stored apart from the plan: the plan changes
 * only when the client accepts, and then as a new version of its own.
 */
@Entity('safety_plan_suggestions')
@Index('safety_plan_suggestions_client_idx', ['practiceId', 'clientId'])
@Index('safety_plan_suggestions_one_open', ['clientId', 'therapistId'], {
  unique: true,
  where: `status = 'open'`,
})
@Check(
  'safety_plan_suggestions_status_check',
  `"status" IN ('open', 'accepted', 'declined', 'replaced')`,
)
export class SafetyPlanSuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'safety_plan_suggestions_client_fk' })
  client?: UserEntity;

  @Column({ name: 'therapist_id', type: 'uuid', nullable: true })
  therapistId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'therapist_id',
    foreignKeyConstraintName: 'safety_plan_suggestions_therapist_fk',
  })
  therapist?: UserEntity;

  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Column({ type: 'jsonb' })
  content: SafetyPlanContent;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'open' })
  status: PlanSuggestionStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'accepted_version', type: 'integer', nullable: true })
  acceptedVersion: number | null;
}
