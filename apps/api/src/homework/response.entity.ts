import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ModuleAnswers } from '@oefenruimte/shared';
import { UserEntity } from '../identity/user.entity';
import { AssignmentEntity } from './assignment.entity';

/**
 * One time a client works through an assignment: a draft autosaved as they type, then
 * submitted. A daily or weekly assignment gets a new one each time.
 */
@Entity('responses')
@Index('responses_assignment_idx', ['assignmentId', 'startedAt'])
@Index('responses_client_idx', ['practiceId', 'clientId', 'updatedAt'])
@Index('responses_open_draft_key', ['assignmentId'], {
  unique: true,
  where: 'submitted_at IS NULL',
})
@Index('responses_submit_key', ['clientId', 'submitKey'], {
  unique: true,
  where: 'submit_key IS NOT NULL',
})
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'responses_assignment_fk' })
  assignment?: AssignmentEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'responses_client_fk' })
  client?: UserEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: ModuleAnswers;

  /** The step the client was on, to come back to the same place. */
  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The idempotency key of the submit, and the hash of its body: a retry makes one submission. */
  @Column({ name: 'submit_key', type: 'text', nullable: true })
  submitKey: string | null;

  @Column({ name: 'submit_hash', type: 'bytea', nullable: true })
  submitHash: Buffer | null;
}
