import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CareRepository } from '../care/care.repository';
import { toCheckin } from '../checkins/checkin-rows';
import { CheckinsRepository } from '../checkins/checkins.repository';
import { ReminderSuggestionsRepository } from '../reminders/reminder-suggestions.repository';
import { QuestionnairesRepository } from '../questionnaires/questionnaires.repository';
import { AssignmentsRepository } from '../homework/assignments.repository';
import { ResponsesRepository } from '../homework/responses.repository';
import { AccountsRepository } from '../identity/accounts.repository';
import { RemindersRepository } from '../reminders/reminders.repository';
import { ReviewRepository } from '../review/review.repository';
import { SafetyPlanRepository } from '../safety-plan/safety-plan.repository';
import { exportQuestionnaires } from './export-questionnaires';
import { exportCheckin, type ClientExport } from './client-export';
import { accessSentenceNl } from './access-sentences-nl';
import { readableAnswer, stepQuestion } from './readable-answer';

/** Tables exported and erased whole: everything in them is the client's own. */
const SAFETY_PLAN_TABLES = ['safety_plans', 'safety_plan_versions', 'safety_plan_suggestions'];
/** The practice's own library (`questionnaires`) holds nothing about a client. */
const QUESTIONNAIRE_TABLES = ['questionnaire_assignments', 'questionnaire_responses'];
const REMINDER_TABLES = [
  'reminder_settings',
  'reminders',
  'reminder_occurrences',
  'push_devices',
  'reminder_deliveries',
  'reminder_suggestions',
];

/** The sections of the export one capability fills. */
export type ExportPart = Partial<Omit<ClientExport, 'exportedAt'>>;

/**
 * What one capability holds about a client, for the client's rights: what goes in the export
 * and what account deletion erases (or strips). `exports` and `deletes` name the tables; the
 * registry test checks them against the database catalog, and the deletion test checks that
 * every table in `deletes` holds no row of the client afterwards (stripped rows aside).
 */
export interface ClientDataEntry {
  readonly capability: string;
  /** Tables with rows about the client that `exportFor` puts in the export. */
  readonly exports: readonly string[];
  /** Tables whose rows about the client `deleteFor` erases. */
  readonly deletes: readonly string[];
  /** Tables whose rows `deleteFor` keeps, stripped of what is personal, with the reason. */
  readonly strips?: Readonly<Record<string, string>>;
  exportFor(manager: EntityManager, practiceId: string, clientId: string): Promise<ExportPart>;
  deleteFor(manager: EntityManager, practiceId: string, clientId: string): Promise<void>;
}

/**
 * Every capability's client data, in one list: the export and the account deletion iterate it,
 * so a capability that holds something about a client is in both or the registry test fails.
 * Deletion runs in this order (the account row last).
 */
@Injectable()
export class ClientDataRegistry {
  readonly entries: readonly ClientDataEntry[];

