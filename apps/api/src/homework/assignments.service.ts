import { HttpStatus, Injectable } from '@nestjs/common';
import type { AssignmentSummary } from '@oefenruimte/shared';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import { ASSIGNMENT_SELECT, type AssignmentRow, toAssignmentSummary } from './assignment-rows';
import type { CreateAssignmentDto, UpdateAssignmentDto } from './dto/homework.dto';

/** The therapist's side of homework: assign a module, follow it, pause or withdraw it. */
@Injectable()
export class AssignmentsService {
  constructor(private readonly access: AccessService) {}

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
        const [version] = await manager.query(
          `SELECT v.id FROM modules m JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
          WHERE m.id = $1 AND (m.practice_id IS NULL OR m.practice_id = $2) AND m.status = 'published'`,
          [dto.moduleId, user.practiceId],
        );
        if (!version) {
          throw new ValidationFailedException([
            {
              field: 'moduleId',
              constraint: 'publishedModule',
              message: 'moduleId is not a published module of this practice',
            },
          ]);
        }
        const [row] = await manager.query(
          `INSERT INTO assignments (practice_id, therapist_id, client_id, module_version_id, note, due_date, rhythm, weekdays)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            user.practiceId,
            user.id,
            clientId,
            version.id,
            dto.note || null,
            dto.dueDate ?? null,
            dto.rhythm,
            dto.rhythm === 'weekdays' ? (dto.weekdays ?? []) : null,
          ],
        );
        await recordSuccess({ action: 'create', objectId: row.id });
        const [created]: AssignmentRow[] = await manager.query(
          `${ASSIGNMENT_SELECT} WHERE a.id = $1`,
          [row.id],
        );
        return toAssignmentSummary(created!);
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
        const rows: AssignmentRow[] = await manager.query(
          `${ASSIGNMENT_SELECT} WHERE a.practice_id = $1 AND a.client_id = $2 AND a.therapist_id = $3 ORDER BY a.created_at DESC LIMIT 200`,
          [user.practiceId, clientId, user.id],
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
        const [current]: AssignmentRow[] = await manager.query(
          `${ASSIGNMENT_SELECT} WHERE a.id = $1 AND a.client_id = $2 AND a.therapist_id = $3 AND a.practice_id = $4 FOR UPDATE OF a`,
          [assignmentId, clientId, user.id, user.practiceId],
        );
        if (!current) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        if (current.version !== dto.version)
          throw new StaleWriteException(toAssignmentSummary(current));
        if (current.status === 'withdrawn')
          throw new CodedHttpException(HttpStatus.CONFLICT, 'ASSIGNMENT_WITHDRAWN');
        await manager.query(
          'UPDATE assignments SET status = $2, version = version + 1, updated_at = now() WHERE id = $1',
          [assignmentId, dto.status],
        );
        await recordSuccess({
          action: 'update',
          objectId: assignmentId,
          event: `assignment.${dto.status}`,
        });
        const [updated]: AssignmentRow[] = await manager.query(
          `${ASSIGNMENT_SELECT} WHERE a.id = $1`,
          [assignmentId],
        );
        return toAssignmentSummary(updated!);
      },
    );
  }
}
