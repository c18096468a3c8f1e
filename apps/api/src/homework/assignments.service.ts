import { HttpStatus, Injectable } from '@nestjs/common';
import { type AssignmentSummary, timeToMinutes } from '@oefenruimte/shared';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import { ModulesRepository } from '../library/modules.repository';
import { ReminderSuggestionsRepository } from '../reminders/reminder-suggestions.repository';
import { toAssignmentSummary } from './assignment-rows';
import { AssignmentsRepository } from './assignments.repository';
import type { CreateAssignmentDto, UpdateAssignmentDto } from './dto/homework.dto';

/** The therapist's side of homework: assign a module, follow it, pause or withdraw it. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly access: AccessService,
    private readonly assignments: AssignmentsRepository,
    private readonly modules: ModulesRepository,
    private readonly suggestions: ReminderSuggestionsRepository,
  ) {}

  async create(
    user: AuthUser,
    clientId: string,
    dto: CreateAssignmentDto,
    meta: RequestMeta,
  ): Promise<AssignmentSummary> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'assignment.create', objectType: 'assignment', meta },
      async ({ manager, recordSuccess }) => {
        // The latest published version of a module this practice may use.
        const versionId = await this.modules.publishedVersionId(
          user.practiceId,
          dto.moduleId,
          manager,
        );
        if (!versionId) {
          throw new ValidationFailedException([
            {
              field: 'moduleId',
              constraint: 'publishedModule',
              message: 'moduleId is not a published module of this practice',
            },
          ]);
        }
        const created = await this.assignments.create(
          user.practiceId,
          user.id,
          clientId,
          {
            moduleVersionId: versionId,
            note: dto.note || null,
            dueDate: dto.dueDate ?? null,
            rhythm: dto.rhythm,
            weekdays: dto.rhythm === 'weekdays' ? (dto.weekdays ?? []) : null,
          },
          manager,
        );
        // A suggested reminder waits for the client's yes (nothing is scheduled here).
        if (dto.reminder)
          await this.suggestions.create(manager, user.practiceId, clientId, {
            assignmentId: created.id,
            therapistId: user.id,
            minute: timeToMinutes(dto.reminder.time)!,
            days: [...dto.reminder.days].sort(),
          });
        await recordSuccess({ action: 'create', objectId: created.id });
        return toAssignmentSummary(created);
      },
    );
  }

  /** This therapist's assignments for the client (another therapist's are theirs to see). */
  async list(user: AuthUser, clientId: string, meta: RequestMeta): Promise<AssignmentSummary[]> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'assignment.list', objectType: 'assignment', meta },
      async ({ manager, recordSuccess }) => {
        const rows = await this.assignments.therapistList(
          user.practiceId,
          clientId,
          user.id,
          manager,
        );
        await recordSuccess({ action: 'read' });
        return rows.map((row) => toAssignmentSummary(row));
      },
    );
  }

  async update(
    user: AuthUser,
    clientId: string,
    assignmentId: string,
    dto: UpdateAssignmentDto,
    meta: RequestMeta,
  ): Promise<AssignmentSummary> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'assignment.update', objectType: 'assignment', meta },
      async ({ manager, recordSuccess }) => {
        const current = await this.assignments.therapistLock(
          user.practiceId,
          clientId,
          user.id,
          assignmentId,
          manager,
        );
        if (!current) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        if (current.version !== dto.version)
          throw new StaleWriteException(toAssignmentSummary(current));
        if (current.status === 'withdrawn')
          throw new CodedHttpException(HttpStatus.CONFLICT, 'ASSIGNMENT_WITHDRAWN');
        const updated = await this.assignments.setStatus(
          user.practiceId,
          assignmentId,
          dto.status,
          manager,
        );
        await recordSuccess({
          action: 'update',
          objectId: assignmentId,
          event: `assignment.${dto.status}`,
        });
        return toAssignmentSummary(updated);
      },
    );
  }
}
