import { HttpStatus, Injectable } from '@nestjs/common';
import type { ClientResponse } from '@oefenruimte/shared';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessService } from '../care/access.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import type { SubmitResponseDto } from './dto/homework.dto';
import { OwnHomework } from './own-homework';
import { ResponsesRepository } from './responses.repository';
import { assertKnownSteps } from './step-checks';

/** Handing in a response, with what of it the therapist may see. */
@Injectable()
export class SubmitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly own: OwnHomework,
    private readonly responses: ResponsesRepository,
  ) {}

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
      const { response, content } = await this.own.response(user, responseId, manager, true);
      const previous = await this.responses.bySubmitKey(
        user.practiceId,
        user.id,
        dto.idempotencyKey,
        manager,
      );
      if (previous) {
        if (previous.id !== responseId || !Buffer.from(previous.submit_hash).equals(bodyHash)) {
          throw new CodedHttpException(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED');
        }
        return this.own.view(user, response, manager);
      }
      if (response.submitted_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED');
      if (response.version !== dto.version)
        throw new StaleWriteException(await this.own.view(user, response, manager));
      assertKnownSteps(content, dto);
      const submitted = await this.responses.markSubmitted(
        user.practiceId,
        user.id,
        responseId,
        { key: dto.idempotencyKey, hash: bodyHash },
        manager,
      );
      await this.own.writeMarks(user, responseId, content, dto, manager);
      await this.access.recordOwn(
        user,
        {
          event: 'response.submit',
          action: 'update',
          objectType: 'response',
          objectId: responseId,
          meta,
        },
        manager,
      );
      return this.own.view(user, submitted, manager);
    });
  }
}
