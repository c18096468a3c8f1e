import { HttpStatus, Injectable } from '@nestjs/common';
import type { Feedback, SharedResponse, SharedResponseSummary } from '@oefenruimte/shared';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import type { CreateFeedbackDto } from './dto/homework.dto';
import { ResponsesRepository } from './responses.repository';

/**
 * What a therapist sees of a client's homework: only steps the client shared, for the
 * therapist's own assignments. Unshared answers never leave the database: the repository's
 * share-scoped methods select shared steps only, so taking a share back works from the very
 * next request.
 */
@Injectable()
export class SharedResponsesService {
  constructor(
    private readonly access: AccessService,
    private readonly responses: ResponsesRepository,
  ) {}

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
        const rows = await this.responses.sharedFor(user.practiceId, clientId, user.id, manager);
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
        const steps = await this.responses.sharedStepsFor(
          user.practiceId,
          clientId,
          user.id,
          responseId,
          manager,
        );
        // Nothing shared looks exactly like nothing there.
        if (steps.length === 0) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        const feedback = await this.responses.sharedFeedbackFor(
          user.practiceId,
          clientId,
          user.id,
          responseId,
          manager,
        );
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
        const shared = await this.responses.sharedStepIdsFor(
          user.practiceId,
          clientId,
          user.id,
          responseId,
          manager,
        );
        if (shared.length === 0) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        if (dto.stepId && !shared.includes(dto.stepId)) {
          throw new ValidationFailedException([
            {
              field: 'stepId',
              constraint: 'sharedStep',
              message: 'stepId is not a step the client shared',
            },
          ]);
        }
        const row = await this.responses.addFeedback(
          user.practiceId,
          user.id,
          responseId,
          { stepId: dto.stepId ?? null, text: dto.text },
          manager,
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
}
