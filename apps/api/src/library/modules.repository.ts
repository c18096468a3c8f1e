import { Injectable } from '@nestjs/common';
import type { LibraryModuleSummary, ModuleContent } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface ModuleRow {
  id: string;
  practice_id: string | null;
  slug: string;
  status: LibraryModuleSummary['status'];
  draft: ModuleContent;
  published_version: number | null;
  version: number;
  updated_at: Date;
  published: ModuleContent | null;
}

const MODULE_SELECT = `SELECT m.id, m.practice_id, m.slug, m.status, m.draft, m.published_version, m.version, m.updated_at,
                              v.content AS published
                         FROM modules m
                         LEFT JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version`;

/** A practice sees the built-in modules (no practice) and its own. $1 is the practice. */
const VISIBLE = '(m.practice_id IS NULL OR m.practice_id = $1)';

/**
 * The only SQL on `modules` and `module_versions`. A practice's methods name the practice;
 * the built-in methods touch only modules without one.
 */
@Injectable()
export class ModulesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Not archived, matching the search (a LIKE pattern) and theme: built-ins first, by title. */
  list(
    practiceId: string,
    filter: { pattern: string | null; theme: string | null },
  ): Promise<ModuleRow[]> {
    return this.dataSource.query(
      `${MODULE_SELECT}
        WHERE ${VISIBLE} AND m.status <> 'archived'
          AND ($2::text IS NULL OR coalesce(v.content, m.draft)->>'title' ILIKE $2 OR coalesce(v.content, m.draft)->>'summary' ILIKE $2)
          AND ($3::text IS NULL OR coalesce(v.content, m.draft)->>'theme' = $3)
        ORDER BY m.practice_id NULLS FIRST, coalesce(v.content, m.draft)->>'title'
        LIMIT 200`,
      [practiceId, filter.pattern, filter.theme],
    );
  }

  async visible(
    practiceId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ModuleRow | undefined> {
    const [row]: ModuleRow[] = await manager.query(
      `${MODULE_SELECT} WHERE m.id = $2 AND ${VISIBLE}`,
      [practiceId, id],
    );
    return row;
  }

  /** Which of these modules the practice may use. */
  async visibleIds(practiceId: string, ids: string[], manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT m.id FROM modules m WHERE m.id = ANY($2::uuid[]) AND ${VISIBLE}`,
      [practiceId, ids],
    );
    return rows.map((row) => row.id);
  }

  /** The latest published version of a module this practice may use. */
  async publishedVersionId(
    practiceId: string,
    moduleId: string,
    manager: EntityManager,
  ): Promise<string | undefined> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT v.id FROM modules m JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
        WHERE m.id = $2 AND ${VISIBLE} AND m.status = 'published'`,
      [practiceId, moduleId],
    );
    return row?.id;
  }

  /** Locks one of the practice's own modules for a change. */
  async lockOwn(practiceId: string, id: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM modules WHERE id = $1 AND practice_id = $2 FOR UPDATE', [
      id,
      practiceId,
    ]);
  }

  /** Finding a free slug and taking it is one step per practice. */
  async lockSlugs(practiceId: string, manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('modules.slug:' || $1))", [
      practiceId,
    ]);
  }

  async slugsStartingWith(
    practiceId: string,
    prefix: string,
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows: { slug: string }[] = await manager.query(
      'SELECT slug FROM modules WHERE practice_id = $1 AND slug LIKE $2',
      [practiceId, `${prefix}%`],
    );
    return new Set(rows.map((row) => row.slug));
  }

  async slugTakenByAnother(
    practiceId: string,
    slug: string,
    id: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM modules WHERE practice_id = $1 AND slug = $2 AND id <> $3',
      [practiceId, slug, id],
    );
    return rows.length > 0;
  }

  async insertDraft(
    practiceId: string,
    module: { slug: string; copiedFrom: string | null; createdBy: string; content: ModuleContent },
    manager: EntityManager,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO modules (practice_id, slug, copied_from, created_by, status, draft)
       VALUES ($1, $2, $3, $4, 'draft', $5) RETURNING id`,
      [practiceId, module.slug, module.copiedFrom, module.createdBy, module.content],
    );
    return row!.id;
  }

  async saveDraft(
    practiceId: string,
    id: string,
    content: ModuleContent,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      'UPDATE modules SET draft = $3, slug = $4, version = version + 1, updated_at = now() WHERE id = $1 AND practice_id = $2',
      [id, practiceId, content, content.slug],
    );
  }

  /** Version `number` of one of the practice's modules, immutable from now on. */
  async publish(
    practiceId: string,
    id: string,
    version: { number: number; content: ModuleContent; publishedBy: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO module_versions (module_id, number, content, published_by) VALUES ($1, $2, $3, $4)',
      [id, version.number, version.content, version.publishedBy],
    );
    await manager.query(
      `UPDATE modules SET status = 'published', published_version = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND practice_id = $2`,
      [id, practiceId, version.number],
    );
  }

  // Built-in modules (no practice): kept in line with the code at start-up.

  /** One start-up sync at a time, however many processes start. */
  async lockBuiltIns(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(4242)');
  }

  async builtIn(
    slug: string,
    manager: EntityManager,
  ): Promise<{ id: string; published_version: number | null; content: unknown } | undefined> {
    const [row] = await manager.query(
      `SELECT m.id, m.published_version, v.content FROM modules m
         LEFT JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
        WHERE m.practice_id IS NULL AND m.slug = $1`,
      [slug],
    );
    return row;
  }

  async insertBuiltIn(content: ModuleContent, manager: EntityManager): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO modules (slug, status, draft) VALUES ($1, 'published', $2) RETURNING id`,
      [content.slug, content],
    );
    return row!.id;
  }

  async publishBuiltIn(
    id: string,
    number: number,
    content: ModuleContent,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO module_versions (module_id, number, content) VALUES ($1, $2, $3)',
      [id, number, content],
    );
    await manager.query(
      'UPDATE modules SET draft = $2, published_version = $3, updated_at = now() WHERE id = $1 AND practice_id IS NULL',
      [id, content, number],
    );
  }
}
