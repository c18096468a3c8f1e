import { HttpStatus, Injectable } from '@nestjs/common';
import {
  answerSchemaForStep,
  toContentIssues,
  type AssignmentSummary,
  type ClientAssignmentDetail,
  type ClientResponse,
  type ModuleAnswers,
  type ModuleContent,
} from '@oefenruimte/shared';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import type { FieldError } from '@oefenruimte/shared';
import { ASSIGNMENT_SELECT, type AssignmentRow, toAssignmentSummary } from './assignment-rows';
import type { MarksDto, SaveDraftDto, SubmitResponseDto } from './dto/homework.dto';
import { loadClientResponses, RESPONSE_COLUMNS, type ResponseRow } from './response-rows';

/**
 * The client's side of homework: their assignments, their work on them (autosaved, never
 * lost, never silently overwritten), submitting, and choosing what the therapist may see.
 */
@Injectable()
export class MyHomeworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, meta: RequestMeta): Promise<AssignmentSummary[]> {
    const rows: AssignmentRow[] = await this.dataSource.query(
      `${ASSIGNMENT_SELECT} WHERE a.practice_id = $1 AND a.client_id = $2 AND a.status <> 'withdrawn' ORDER BY a.created_at DESC LIMIT 200`,
      [user.practiceId, user.id],
    );
    await this.auditOwn(user, 'assignment.list', 'read', 'assignment', null, meta);
    return rows.map((row) => toAssignmentSummary(row));
  }

  async get(
    user: AuthUser,
    assignmentId: string,
    meta: RequestMeta,
  ): Promise<ClientAssignmentDetail> {
    const { row, content } = await this.ownAssignment(user, assignmentId, this.dataSource.manager);
    const responses: ResponseRow[] = await this.dataSource.query(
      `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.assignment_id = $1 AND r.client_id = $2 ORDER BY r.started_at DESC LIMIT 100`,
      [assignmentId, user.id],
    );
    const all = await loadClientResponses(this.dataSource.manager, responses);
    await this.auditOwn(user, 'assignment.read', 'read', 'assignment', assignmentId, meta);
    return {
      assignment: toAssignmentSummary(row),
      content,
      draft: all.find((r) => r.submittedAt === null) ?? null,
      submitted: all.filter((r) => r.submittedAt !== null),
    };
  }

  /** The open draft of this assignment, made when there is none. */
  async start(user: AuthUser, assignmentId: string, meta: RequestMeta): Promise<ClientResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { row } = await this.ownAssignment(user, assignmentId, manager);
      if (row.status !== 'active')
        throw new CodedHttpException(HttpStatus.CONFLICT, 'ASSIGNMENT_PAUSED');
      await manager.query(
        `INSERT INTO responses (practice_id, assignment_id, client_id) VALUES ($1, $2, $3)
         ON CONFLICT (assignment_id) WHERE submitted_at IS NULL DO NOTHING`,
        [user.practiceId, assignmentId, user.id],
      );
      const [draft]: ResponseRow[] = await manager.query(
        `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.assignment_id = $1 AND r.submitted_at IS NULL`,
        [assignmentId],
      );
      await this.auditOwn(user, 'response.start', 'create', 'response', draft!.id, meta, manager);
      return (await loadClientResponses(manager, [draft!]))[0]!;
    });
  }

  async getResponse(
    user: AuthUser,
    responseId: string,
    meta: RequestMeta,
  ): Promise<ClientResponse> {
    const { response } = await this.ownResponse(user, responseId, this.dataSource.manager, false);
    await this.auditOwn(user, 'response.read', 'read', 'response', responseId, meta);
    return (await loadClientResponses(this.dataSource.manager, [response]))[0]!;
  }

  /**
   * Autosave. Only the steps that changed are sent; each is checked against its step's answer
   * schema. A version older than the stored one means another tab or device saved in between:
   * 409 with what is stored, so the person can choose, never a silent overwrite.
   */
  async saveDraft(
    user: AuthUser,
    responseId: string,
    dto: SaveDraftDto,
    meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { response, content } = await this.ownResponse(user, responseId, manager, true);
      if (response.submitted_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED');
      if (response.version !== dto.version) {
        throw new StaleWriteException((await loadClientResponses(manager, [response]))[0]);
      }
      const patch = validateAnswers(content, dto.answers);
      if (dto.position && !content.steps.some((step) => step.id === dto.position)) {
        throw new ValidationFailedException([
          {
            field: 'position',
            constraint: 'knownStep',
            message: 'position is not a step of this module',
          },
        ]);
      }
      const merged: ModuleAnswers = { ...response.answers };
      for (const [stepId, answer] of Object.entries(patch)) {
        if (answer === null || answer === undefined) delete merged[stepId];
        else merged[stepId] = answer;
      }
      const [[updated]]: [ResponseRow[], number] = await manager.query(
        `UPDATE responses r SET answers = $2, position = COALESCE($3, r.position), version = r.version + 1, updated_at = now()
          WHERE r.id = $1 RETURNING ${RESPONSE_COLUMNS}`,
        [responseId, merged, dto.position ?? null],
      );
      await this.auditOwn(user, 'response.save', 'update', 'response', responseId, meta, manager);
      return (await loadClientResponses(manager, [updated!]))[0]!;
    });
  }

  /**
   * Submits, idempotently: a retry with the same key and body answers as the first did; the
   * same key with another body is refused (422). Sharing is chosen per step at this moment.
   */
  async submit(
    user: AuthUser,
    responseId: string,
    dto: SubmitResponseDto,
    meta: RequestMeta,
  ): Promise<ClientResponse> {
    const bodyHash = createHash('sha256')
      .update(
        JSON.stringify([responseId, dto.version, [...dto.share].sort(), [...dto.discuss].sort()]),
      )
      .digest();
    return this.dataSource.transaction(async (manager) => {
      const { response, content } = await this.ownResponse(user, responseId, manager, true);
      const [previous] = await manager.query(
        'SELECT id, submit_hash FROM responses WHERE client_id = $1 AND submit_key = $2',
        [user.id, dto.idempotencyKey],
      );
      if (previous) {
        if (previous.id !== responseId || !Buffer.from(previous.submit_hash).equals(bodyHash)) {
          throw new CodedHttpException(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED');
        }
        return (await loadClientResponses(manager, [response]))[0]!;
      }
      if (response.submitted_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED');
      if (response.version !== dto.version)
        throw new StaleWriteException((await loadClientResponses(manager, [response]))[0]);
      assertKnownSteps(content, dto);
      const [[submitted]]: [ResponseRow[], number] = await manager.query(
        `UPDATE responses r SET submitted_at = now(), submit_key = $2, submit_hash = $3, version = r.version + 1, updated_at = now()
          WHERE r.id = $1 RETURNING ${RESPONSE_COLUMNS}`,
        [responseId, dto.idempotencyKey, bodyHash],
      );
      await this.writeMarks(user, responseId, content, dto, manager);
      await this.auditOwn(user, 'response.submit', 'update', 'response', responseId, meta, manager);
      return (await loadClientResponses(manager, [submitted!]))[0]!;
    });
  }

  /** Share more, take a share back, mark to discuss: effective on the therapist's next request. */
  async updateMarks(
    user: AuthUser,
    responseId: string,
    dto: MarksDto,
    meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { response, content } = await this.ownResponse(user, responseId, manager, true);
      if (!response.submitted_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'NOT_SUBMITTED_YET');
      assertKnownSteps(content, dto);
      await this.writeMarks(user, responseId, content, dto, manager);
      await this.auditOwn(user, 'response.share', 'update', 'response', responseId, meta, manager);
      return (await loadClientResponses(manager, [response]))[0]!;
    });
  }

  private async writeMarks(
    user: AuthUser,
    responseId: string,
    content: ModuleContent,
    dto: MarksDto,
    manager: EntityManager,
  ): Promise<void> {
    const stepIds = content.steps.map((step) => step.id);
    await manager.query(
      `INSERT INTO response_marks (response_id, step_id, practice_id, client_id, shared, shared_at, discuss)
       SELECT $1, s.step_id, $2, $3, s.step_id = ANY($5::text[]), CASE WHEN s.step_id = ANY($5::text[]) THEN now() END,
              s.step_id = ANY($6::text[])
         FROM unnest($4::text[]) AS s(step_id)
       ON CONFLICT (response_id, step_id) DO UPDATE SET
         shared = EXCLUDED.shared,
         shared_at = CASE WHEN EXCLUDED.shared AND response_marks.shared THEN response_marks.shared_at ELSE EXCLUDED.shared_at END,
         discuss = EXCLUDED.discuss`,
      [responseId, user.practiceId, user.id, stepIds, dto.share, dto.discuss],
    );
  }

  private async ownAssignment(user: AuthUser, assignmentId: string, manager: EntityManager) {
    const [row]: (AssignmentRow & { content: ModuleContent })[] = await manager.query(
      `SELECT q.*, v.content FROM (${ASSIGNMENT_SELECT} WHERE a.id = $1 AND a.client_id = $2 AND a.practice_id = $3 AND a.status <> 'withdrawn') q
         JOIN module_versions v ON v.id = q.module_version_id`,
      [assignmentId, user.id, user.practiceId],
    );
    if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return { row, content: row.content };
  }

  private async ownResponse(
    user: AuthUser,
    responseId: string,
    manager: EntityManager,
    lock: boolean,
  ) {
    const [response]: (ResponseRow & { content: ModuleContent })[] = await manager.query(
      `SELECT ${RESPONSE_COLUMNS}, v.content FROM responses r
         JOIN assignments a ON a.id = r.assignment_id JOIN module_versions v ON v.id = a.module_version_id
        WHERE r.id = $1 AND r.client_id = $2 AND r.practice_id = $3 AND a.status <> 'withdrawn'
        ${lock ? 'FOR UPDATE OF r' : ''}`,
      [responseId, user.id, user.practiceId],
    );
    if (!response) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return { response, content: response.content };
  }

  private auditOwn(
    user: AuthUser,
    event: string,
    action: 'read' | 'create' | 'update',
    objectType: string,
    objectId: string | null,
    meta: RequestMeta,
    manager?: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: user,
        event,
        action,
        objectType,
        objectId,
        subjectId: user.id,
        basis: 'own-data',
        outcome: 'success',
        meta,
      },
      manager,
    );
  }
}

