import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { BodySignal, CheckinModuleItems, WindowOfTolerance } from '@oefenruimte/shared';
import { UserEntity } from '../identity/user.entity';

/** A daily check-in. Private until the client shares it; sharing can be taken back. */
@Entity('checkins')
@Index('checkins_client_day_idx', ['practiceId', 'clientId', 'day'])
@Index('checkins_shared_idx', ['practiceId', 'clientId', 'sharedAt'], { where: 'shared' })
// The overview's safety part: shared check-ins that signal danger are few, so this stays small.
@Index('checkins_shared_danger_idx', ['practiceId', 'clientId', 'createdAt'], {
  where: 'shared AND danger',
})
@Index('checkins_submit_key', ['clientId', 'submitKey'], { unique: true })
@Check(
  'checkins_scales_check',
  `"tension" BETWEEN 0 AND 10 AND "mood" BETWEEN 0 AND 10 AND "energy" BETWEEN 0 AND 10 AND "sleep" BETWEEN 0 AND 10`,
)
@Check('checkins_window_check', `"window" IN ('overprikkeld', 'binnen-raam', 'bevroren')`)
export class CheckinEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'checkins_client_fk' })
  client?: UserEntity;

  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'smallint', nullable: true })
  tension: number | null;

  @Column({ type: 'smallint', nullable: true })
  mood: number | null;

  @Column({ type: 'smallint', nullable: true })
  energy: number | null;

  @Column({ type: 'smallint', nullable: true })
  sleep: number | null;

  @Column({ type: 'text', nullable: true })
  window: WindowOfTolerance | null;

  @Column({ name: 'body_signals', type: 'text', array: true, default: () => "'{}'" })
  bodySignals: BodySignal[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  items: CheckinModuleItems;

  @Column({ name: 'safety_concern', type: 'boolean', nullable: true })
  safetyConcern: boolean | null;

  /** Computed by the API from the safety question and tension; stored so lists can sort by it. */
  @Column({ type: 'boolean', default: false })
  danger: boolean;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  discuss: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'submit_key', type: 'text' })
  submitKey: string;

  @Column({ name: 'submit_hash', type: 'bytea' })
  submitHash: Buffer;
}
