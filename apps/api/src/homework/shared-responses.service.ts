import { HttpStatus, Injectable } from '@nestjs/common';
import type {
  Feedback,
  ModuleContent,
  SharedResponse,
  SharedResponseSummary,
} from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import type { CreateFeedbackDto } from './dto/homework.dto';

/**
 * What a therapist sees of a client's homework: only steps the client shared, for the
 * therapist's own assignments. Unshared answers never leave the database: the query itself
 * selects shared steps only, so taking a share back works from the very next request.
 */
@Injectable()
export class SharedResponsesService {
  constructor(private readonly access: AccessService) {}

  async list(
    user: AuthUser,
    clientId: string,
    meta: RequestMeta,
  ): Promise<SharedResponseSummary[]> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'response.list', objectType: 'response', meta },
      async ({ manager, recordSuccess }) => {
        const rows: {
          id: string;
          assignment_id: string;
          title: string;
          submitted_at: Date | null;
          shared: number;
          discuss: number;
        }[] = await manager.query(
          `SELECT r.id, r.assignment_id, v.content->>'title' AS title, r.submitted_at,
                  count(*)::int AS shared, count(*) FILTER (WHERE m.discuss)::int AS discuss
             FROM response_marks m
             JOIN responses r ON r.id = m.response_id
             JOIN assignments a ON a.id = r.assignment_id
             JOIN module_versions v ON v.id = a.module_version_id
            WHERE m.practice_id = $1 AND m.client_id = $2 AND m.shared AND a.therapist_id = $3
            GROUP BY r.id, v.id
            ORDER BY r.submitted_at DESC NULLS LAST
            LIMIT 200`,
          [user.practiceId, clientId, user.id],
        );
        await recordSuccess({ action: 'search', basis: 'share' });
        return rows.map((row) => ({
          id: row.id,
          assignmentId: row.assignment_id,
          moduleTitle: row.title,
          submittedAt: row.submitted_at?.toISOString() ?? null,
          sharedSteps: row.shared,
          discussSteps: row.discuss,
        }));
      },
    );
  }

  async get(
    user: AuthUser,
    clientId: string,
    responseId: string,
    meta: RequestMeta,
  ): Promise<SharedResponse> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'response.read', objectType: 'response', meta },
      async ({ manager, recordSuccess }) => {
        const steps: {
          step_id: string;
          answer: unknown;
          discuss: boolean;
          title: string;
          content: ModuleContent;
          assignment_id: string;
          submitted_at: Date | null;
        }[] = await manager.query(
          `SELECT m.step_id, r.answers -> m.step_id AS answer, m.discuss, v.content->>'title' AS title, v.content,
                  r.assignment_id, r.submitted_at
             FROM response_marks m
             JOIN responses r ON r.id = m.response_id
             JOIN assignments a ON a.id = r.assignment_id
             JOIN module_versions v ON v.id = a.module_version_id
            WHERE m.response_id = $1 AND m.client_id = $2 AND m.practice_id = $3 AND m.shared AND a.therapist_id = $4`,
          [responseId, clientId, user.practiceId, user.id],
        );
        // Nothing shared looks exactly like nothing there.
        if (steps.length === 0) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        const feedback = await this.feedbackFor(manager, responseId);
        await recordSuccess({ action: 'read', objectId: responseId, basis: 'share' });
        const first = steps[0]!;
        const order = new Map(first.content.steps.map((step, index) => [step.id, index]));
        return {
          id: responseId,
          assignmentId: first.assignment_id,
          moduleTitle: first.title,
          content: first.content,
          submittedAt: first.submitted_at?.toISOString() ?? null,
          steps: steps
            .sort((a, b) => (order.get(a.step_id) ?? 0) - (order.get(b.step_id) ?? 0))
            .map((step) => ({ stepId: step.step_id, answer: step.answer, discuss: step.discuss })),
          feedback,
        };
      },
    );
  }

  /** Feedback on a shared step, or on the response as a whole when something of it is shared. */
  async addFeedback(
    user: AuthUser,
    clientId: string,
    responseId: string,
    dto: CreateFeedbackDto,
    meta: RequestMeta,
  ): Promise<Feedback> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'feedback.create', objectType: 'feedback', meta },
      async ({ manager, recordSuccess }) => {
        const shared: { step_id: string }[] = await manager.query(
          `SELECT m.step_id FROM response_marks m JOIN responses r ON r.id = m.response_id JOIN assignments a ON a.id = r.assignment_id
          WHERE m.response_id = $1 AND m.client_id = $2 AND m.practice_id = $3 AND m.shared AND a.therapist_id = $4`,
          [responseId, clientId, user.practiceId, user.id],
        );
        if (shared.length === 0) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        if (dto.stepId && !shared.some((s) => s.step_id === dto.stepId)) {
          throw new ValidationFailedException([
            {
              field: 'stepId',
              constraint: 'sharedStep',
              message: 'stepId is not a step the client shared',
            },
          ]);
        }
        const [row] = await manager.query(
          `INSERT INTO feedback (practice_id, response_id, step_id, therapist_id, text) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, created_at`,
          [user.practiceId, responseId, dto.stepId ?? null, user.id, dto.text],
        );
        await recordSuccess({ action: 'create', objectId: row.id, basis: 'share' });
        return {
          id: row.id,
          stepId: dto.stepId ?? null,
          text: dto.text,
          therapistName: user.name,
          createdAt: row.created_at.toISOString(),
        };
      },
    );
  }

  private async feedbackFor(manager: EntityManager, responseId: string): Promise<Feedback[]> {
    const rows: {
      id: string;
      step_id: string | null;
      text: string;
      name: string;
      created_at: Date;
    }[] = await manager.query(
      `SELECT f.id, f.step_id, f.text, t.name, f.created_at FROM feedback f JOIN users t ON t.id = f.therapist_id
        WHERE f.response_id = $1 ORDER BY f.created_at`,
      [responseId],
    );
    return rows.map((f) => ({
      id: f.id,
      stepId: f.step_id,
      text: f.text,
      therapistName: f.name,
      createdAt: f.created_at.toISOString(),
    }));
  }
}
