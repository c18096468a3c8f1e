import type { AssignmentSummary } from '@oefenruimte/shared';
import { assignmentState } from './assignment-state';

/** One row per assignment with what its list needs, in a single query (no query per row). */
export const ASSIGNMENT_SELECT = `
  SELECT a.id, a.client_id, a.note, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.rhythm, a.weekdays, a.status,
         a.version, a.created_at, a.module_version_id, v.module_id, v.number AS module_version,
         v.content->>'title' AS module_title, (v.content->>'estimatedMinutes')::int AS estimated_minutes,
         t.name AS therapist_name,
         (SELECT count(*)::int FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NOT NULL) AS submitted_count,
         (SELECT max(r.submitted_at) FROM responses r WHERE r.assignment_id = a.id) AS last_submitted_at,
         EXISTS (SELECT 1 FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NULL) AS has_draft
    FROM assignments a
    JOIN module_versions v ON v.id = a.module_version_id
    JOIN users t ON t.id = a.therapist_id`;

export interface AssignmentRow {
  id: string;
  client_id: string;
  note: string | null;
  due_date: string | null;
  rhythm: AssignmentSummary['rhythm'];
  weekdays: number[] | null;
  status: AssignmentSummary['status'];
  version: number;
  created_at: Date;
  module_version_id: string;
  module_id: string;
  module_version: number;
  module_title: string;
  estimated_minutes: number;
  therapist_name: string;
  submitted_count: number;
  last_submitted_at: Date | null;
  has_draft: boolean;
}

export function toAssignmentSummary(row: AssignmentRow, now = new Date()): AssignmentSummary {
  return {
    id: row.id,
    clientId: row.client_id,
    therapistName: row.therapist_name,
    moduleId: row.module_id,
    moduleTitle: row.module_title,
    moduleVersion: row.module_version,
    estimatedMinutes: row.estimated_minutes,
    note: row.note,
    dueDate: row.due_date,
    rhythm: row.rhythm,
    weekdays: row.weekdays,
    status: row.status,
    state: assignmentState(
      {
        status: row.status,
        rhythm: row.rhythm,
        weekdays: row.weekdays,
        dueDate: row.due_date,
        hasDraft: row.has_draft,
        lastSubmittedAt: row.last_submitted_at,
      },
      now,
    ),
    submittedCount: row.submitted_count,
    lastActivityAt: row.last_submitted_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}
