import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CheckinEntity } from './checkin.entity';

/** A therapist marked this shared check-in (its safety signal) as seen. */
@Entity('checkin_seen')
export class CheckinSeenEntity {
  @PrimaryColumn({ name: 'checkin_id', type: 'uuid' })
  checkinId: string;

  @ManyToOne(() => CheckinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkin_id', foreignKeyConstraintName: 'checkin_seen_checkin_fk' })
  checkin?: CheckinEntity;

  @PrimaryColumn({ name: 'therapist_id', type: 'uuid' })
  therapistId: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'seen_at', type: 'timestamptz', default: () => 'now()' })
  seenAt: Date;
}
