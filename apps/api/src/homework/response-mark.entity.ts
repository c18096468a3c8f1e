import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResponseEntity } from './response.entity';

/**
 * Per step of a response: whether the client shares it with their therapist (private until
 * they do; unsharing takes effect on the next request) and whether they want to discuss it.
 */
@Entity('response_marks')
@Index('response_marks_shared_idx', ['practiceId', 'clientId', 'sharedAt'])
export class ResponseMarkEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @ManyToOne(() => ResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'response_marks_response_fk' })
  response?: ResponseEntity;

  @PrimaryColumn({ name: 'step_id', type: 'text' })
  stepId: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  discuss: boolean;
}
