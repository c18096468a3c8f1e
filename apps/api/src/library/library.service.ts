import { HttpStatus, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  BUILT_IN_MODULES,
  validateModuleContent,
  type LibraryModule,
  type LibraryModuleSummary,
  type ModuleContent,
} from '@oefenruimte/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import type {
  CreateModuleDto,
  LibraryQueryDto,
  PublishModuleDto,
  SaveModuleDraftDto,
} from './dto/library.dto';

interface Row {
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

const SELECT = `SELECT m.id, m.practice_id, m.slug, m.status, m.draft, m.published_version, m.version, m.updated_at,
                       v.content AS published
                  FROM modules m
                  LEFT JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version`;

function summary(row: Row): LibraryModuleSummary {
  const content = row.published ?? row.draft;
  return {
    id: row.id,
    slug: row.slug,
    title: content.title,
    theme: content.theme,
    summary: content.summary,
    estimatedMinutes: content.estimatedMinutes,
    builtIn: row.practice_id === null,
    status: row.status,
    publishedVersion: row.published_version,
    updatedAt: row.updated_at.toISOString(),
  };
}

const detail = (row: Row): LibraryModule => ({
  ...summary(row),
  draft: row.draft,
  published: row.published,
  version: row.version,
});

/** A first draft that passes the schema, for "new module". */
function blankModule(slug: string): ModuleContent {
  return {
    slug,
    title: 'Nieuwe oefening',
    theme: 'grenzen',
    summary: 'Beschrijf in een paar zinnen waar deze oefening over gaat.',
    estimatedMinutes: 10,
    locale: 'nl',
    steps: [
      { id: 'uitleg', kind: 'explanation', title: 'Uitleg', body: 'Schrijf hier de uitleg.' },
    ],
  } as ModuleContent;
}

/**
 * The module library: the built-in modules every practice sees, and each practice's own
 * modules, visible to its therapists only. Editing changes a draft; publishing makes a new,
 * immutable version, and an assignment keeps the version it was given.
 */
@Injectable()
export class LibraryService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Library');

  constructor(private readonly dataSource: DataSource) {}

