import { Injectable } from '@nestjs/common';
import type { AssignmentSummary, ClientAssignmentDetail } from '@oefenruimte/shared';
import { AccessService } from '../care/access.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { toAssignmentSummary } from './assignment-rows';
import { AssignmentsRepository } from './assignments.repository';
import { OwnHomework } from './own-homework';
import { ResponsesRepository } from './responses.repository';

/**
 * The client's side of homework, their assignments: the list and one assignment with its
 * draft and what was submitted. Working on it: `DraftsService`, `SubmitService`,
 * `SharingService`.
 */
@Injectable()
export class MyHomeworkService {
  constructor(
    private readonly access: AccessService,
    private readonly own: OwnHomework,
    private readonly assignments: AssignmentsRepository,
    private readonly responses: ResponsesRepository,
  ) {}

  async list(user: AuthUser, meta: RequestMeta): Promise<AssignmentSummary[]> {
    const rows = await this.assignments.ownList(user.practiceId, user.id);
    await this.access.recordOwn(user, {
      event: 'assignment.list',
      action: 'read',
      objectType: 'assignment',
      objectId: null,
      meta,
    });
    return rows.map((row) => toAssignmentSummary(row));
  }

  async get(
    user: AuthUser,
    assignmentId: string,
    meta: RequestMeta,
  ): Promise<ClientAssignmentDetail> {
    const { row, content } = await this.own.assignment(user, assignmentId);
    const rows = await this.responses.ownForAssignment(user.practiceId, user.id, assignmentId);
    const all = await this.responses.ownView(user.practiceId, user.id, rows);
    await this.access.recordOwn(user, {
      event: 'assignment.read',
      action: 'read',
      objectType: 'assignment',
      objectId: assignmentId,
      meta,
    });
    return {
      assignment: toAssignmentSummary(row),
      content,
      draft: all.find((r) => r.submittedAt === null) ?? null,
      submitted: all.filter((r) => r.submittedAt !== null),
    };
  }
}
