import { HttpStatus, Injectable } from '@nestjs/common';
import type { ClientResponse, ModuleContent } from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import type { AssignmentRow } from './assignment-rows';
import { AssignmentsRepository } from './assignments.repository';
import type { MarksDto } from './dto/homework.dto';
import type { ResponseRow } from './response-rows';
import { ResponsesRepository } from './responses.repository';

/**
 * What the client's homework use cases (assignments, drafts, submit, sharing) share: finding
 * the client's own assignment or response (404 otherwise), their view of a response, and writing
 * the marks.
 */
@Injectable()
export class OwnHomework {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly responses: ResponsesRepository,
  ) {}

  async assignment(
    user: AuthUser,
    assignmentId: string,
    manager?: EntityManager,
  ): Promise<{ row: AssignmentRow; content: ModuleContent }> {
    const row = await this.assignments.own(user.practiceId, user.id, assignmentId, manager);
    if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return { row, content: row.content };
  }

  async response(
    user: AuthUser,
    responseId: string,
    manager: EntityManager | undefined,
    lock: boolean,
  ): Promise<{ response: ResponseRow; content: ModuleContent }> {
    const row = await this.responses.own(user.practiceId, user.id, responseId, { lock }, manager);
    if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return { response: row, content: row.content };
  }

  view(user: AuthUser, row: ResponseRow, manager?: EntityManager): Promise<ClientResponse> {
    return this.responses.ownViewOne(user.practiceId, user.id, row, manager);
  }

  /** Shared and discuss as chosen, for every step of the module. */
  writeMarks(
    user: AuthUser,
    responseId: string,
    content: ModuleContent,
    dto: MarksDto,
    manager: EntityManager,
  ): Promise<void> {
    return this.responses.writeMarks(
      user.practiceId,
      user.id,
      responseId,
      { stepIds: content.steps.map((step) => step.id), share: dto.share, discuss: dto.discuss },
      manager,
    );
  }
}
