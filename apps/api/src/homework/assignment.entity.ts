import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AssignmentRhythm, AssignmentStatus } from '@oefenruimte/shared';
import { UserEntity } from '../identity/user.entity';
import { ModuleVersionEntity } from '../library/module-version.entity';
import { PracticeEntity } from '../practices/practice.entity';

@Entity('assignments')
@Index('assignments_client_idx', ['practiceId', 'clientId', 'createdAt'])
@Index('assignments_therapist_idx', ['practiceId', 'therapistId', 'createdAt'])
@Check('assignments_status_check', `"status" IN ('active', 'paused', 'withdrawn')`)
@Check('assignments_rhythm_check', `"rhythm" IN ('once', 'daily', 'weekly', 'weekdays')`)
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'assignments_practice_fk' })
  practice?: PracticeEntity;

  @Column({ name: 'therapist_id', type: 'uuid' })
  therapistId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'therapist_id', foreignKeyConstraintName: 'assignments_therapist_fk' })
  therapist?: UserEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'assignments_client_fk' })
  client?: UserEntity;

  @Column({ name: 'module_version_id', type: 'uuid' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'module_version_id',
    foreignKeyConstraintName: 'assignments_module_version_fk',
  })
  moduleVersion?: ModuleVersionEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', default: 'once' })
  rhythm: AssignmentRhythm;

  /** ISO weekdays (1 = Monday … 7 = Sunday) for rhythm `weekdays`. */
  @Column({ type: 'smallint', array: true, nullable: true })
  weekdays: number[] | null;

  @Column({ type: 'text', default: 'active' })
  status: AssignmentStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
