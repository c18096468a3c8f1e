import { HttpStatus, Injectable } from '@nestjs/common';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { AuditRepository } from './audit.repository';
import { type AuditEntry, AuditService } from './audit.service';

/** What was tried, when the code that refused knows it better than the route does. */
export interface RefusedAttempt {
  readonly event: string;
  readonly objectType: string;
  readonly objectId: string | null;
}

/**
 * The 404 of a refused attempt on a client's data. The body is the plain NOT_FOUND of any
 * unknown id (the caller learns nothing); the attempt travels along for the audit row, which
 * the refusal interceptor writes outside the transaction that this error rolls back.
 */
export class RefusedException extends CodedHttpException {
  constructor(readonly attempt: RefusedAttempt) {
    super(HttpStatus.NOT_FOUND, 'NOT_FOUND');
  }
}

/**
 * Path parameters that name a client's data (whose it is, AuditRepository.ownersOf finds). The
 * order is from the widest to the most specific: a refused row names the most specific object.
 */
const OWNED_PARAMS: readonly { param: string; objectType: string }[] = [
  { param: 'clientId', objectType: 'client' },
  { param: 'assignmentId', objectType: 'assignment' },
  { param: 'responseId', objectType: 'response' },
  { param: 'checkinId', objectType: 'checkin' },
  { param: 'suggestionId', objectType: 'safety-plan-suggestion' },
  { param: 'reminderSuggestionId', objectType: 'reminder-suggestion' },
  { param: 'questionnaireAssignmentId', objectType: 'questionnaire-assignment' },
  { param: 'questionnaireResponseId', objectType: 'questionnaire-response' },
];

/** The path parameters whose objects belong to a client (for the route-table tests). */
export const CLIENT_OWNED_PARAMS: readonly string[] = OWNED_PARAMS.map((p) => p.param);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writes the refused row of an attempt on a client's data, with that client as subject, so the
 * client sees it in their access log and export ("wie probeerde mee te kijken"). Whose data it
 * is follows from the path: a client id, or an object id that belongs to a client. One rule for
 * every route: the guard calls it for a role that may not use the route, the interceptor for
 * every 404 a handler answers.
 */
@Injectable()
export class RefusalService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  async record(
    user: AuthUser,
    params: Readonly<Record<string, unknown>> | undefined,
    meta: RequestMeta,
    attempt?: RefusedAttempt,
  ): Promise<void> {
    const named = OWNED_PARAMS.flatMap(({ param, objectType }) => {
      const value = params?.[param];
      return typeof value === 'string' && UUID.test(value) ? [{ objectType, value }] : [];
    });
    const owners = await this.repository.ownersOf(
      named.map((n) => ({ objectType: n.objectType, id: n.value })),
    );
    // One row per client concerned, naming the most specific of their objects in the path.
    const bySubject = new Map<string, (typeof named)[number]>();
    for (const { position, id } of owners.sort((a, b) => a.position - b.position)) {
      bySubject.set(id, named[position]!);
    }
    const row = (subjectId: string | null, object: RefusedAttempt): AuditEntry => ({
      actor: user,
      event: object.event,
      action: 'read',
      objectType: object.objectType,
      objectId: object.objectId,
      subjectId,
      basis: 'none',
      outcome: 'refused',
      meta,
    });
    const rows = [...bySubject].map(([subjectId, object]) =>
      row(
        subjectId,
        attempt ?? {
          event: `${object.objectType}.refused`,
          objectType: object.objectType,
          objectId: object.value,
        },
      ),
    );
    // A refusal about no client we know still belongs in the caller's own log: written whether
    // or not the id exists, so the caller's log does not tell which ids are real.
    const first = named[0];
    if (rows.length === 0 && attempt) rows.push(row(null, attempt));
    else if (rows.length === 0 && first)
      rows.push(
        row(null, {
          event: `${first.objectType}.refused`,
          objectType: first.objectType,
          objectId: first.value,
        }),
      );
    await this.audit.record(rows);
  }
}