  constructor(
    checkins: CheckinsRepository,
    care: CareRepository,
    assignments: AssignmentsRepository,
    responses: ResponsesRepository,
    reviews: ReviewRepository,
    accounts: AccountsRepository,
    plans: SafetyPlanRepository,
    audit: AuditService,
    reminders: RemindersRepository,
    suggestions: ReminderSuggestionsRepository,
    questionnaires: QuestionnairesRepository,
  ) {
    this.entries = [
      {
        capability: 'checkins',
        exports: ['checkins', 'client_preferences'],
        // checkin_seen names no client: its marks go with the check-ins (deleteFor removes them).
        deletes: ['checkins', 'client_preferences'],
        async exportFor(manager, practiceId, clientId) {
          const rows = await checkins.exportFor(manager, practiceId, clientId);
          return {
            checkins: rows.map((row) => exportCheckin(toCheckin(row))),
            checkinPreferences: await checkins.preferences(manager, practiceId, clientId),
          };
        },
        deleteFor: (manager, practiceId, clientId) =>
          checkins.deleteFor(manager, practiceId, clientId),
      },
      {
        capability: 'homework',
        exports: ['assignments', 'responses', 'response_marks', 'feedback'],
        deletes: ['assignments', 'responses', 'response_marks', 'feedback'],
        async exportFor(manager, practiceId, clientId) {
          return exportHomework(
            await assignments.exportFor(practiceId, clientId, manager),
            await responses.exportFor(practiceId, clientId, manager),
          );
        },
        async deleteFor(manager, practiceId, clientId) {
          await responses.deleteFor(practiceId, clientId, manager);
          await assignments.deleteFor(practiceId, clientId, manager);
        },
      },
      {
        capability: 'review',
        exports: ['reviews', 'agreements'],
        deletes: ['reviews', 'agreements'],
        async exportFor(manager, practiceId, clientId) {
          const held = await reviews.exportFor(practiceId, clientId, manager);
          return {
            reviews: held.map((r) => ({
              therapist: r.therapistName,
              periodStart: r.periodStart,
              periodEnd: r.periodEnd,
              createdAt: r.createdAt,
              agreements: r.agreements.map((a) => a.text),
            })),
          };
        },
        deleteFor: (manager, practiceId, clientId) =>
          reviews.deleteFor(practiceId, clientId, manager),
      },
      {
        capability: 'safety-plan',
        exports: SAFETY_PLAN_TABLES,
        deletes: SAFETY_PLAN_TABLES,
        async exportFor(manager, practiceId, clientId) {
          const current = await plans.current(practiceId, clientId, manager);
          if (!current) return { safetyPlan: null };
          const versions = await plans.exportFor(manager, practiceId, clientId);
          const suggestions = await plans.exportSuggestionsFor(manager, practiceId, clientId);
          return {
            safetyPlan: {
              shared: current.shared,
              versions: versions.map((v) => ({
                version: v.version,
                writtenAt: v.updatedAt,
                content: v.content,
              })),
              suggestions: suggestions.map((s) => ({
                by: s.therapistName,
                suggestedAt: s.createdAt,
                baseVersion: s.baseVersion,
                note: s.note,
                content: s.content,
                status: s.status,
                decidedAt: s.decidedAt,
                acceptedVersion: s.acceptedVersion,
              })),
            },
          };
        },
        deleteFor: (manager, practiceId, clientId) =>
          plans.deleteFor(practiceId, clientId, manager),
      },
      {
        capability: 'reminders',
        exports: REMINDER_TABLES,
        deletes: REMINDER_TABLES,
        async exportFor(_manager, practiceId, clientId) {
          return {
            reminders: {
              ...(await reminders.exportFor(practiceId, clientId)),
              suggestions: await suggestions.exportFor(practiceId, clientId),
            },
          };
        },
        async deleteFor(manager, practiceId, clientId) {
          await suggestions.deleteFor(practiceId, clientId, manager);
          await reminders.deleteFor(practiceId, clientId, manager);
        },
      },
      {
        capability: 'questionnaires',
        exports: QUESTIONNAIRE_TABLES,
        deletes: QUESTIONNAIRE_TABLES,
        exportFor: (manager, practiceId, clientId) =>
          exportQuestionnaires(questionnaires, manager, practiceId, clientId),
        deleteFor: (manager, practiceId, clientId) =>
          questionnaires.deleteFor(manager, practiceId, clientId),
      },
      {
        capability: 'care',
        exports: ['care_relations'],
        deletes: [],
        strips: {
          care_relations:
            'ended, not erased: who, from and until keep the audit log (kept by law) readable',
        },
        async exportFor(manager, practiceId, clientId) {
          const relations = await care.exportFor(manager, practiceId, clientId);
          return {
            careRelations: relations.map((r) => ({
              therapist: r.therapist,
              since: r.since.toISOString(),
              until: r.until?.toISOString() ?? null,
            })),
          };
        },
        deleteFor: (manager, practiceId, clientId) => care.deleteFor(manager, practiceId, clientId),
      },
      {
        capability: 'audit',
        exports: ['audit_events'],
        deletes: [],
        async exportFor(_manager, practiceId, clientId) {
          // By subject, list reads that named the client included (and tries from elsewhere).
          const log = await audit.exportFor(practiceId, clientId);
          return {
            accessLog: log.map((e) => {
              // Names only of people of the client's own practice, as on the page.
              const who =
                e.actor_kind === 'my-therapist' || e.actor_kind === 'my-practice' ? e.who : null;
              return {
                at: e.at.toISOString(),
                who: e.actor_kind === 'me' ? e.who : who,
                role: e.actor_role,
                event: e.event,
                action: e.action,
                outcome: e.outcome,
                byMe: e.actor_kind === 'me',
                description: accessSentenceNl({
                  event: e.event,
                  action: e.action,
                  actorRole: e.actor_role,
                  actorKind: e.actor_kind,
                  actorName: who,
                  basis: e.basis,
                  outcome: e.outcome,
                  objectType: e.object_type,
                }),
              };
            }),
          };
        },
        // Kept: the audit log (NEN 7513, at least 5 years); see the registry test's exemptions.
        deleteFor: async () => undefined,
      },
      {
        capability: 'identity',
        exports: ['users'],
        deletes: ['sessions', 'recovery_codes', 'password_resets'],
        strips: {
          users:
            'stripped of name, e-mail, password and second factor; the bare row keeps the log readable',
        },
        async exportFor(manager, practiceId, clientId) {
          const account = await accounts.exportFor(manager, practiceId, clientId);
          return {
            account: {
              name: account.name,
              email: account.email,
              practice: account.practice,
              createdAt: account.created_at.toISOString(),
            },
          };
        },
        deleteFor: (manager, practiceId, clientId) =>
          accounts.deleteFor(manager, practiceId, clientId),
      },
    ];
  }