/** Each answer checked against its own step; every problem named by its field path. */
function validateAnswers(content: ModuleContent, answers: ModuleAnswers): ModuleAnswers {
  const problems: FieldError[] = [];
  const valid: ModuleAnswers = {};
  for (const [stepId, answer] of Object.entries(answers)) {
    const step = content.steps.find((s) => s.id === stepId);
    if (!step) {
      problems.push({
        field: `answers.${stepId}`,
        constraint: 'knownStep',
        message: `answers.${stepId} is not a step of this module`,
      });
      continue;
    }
    const result = answerSchemaForStep(step).safeParse(answer);
    if (result.success) valid[stepId] = result.data;
    else {
      for (const issue of toContentIssues(result.error)) {
        const field = issue.path ? `answers.${stepId}.${issue.path}` : `answers.${stepId}`;
        problems.push({ field, constraint: 'answerSchema', message: `${field}: ${issue.message}` });
      }
    }
  }
  if (problems.length > 0) throw new ValidationFailedException(problems);
  return valid;
}

function assertKnownSteps(content: ModuleContent, dto: MarksDto): void {
  const known = new Set(content.steps.map((step) => step.id));
  const problems: FieldError[] = [];
  for (const [field, ids] of [
    ['share', dto.share],
    ['discuss', dto.discuss],
  ] as const) {
    ids.forEach((id, index) => {
      if (!known.has(id))
        problems.push({
          field: `${field}.${index}`,
          constraint: 'knownStep',
          message: `${field}.${index} is not a step of this module`,
        });
    });
  }
  if (problems.length > 0) throw new ValidationFailedException(problems);
}
