import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { ResponseEntity } from './response.entity';

/** A therapist's reply to a shared answer (step) or to the whole response. */
@Entity('feedback')
@Index('feedback_response_idx', ['responseId', 'createdAt'])
export class FeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @ManyToOne(() => ResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'feedback_response_fk' })
  response?: ResponseEntity;

  @Column({ name: 'step_id', type: 'text', nullable: true })
  stepId: string | null;

  @Column({ name: 'therapist_id', type: 'uuid' })
  therapistId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'therapist_id', foreignKeyConstraintName: 'feedback_therapist_fk' })
  therapist?: UserEntity;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