  /** Every section of the client's export, each from the capability that holds it. */
  async exportFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<ExportPart> {
    const parts: ExportPart = {};
    for (const entry of this.entries)
      Object.assign(parts, await entry.exportFor(manager, practiceId, clientId));
    return parts;
  }

  /** Erases (or strips) everything the registry holds about the client, in registry order. */
  async deleteFor(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
    for (const entry of this.entries) await entry.deleteFor(manager, practiceId, clientId);
  }
}

/** The client's homework in the export: each assignment with its responses in words. */
function exportHomework(
  assignments: Awaited<ReturnType<AssignmentsRepository['exportFor']>>,
  { responses, marks, feedback }: Awaited<ReturnType<ResponsesRepository['exportFor']>>,
): ExportPart {
  return {
    homework: assignments.map((a) => ({
      module: a.title,
      assignedBy: a.therapist,
      note: a.note,
      assignedAt: a.created_at.toISOString(),
      responses: responses
        .filter((r) => r.assignment_id === a.id)
        .map((r) => {
          const mark = (stepId: string) =>
            marks.find((m) => m.response_id === r.id && m.step_id === stepId);
          const question = (stepId: string | null) => {
            const step = a.content.steps.find((s) => s.id === stepId);
            return step ? stepQuestion(step) : null;
          };
          const answered = Object.keys(r.answers ?? {});
          // Steps in module order, then any answer whose step this version no longer has.
          const stepIds = [
            ...a.content.steps.map((s) => s.id).filter((id) => answered.includes(id)),
            ...answered.filter((id) => !a.content.steps.some((s) => s.id === id)),
          ];
          return {
            startedAt: r.started_at.toISOString(),
            submittedAt: r.submitted_at?.toISOString() ?? null,
            answers: r.answers,
            steps: stepIds.flatMap((stepId) => {
              const step = a.content.steps.find((s) => s.id === stepId);
              const answer = readableAnswer(step, r.answers[stepId]);
              if (answer.length === 0) return [];
              return [
                {
                  question: step ? stepQuestion(step) : 'Een vraag',
                  answer,
                  shared: mark(stepId)?.shared ?? false,
                  discuss: mark(stepId)?.discuss ?? false,
                },
              ];
            }),
            feedback: feedback
              .filter((f) => f.response_id === r.id)
              .map((f) => ({
                question: question(f.step_id),
                text: f.text,
                by: f.by,
                at: f.created_at.toISOString(),
              })),
          };
        }),
    })),
  };
}
