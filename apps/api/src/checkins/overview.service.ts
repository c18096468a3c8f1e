import { Injectable } from '@nestjs/common';
import { NEED_REASON_ORDER, type NeedReason, type OverviewClient } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CareRepository } from '../care/care.repository';
import { ResponsesRepository } from '../homework/responses.repository';
import { QuestionnairesRepository } from '../questionnaires/questionnaires.repository';
import { CheckinsRepository } from './checkins.repository';
import { OverviewPlanPhaseService } from './overview-plan-phase.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';

/** A rise of this much average tension (recent week over the week before) is worth a look. */
const RISING_TENSION = 1;

/** The most clients one overview shows. */
const OVERVIEW_LIMIT = 500;

/**
 * The therapist's overview: every client in care, ordered by need. A fixed number of queries,
 * each over all clients at once, however many clients and check-ins there are.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly care: CareRepository,
    private readonly checkins: CheckinsRepository,
    private readonly homework: ResponsesRepository,
    private readonly planPhases: OverviewPlanPhaseService,
    private readonly questionnaires: QuestionnairesRepository,
  ) {}

  async overview(user: AuthUser, meta: RequestMeta): Promise<OverviewClient[]> {
    return this.dataSource.transaction(async (manager) => {
      const clients = await this.care.currentClients(manager, user.practiceId, user.id, {
        limit: OVERVIEW_LIMIT,
      });
      if (clients.length === 0) return [];
      const ids = clients.map((c) => c.id);

      const safety = await this.checkins.unseenSharedDanger(manager, user.practiceId, ids, user.id);
      const checkins = await this.checkins.sharedSummary(manager, user.practiceId, ids);
      const { responses, overdue } = await this.homework.overviewFor(
        user.practiceId,
        ids,
        user.id,
        manager,
      );
      const planPhases = await this.planPhases.forClients(manager, user.practiceId, ids);
      const questionnaireSafety = await this.questionnaires.sharedSafetySummary(
        manager,
        user.practiceId,
        ids,
      );
      await this.audit.recordList(
        {
          actor: user,
          event: 'overview.read',
          action: 'read',
          objectType: 'overview',
          subjectIds: clients.map((client) => client.id),
          basis: 'care-relation',
          outcome: 'success',
          meta,
        },
        manager,
      );

      const by = <T extends { client_id: string }>(rows: T[]) =>
        new Map(rows.map((row) => [row.client_id, row]));
      const checkinsBy = by(checkins);
      const responsesBy = by(responses);
      const overdueBy = by(overdue);
      const questionnaireSafetyBy = by(questionnaireSafety);
      const result = clients.map((client): OverviewClient => {
        const c = checkinsBy.get(client.id);
        const r = responsesBy.get(client.id);
        const unseenSafety = safety
          .filter((s) => s.client_id === client.id)
          .map((s) => ({ checkinId: s.id, day: s.day, createdAt: s.created_at.toISOString() }));
        const tensionRecent =
          c?.tension_recent == null ? null : Math.round(Number(c.tension_recent) * 10) / 10;
        const tensionBefore =
          c?.tension_before == null ? null : Math.round(Number(c.tension_before) * 10) / 10;
        const discussItems = (c?.discuss ?? 0) + (r?.discuss ?? 0);
        const reasons: NeedReason[] = [];
        if (unseenSafety.length > 0) reasons.push('safety');
        const questionnaireSafetyCount = questionnaireSafetyBy.get(client.id)?.count ?? 0;
        if (questionnaireSafetyCount > 0) reasons.push('questionnaire-safety');
        const planPhase = planPhases.get(client.id) ?? null;
        if (planPhase) reasons.push(planPhase.phase === 'rood' ? 'plan-rood' : 'plan-oranje');
        if ((c?.recent ?? 0) > 0) reasons.push('new-checkins');
        if ((r?.recent ?? 0) > 0) reasons.push('new-responses');
        if ((overdueBy.get(client.id)?.overdue ?? 0) > 0) reasons.push('overdue');
        if (
          tensionRecent !== null &&
          tensionBefore !== null &&
          tensionRecent - tensionBefore >= RISING_TENSION
        )
          reasons.push('rising-tension');
        if (discussItems > 0) reasons.push('discuss');
        return {
          clientId: client.id,
          name: client.name,
          reasons,
          unseenSafety,
          questionnaireSafety: questionnaireSafetyCount,
          newCheckins: c?.recent ?? 0,
          newResponses: r?.recent ?? 0,
          overdueAssignments: overdueBy.get(client.id)?.overdue ?? 0,
          discussItems,
          tensionRecent,
          tensionBefore,
          lastSharedAt: c?.last_shared_at?.toISOString() ?? null,
          planPhase,
        };
      });
      // Most urgent reason first; then more reasons; then by name (already sorted).
      const rank = (o: OverviewClient) =>
        o.reasons.length === 0
          ? NEED_REASON_ORDER.length
          : NEED_REASON_ORDER.indexOf(o.reasons[0]!);
      return result.sort((a, b) => rank(a) - rank(b) || b.reasons.length - a.reasons.length);
    });
  }
}
