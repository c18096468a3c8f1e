import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ReviewEntity } from './review.entity';

/** An "afspraak" from a review: the plan for the coming week, seen by both. */
@Entity('agreements')
@Index('agreements_client_idx', ['practiceId', 'clientId', 'createdAt'])
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => ReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'agreements_review_fk' })
  review?: ReviewEntity;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  text: string;

  /** Order within the review, as the two of them wrote them down. */
  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ name: 'module_id', type: 'uuid', nullable: true })
  moduleId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
