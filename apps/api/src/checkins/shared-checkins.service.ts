import { HttpStatus, Injectable } from '@nestjs/common';
import type { SharedCheckins } from '@oefenruimte/shared';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { AccessService } from '../care/access.service';
import { toCheckin } from './checkin-rows';
import { CheckinsRepository } from './checkins.repository';
import type { PeriodQueryDto } from './dto/checkin.dto';

/**
 * A therapist's view of one client's check-ins: shared ones only, selected by the query itself.
 * How many are private is told only when the client allowed it; otherwise not even a count.
 */
@Injectable()
export class SharedCheckinsService {
  constructor(
    private readonly access: AccessService,
    private readonly checkins: CheckinsRepository,
  ) {}

  async list(
    user: AuthUser,
    clientId: string,
    query: PeriodQueryDto,
    meta: RequestMeta,
  ): Promise<SharedCheckins> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'checkin.list', objectType: 'checkin', meta },
      async ({ manager, recordSuccess }) => {
        const rows = await this.checkins.sharedFor(
          manager,
          user.practiceId,
          clientId,
          user.id,
          query,
        );
        const privateCount = await this.checkins.privateCountShared(
          manager,
          user.practiceId,
          clientId,
          query,
        );
        await recordSuccess({ action: 'read', basis: 'share' });
        return {
          items: rows.map(toCheckin),
          privateCount,
          unseenSafety: rows.filter((row) => row.danger && !row.seen).map((row) => row.id),
        };
      },
    );
  }

  /** The therapist saw this safety signal; it no longer tops their overview. */
  async markSeen(
    user: AuthUser,
    clientId: string,
    checkinId: string,
    meta: RequestMeta,
  ): Promise<void> {
    await this.access.withClient(
      user,
      clientId,
      { event: 'checkin.seen', objectType: 'checkin', meta },
      async ({ manager, recordSuccess }) => {
        const marked = await this.checkins.markSharedSeen(
          manager,
          user.practiceId,
          clientId,
          user.id,
          checkinId,
        );
        if (!marked) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        await recordSuccess({ action: 'update', objectId: checkinId, basis: 'share' });
      },
    );
  }
}
