import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ModuleContent } from '@oefenruimte/shared';
import { ModuleEntity } from './module.entity';

/** A published version: never changed again, so an assignment keeps exactly what it was given. */
@Entity('module_versions')
@Index('module_versions_module_number_key', ['moduleId', 'number'], { unique: true })
export class ModuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => ModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'module_versions_module_fk' })
  module?: ModuleEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'jsonb' })
  content: ModuleContent;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}
