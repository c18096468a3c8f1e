import type { AssignmentSummary } from '@oefenruimte/shared';
import { assignmentState } from './assignment-state';

/** An assignment as the repository reads it (see `AssignmentsRepository`). */
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
