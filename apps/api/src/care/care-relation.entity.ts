import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { PracticeEntity } from '../practices/practice.entity';

/** Therapist and client in one practice, from `since` until `until` (open while care goes on). */
@Entity('care_relations')
@Index('care_relations_therapist_idx', ['practiceId', 'therapistId', 'since'])
@Index('care_relations_client_idx', ['practiceId', 'clientId'])
@Index('care_relations_active_key', ['therapistId', 'clientId'], {
  unique: true,
  where: '"until" IS NULL',
})
@Check('care_relations_period_check', `"until" IS NULL OR "until" >= "since"`)
export class CareRelationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'care_relations_practice_fk' })
  practice?: PracticeEntity;

  @Column({ name: 'therapist_id', type: 'uuid' })
  therapistId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'therapist_id', foreignKeyConstraintName: 'care_relations_therapist_fk' })
  therapist?: UserEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'care_relations_client_fk' })
  client?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  since: Date;

  @Column({ type: 'timestamptz', nullable: true })
  until: Date | null;
}
