import { HttpStatus, Injectable } from '@nestjs/common';
import {
  answerSchemaForStep,
  toContentIssues,
  type ClientResponse,
  type FieldError,
  type ModuleAnswers,
  type ModuleContent,
} from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../care/access.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import type { SaveDraftDto } from './dto/homework.dto';
import { OwnHomework } from './own-homework';
import { ResponsesRepository } from './responses.repository';

/** The client's work on an assignment: autosaved, never lost, never silently overwritten. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly own: OwnHomework,
    private readonly responses: ResponsesRepository,
  ) {}

  /** The open draft of this assignment, made when there is none. */
  async start(user: AuthUser, assignmentId: string, meta: RequestMeta): Promise<ClientResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { row } = await this.own.assignment(user, assignmentId, manager);
      if (row.status !== 'active')
        throw new CodedHttpException(HttpStatus.CONFLICT, 'ASSIGNMENT_PAUSED');
      const draft = await this.responses.openDraft(user.practiceId, user.id, assignmentId, manager);
      await this.access.recordOwn(
        user,
        {
          event: 'response.start',
          action: 'create',
          objectType: 'response',
          objectId: draft.id,
          meta,
        },
        manager,
      );
      return this.own.view(user, draft, manager);
    });
  }

  async getResponse(
    user: AuthUser,
    responseId: string,
    meta: RequestMeta,
  ): Promise<ClientResponse> {
    const { response } = await this.own.response(user, responseId, undefined, false);
    await this.access.recordOwn(user, {
      event: 'response.read',
      action: 'read',
      objectType: 'response',
      objectId: responseId,
      meta,
    });
    return this.own.view(user, response);
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
      const { response, content } = await this.own.response(user, responseId, manager, true);
      if (response.submitted_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED');
      if (response.version !== dto.version) {
        throw new StaleWriteException(await this.own.view(user, response, manager));
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
      const updated = await this.responses.saveAnswers(
        user.practiceId,
        user.id,
        responseId,
        { answers: merged, position: dto.position ?? null },
        manager,
      );
      await this.access.recordOwn(
        user,
        {
          event: 'response.save',
          action: 'update',
          objectType: 'response',
          objectId: responseId,
          meta,
        },
        manager,
      );
      return this.own.view(user, updated, manager);
    });
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