  /** Brings the built-in modules in the database in line with the code: a new version when they changed. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242)');
      for (const content of BUILT_IN_MODULES) {
        const [existing] = await manager.query(
          `SELECT m.id, m.published_version, v.content FROM modules m
             LEFT JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
            WHERE m.practice_id IS NULL AND m.slug = $1`,
          [content.slug],
        );
        if (existing && isDeepStrictEqual(existing.content, normalize(content))) continue;
        const id =
          existing?.id ??
          (
            await manager.query(
              `INSERT INTO modules (slug, status, draft) VALUES ($1, 'published', $2) RETURNING id`,
              [content.slug, content],
            )
          )[0].id;
        const number = (existing?.published_version ?? 0) + 1;
        await manager.query(
          'INSERT INTO module_versions (module_id, number, content) VALUES ($1, $2, $3)',
          [id, number, content],
        );
        await manager.query(
          'UPDATE modules SET draft = $2, published_version = $3, updated_at = now() WHERE id = $1',
          [id, content, number],
        );
        this.logger.log(`built-in module ${content.slug} is now version ${number}`);
      }
    });
  }

  async list(user: AuthUser, query: LibraryQueryDto): Promise<LibraryModuleSummary[]> {
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: Row[] = await this.dataSource.query(
      `${SELECT}
        WHERE (m.practice_id IS NULL OR m.practice_id = $1) AND m.status <> 'archived'
          AND ($2::text IS NULL OR coalesce(v.content, m.draft)->>'title' ILIKE $2 OR coalesce(v.content, m.draft)->>'summary' ILIKE $2)
          AND ($3::text IS NULL OR coalesce(v.content, m.draft)->>'theme' = $3)
        ORDER BY m.practice_id NULLS FIRST, coalesce(v.content, m.draft)->>'title'
        LIMIT 200`,
      [user.practiceId, pattern, query.theme ?? null],
    );
    return rows.map(summary);
  }

  async get(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LibraryModule> {
    return detail(await this.visibleRow(user, id, manager));
  }

  /** A copy (of a built-in or own module) or a blank module, as a draft of this practice. */
  async create(user: AuthUser, dto: CreateModuleDto): Promise<LibraryModule> {
    return this.dataSource.transaction(async (manager) => {
      let content: ModuleContent;
      if (dto.copyFrom) {
        const source = await this.visibleRow(user, dto.copyFrom, manager);
        const base = source.published ?? source.draft;
        content = { ...base, title: `${base.title} (kopie)`.slice(0, 120) };
      } else {
        content = blankModule('nieuwe-oefening');
      }
      // Finding a free slug and taking it is one step per practice: five copies of one module
      // at once get -kopie, -kopie-2 … instead of racing for the same name.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('modules.slug:' || $1))", [
        user.practiceId,
      ]);
      const slug = await this.freeSlug(
        user.practiceId,
        dto.copyFrom ? `${content.slug.replace(/-kopie(-\d+)?$/, '')}-kopie` : content.slug,
        manager,
      );
      content = { ...content, slug };
      const [row] = await manager.query(
        `INSERT INTO modules (practice_id, slug, copied_from, created_by, status, draft)
         VALUES ($1, $2, $3, $4, 'draft', $5) RETURNING id`,
        [user.practiceId, slug, dto.copyFrom ?? null, user.id, content],
      );
      return this.get(user, row.id, manager);
    });
  }

  /** Saves the draft after checking it against the module schema; a stale version gets 409. */
  async saveDraft(user: AuthUser, id: string, dto: SaveModuleDraftDto): Promise<LibraryModule> {
    const result = validateModuleContent(dto.content);
    if (!result.ok) {
      throw new ValidationFailedException(
        result.issues.map((issue) => ({
          field: `content.${issue.path}`,
          constraint: 'moduleSchema',
          message: issue.message,
        })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.ownRow(user, id, manager);
      if (row.version !== dto.version) throw new StaleWriteException(detail(row));
      const clash = await manager.query(
        'SELECT 1 FROM modules WHERE practice_id = $1 AND slug = $2 AND id <> $3',
        [user.practiceId, result.value.slug, id],
      );
      if (clash.length > 0) {
        throw new ValidationFailedException([
          {
            field: 'content.slug',
            constraint: 'unique',
            message: 'content.slug is already used by another module of this practice',
          },
        ]);
      }
      await manager.query(
        'UPDATE modules SET draft = $2, slug = $3, version = version + 1, updated_at = now() WHERE id = $1',
        [id, result.value, result.value.slug],
      );
      return this.get(user, id, manager);
    });
  }

  /** Publishes the draft as the next version; clients assigned earlier keep theirs. */
  async publish(user: AuthUser, id: string, dto: PublishModuleDto): Promise<LibraryModule> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.ownRow(user, id, manager);
      if (row.version !== dto.version) throw new StaleWriteException(detail(row));
      const result = validateModuleContent(row.draft);
      if (!result.ok) {
        throw new ValidationFailedException(
          result.issues.map((issue) => ({
            field: `content.${issue.path}`,
            constraint: 'moduleSchema',
            message: issue.message,
          })),
        );
      }
      const number = (row.published_version ?? 0) + 1;
      await manager.query(
        'INSERT INTO module_versions (module_id, number, content, published_by) VALUES ($1, $2, $3, $4)',
        [id, number, result.value, user.id],
      );
      await manager.query(
        `UPDATE modules SET status = 'published', published_version = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, number],
      );
      return this.get(user, id, manager);
    });
  }

  private async visibleRow(user: AuthUser, id: string, manager: EntityManager): Promise<Row> {
    const [row]: Row[] = await manager.query(
      `${SELECT} WHERE m.id = $1 AND (m.practice_id IS NULL OR m.practice_id = $2)`,
      [id, user.practiceId],
    );
    if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return row;
  }

  /** A module this practice may change: its own, locked for the change. Built-ins are copied, not edited. */
  private async ownRow(user: AuthUser, id: string, manager: EntityManager): Promise<Row> {
    const row = await this.visibleRow(user, id, manager);
    if (row.practice_id === null) {
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'MODULE_READ_ONLY');
    }
    await manager.query('SELECT 1 FROM modules WHERE id = $1 FOR UPDATE', [id]);
    return this.visibleRow(user, id, manager);
  }

  /** `wanted`, or `wanted-2`, `wanted-3` … whichever this practice does not use yet. */
  private async freeSlug(
    practiceId: string,
    wantedSlug: string,
    manager: EntityManager,
  ): Promise<string> {
    // Room for a "-NN" suffix within the 64 characters a slug may have.
    const wanted = wantedSlug.slice(0, 58).replace(/-+$/, '');
    const rows: { slug: string }[] = await manager.query(
      'SELECT slug FROM modules WHERE practice_id = $1 AND slug LIKE $2',
      [practiceId, `${wanted}%`],
    );
    const taken = new Set(rows.map((row) => row.slug));
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? wanted : `${wanted}-${n}`;
      if (!taken.has(candidate)) return candidate;
    }
  }
}

/** What JSON keeps of the content (no undefined members), to compare with what is stored. */
function normalize(content: ModuleContent): unknown {
  return JSON.parse(JSON.stringify(content));
}
