import { HttpStatus, Injectable } from '@nestjs/common';
import {
  validateModuleContent,
  type LibraryModule,
  type LibraryModuleSummary,
  type ModuleContent,
} from '@oefenruimte/shared';
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
import { type ModuleRow as Row, ModulesRepository } from './modules.repository';

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
export class LibraryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly modules: ModulesRepository,
  ) {}

  async list(user: AuthUser, query: LibraryQueryDto): Promise<LibraryModuleSummary[]> {
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await this.modules.list(user.practiceId, { pattern, theme: query.theme ?? null });
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
      await this.modules.lockSlugs(user.practiceId, manager);
      const slug = await this.freeSlug(
        user.practiceId,
        dto.copyFrom ? `${content.slug.replace(/-kopie(-\d+)?$/, '')}-kopie` : content.slug,
        manager,
      );
      content = { ...content, slug };
      const id = await this.modules.insertDraft(
        user.practiceId,
        { slug, copiedFrom: dto.copyFrom ?? null, createdBy: user.id, content },
        manager,
      );
      return this.get(user, id, manager);
    });
  }

  /** Saves the draft after checking it against the module schema; a stale version gets 409. */
  async saveDraft(user: AuthUser, id: string, dto: SaveModuleDraftDto): Promise<LibraryModule> {
    const content = checkedContent(dto.content);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.ownRow(user, id, manager);
      if (row.version !== dto.version) throw new StaleWriteException(detail(row));
      if (await this.modules.slugTakenByAnother(user.practiceId, content.slug, id, manager)) {
        throw new ValidationFailedException([
          {
            field: 'content.slug',
            constraint: 'unique',
            message: 'content.slug is already used by another module of this practice',
          },
        ]);
      }
      await this.modules.saveDraft(user.practiceId, id, content, manager);
      return this.get(user, id, manager);
    });
  }

  /** Publishes the draft as the next version; clients assigned earlier keep theirs. */
  async publish(user: AuthUser, id: string, dto: PublishModuleDto): Promise<LibraryModule> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.ownRow(user, id, manager);
      if (row.version !== dto.version) throw new StaleWriteException(detail(row));
      const content = checkedContent(row.draft);
      const number = (row.published_version ?? 0) + 1;
      await this.modules.publish(
        user.practiceId,
        id,
        { number, content, publishedBy: user.id },
        manager,
      );
      return this.get(user, id, manager);
    });
  }

  private async visibleRow(user: AuthUser, id: string, manager: EntityManager): Promise<Row> {
    const row = await this.modules.visible(user.practiceId, id, manager);
    if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return row;
  }

  /** A module this practice may change: its own, locked for the change. Built-ins are copied, not edited. */
  private async ownRow(user: AuthUser, id: string, manager: EntityManager): Promise<Row> {
    const row = await this.visibleRow(user, id, manager);
    if (row.practice_id === null) {
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'MODULE_READ_ONLY');
    }
    await this.modules.lockOwn(user.practiceId, id, manager);
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
    const taken = await this.modules.slugsStartingWith(practiceId, wanted, manager);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? wanted : `${wanted}-${n}`;
      if (!taken.has(candidate)) return candidate;
    }
  }
}

/** The content when it passes the module schema; otherwise a 400 naming each field. */
function checkedContent(input: unknown): ModuleContent {
  const result = validateModuleContent(input);
  if (!result.ok) {
    throw new ValidationFailedException(
      result.issues.map((issue) => ({
        field: `content.${issue.path}`,
        constraint: 'moduleSchema',
        message: issue.message,
      })),
    );
  }
  return result.value;
}
