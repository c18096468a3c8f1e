import {
  SCORING_PROFILES,
  buildQuestionnaireResponse,
  validateQuestionnaire,
} from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';
import type { QuestionnairesRepository } from '../questionnaires/questionnaires.repository';
import type { ExportPart } from './client-data.registry';

/** The client's questionnaires for the export: in words, and each response as FHIR. */
export async function exportQuestionnaires(
  repository: QuestionnairesRepository,
  manager: EntityManager,
  practiceId: string,
  clientId: string,
): Promise<ExportPart> {
  const { assignments, responses } = await repository.exportFor(manager, practiceId, clientId);
  const instruments = new Map<string, ReturnType<typeof validateQuestionnaire>>();
  for (const id of new Set(responses.map((r) => r.questionnaire_id))) {
    const row = await repository.questionnaire(manager, practiceId, id);
    instruments.set(id, validateQuestionnaire(row?.resource, SCORING_PROFILES));
  }
  return {
    questionnaires: {
      assignments: assignments.map((a) => ({
        title: a.title,
        everyDays: a.every_days,
        nextDue: a.next_due,
        stopped: a.stopped,
        assignedAt: a.created_at.toISOString(),
      })),
      responses: responses.map((r) => {
        const check = instruments.get(r.questionnaire_id);
        const profile = check?.ok ? check.profile : undefined;
        return {
          title: r.title,
          status: r.status,
          startedAt: r.started_at.toISOString(),
          submittedAt: r.submitted_at?.toISOString() ?? null,
          shared: r.shared,
          safety: r.safety,
          scores: (r.score?.scales ?? []).map((s) => ({
            scale: profile?.scales.find((d) => d.id === s.id)?.label ?? s.id,
            score: s.score,
            band: s.band?.label ?? null,
            meaning: s.band?.meaning ?? null,
          })),
          questionnaireResponse: buildQuestionnaireResponse(
            r.url,
            check?.ok ? check.items : [],
            r.answers,
            r.status,
            (r.submitted_at ?? r.started_at).toISOString(),
          ),
        };
      }),
    },
  };
}
