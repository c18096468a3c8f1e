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
import type { ModuleContent } from '@oefenruimte/shared';
import { PracticeEntity } from '../practices/practice.entity';

/**
 * A module in the library: built in (no practice) or a practice's own. What clients get is
 * always a published, immutable version (module_versions); the draft is what a therapist edits.
 */
@Entity('modules')
@Index('modules_practice_idx', ['practiceId', 'updatedAt'])
@Index('modules_builtin_slug_key', ['slug'], { unique: true, where: 'practice_id IS NULL' })
@Index('modules_practice_slug_key', ['practiceId', 'slug'], {
  unique: true,
  where: 'practice_id IS NOT NULL',
})
@Check('modules_status_check', `"status" IN ('draft', 'published', 'archived')`)
export class ModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for the built-in modules every practice sees. */
  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'modules_practice_fk' })
  practice?: PracticeEntity;

  @Column({ type: 'text' })
  slug: string;

  @Column({ name: 'copied_from', type: 'uuid', nullable: true })
  copiedFrom: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'text' })
  status: 'draft' | 'published' | 'archived';

  /** The draft a therapist edits; for built-ins it equals the latest version. */
  @Column({ type: 'jsonb' })
  draft: ModuleContent;

  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion: number | null;

  /** Optimistic concurrency for draft edits: a stale write gets 409. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
