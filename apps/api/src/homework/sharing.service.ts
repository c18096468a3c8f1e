import { HttpStatus, Injectable } from '@nestjs/common';
import type { ClientResponse } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../care/access.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import type { MarksDto } from './dto/homework.dto';
import { OwnHomework } from './own-homework';
import { assertKnownSteps } from './step-checks';

/** The client choosing, after submitting, what the therapist may see and what to discuss. */
@Injectable()
export class SharingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly own: OwnHomework,
  ) {}

  /** Share more, take a share back, mark to discuss: effective on the therapist's next request. */
  async updateMarks(
    user: AuthUser,
    responseId: string,
    dto: MarksDto,
    meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { response, content } = await this.own.response(user, responseId, manager, true);
      if (!response.submitted_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'NOT_SUBMITTED_YET');
      assertKnownSteps(content, dto);
      await this.own.writeMarks(user, responseId, content, dto, manager);
      await this.access.recordOwn(
        user,
        {
          event: 'response.share',
          action: 'update',
          objectType: 'response',
          objectId: responseId,
          meta,
        },
        manager,
      );
      return this.own.view(user, response, manager);
    });
  }
}
