import {
  type ImportedQuestionnaire,
  type QuestionnaireAssignment,
  type QuestionnaireResult,
  SCORING_PROFILES,
  scaleChanges,
} from '@oefenruimte/shared';
import type { AssignmentRow, QuestionnaireRow, ResponseRow } from './questionnaires.repository';

/** Rows as the API shows them: one mapping per shape, used by every route. */

export function toImported(row: QuestionnaireRow): ImportedQuestionnaire {
  return {
    id: row.id,
    url: row.url,
    version: row.version,
    title: row.title,
    profileId: row.profile_id,
    itemCount: row.item_count,
    importedAt: row.imported_at.toISOString(),
  };
}

export function toAssignment(row: AssignmentRow): QuestionnaireAssignment {
  return {
    id: row.id,
    clientId: row.client_id,
    questionnaireId: row.questionnaire_id,
    title: row.title,
    everyDays: row.every_days,
    nextDue: row.next_due,
    stopped: row.stopped,
    createdAt: row.created_at.toISOString(),
  };
}

function toResult(row: ResponseRow, previous: ResponseRow | null): QuestionnaireResult {
  const profile = SCORING_PROFILES.find((p) => p.id === row.profile_id);
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    questionnaireId: row.questionnaire_id,
    title: row.title,
    profileId: row.profile_id,
    status: row.status,
    version: row.version,
    answers: row.answers,
    shared: row.shared,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    sharedAt: row.shared_at?.toISOString() ?? null,
    score: row.score,
    changes: profile ? scaleChanges(profile, previous?.score ?? null, row.score) : [],
  };
}

/**
 * Completed results, oldest first, each with its change since the previous result of the same
 * instrument in this same list: what the viewer can see is what it is compared with.
 */
export function toResults(rows: readonly ResponseRow[]): QuestionnaireResult[] {
  const last = new Map<string, ResponseRow>();
  return rows.map((row) => {
    const key = `${row.profile_id}|${row.url}`;
    const result = toResult(row, last.get(key) ?? null);
    if (row.status === 'completed') last.set(key, row);
    return result;
  });
}

/** One result with its change against the list it belongs to. */
export function resultIn(rows: readonly ResponseRow[], id: string): QuestionnaireResult | null {
  return toResults(rows).find((r) => r.id === id) ?? null;
}
