import { HttpStatus, Injectable } from '@nestjs/common';
import {
  CHECKIN_ANSWER_FIELDS,
  CHECKIN_ITEM_FIELDS,
  type Checkin,
  type CheckinAnswers,
  type CheckinModuleItems,
  type ModuleContent,
} from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { CHECKIN_COLUMNS, type CheckinRow, toCheckin } from '../checkins/checkin-rows';
import { PasswordService } from '../identity/password.service';
import { accessSentenceNl } from './access-sentences-nl';
import { readableAnswer, stepQuestion } from './readable-answer';

/** A check-in as exported: every field of the shared list, the day and the sharing choices. */
export type ExportCheckin = CheckinAnswers & {
  readonly day: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly shared: boolean;
  readonly discuss: boolean;
  readonly danger: boolean;
  readonly items: Required<CheckinModuleItems>;
};

export interface ClientExport {
  readonly exportedAt: string;
  readonly account: { name: string; email: string; practice: string; createdAt: string };
  readonly careRelations: { therapist: string; since: string; until: string | null }[];
  readonly checkins: ExportCheckin[];
  readonly homework: {
    module: string;
    assignedBy: string;
    note: string | null;
    assignedAt: string;
    responses: {
      startedAt: string;
      submittedAt: string | null;
      /** As stored, keyed by step id (for machines). */
      answers: unknown;
      /** The same answers in words: each question with its answer, and what was shared. */
      steps: { question: string; answer: string[]; shared: boolean; discuss: boolean }[];
      feedback: { question: string | null; text: string; by: string; at: string }[];
    }[];
  }[];
  readonly reviews: {
    therapist: string;
    periodStart: string;
    periodEnd: string;
    createdAt: string;
    agreements: string[];
  }[];
  readonly accessLog: {
    at: string;
    who: string | null;
    role: string | null;
    event: string;
    action: string;
    outcome: string;
    /** The client did it themself (the document lists what others did first). */
    byMe: boolean;
    /** The row in plain Dutch, as on the page "Wie heeft mijn gegevens bekeken". */
    description: string;
  }[];
}

/** Every field of the shared list, so both exports hold exactly what a check-in holds. */
function exportCheckin(checkin: Checkin): ExportCheckin {
  const answers = Object.fromEntries(
    Object.keys(CHECKIN_ANSWER_FIELDS).map((key) => [key, checkin[key as keyof CheckinAnswers]]),
  ) as unknown as CheckinAnswers;
  const items = Object.fromEntries(
    Object.keys(CHECKIN_ITEM_FIELDS).map((key) => [
      key,
      checkin.items[key as keyof CheckinModuleItems] ?? null,
    ]),
  ) as unknown as Required<CheckinModuleItems>;
  return {
    day: checkin.day,
    createdAt: checkin.createdAt,
    updatedAt: checkin.updatedAt,
    shared: checkin.shared,
    discuss: checkin.discuss,
    danger: checkin.danger,
    ...answers,
    items,
  };
}

/** The client's rights under the AVG: all their data in one step, and erasure of their account. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async export(user: AuthUser, meta: RequestMeta, format: 'json' | 'html'): Promise<ClientExport> {
    const q = <T>(sql: string, params: unknown[] = [user.id]) =>
      this.dataSource.query(sql, params) as Promise<T[]>;
    const [account] = await q<{ name: string; email: string; practice: string; created_at: Date }>(
      'SELECT u.name, u.email, p.name AS practice, u.created_at FROM users u JOIN practices p ON p.id = u.practice_id WHERE u.id = $1',
    );
    const relations = await q<{ therapist: string; since: Date; until: Date | null }>(
      'SELECT t.name AS therapist, r.since, r.until FROM care_relations r JOIN users t ON t.id = r.therapist_id WHERE r.client_id = $1 ORDER BY r.since',
    );
    const checkins = await q<CheckinRow>(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c WHERE c.client_id = $1 ORDER BY c.day, c.created_at`,
    );
    const assignments = await q<{
      id: string;
      title: string;
      therapist: string;
      note: string | null;
      created_at: Date;
      content: ModuleContent;
    }>(
      `SELECT a.id, v.content->>'title' AS title, t.name AS therapist, a.note, a.created_at, v.content FROM assignments a
         JOIN module_versions v ON v.id = a.module_version_id JOIN users t ON t.id = a.therapist_id
        WHERE a.client_id = $1 ORDER BY a.created_at`,
    );
    const responses = await q<{
      id: string;
      assignment_id: string;
      started_at: Date;
      submitted_at: Date | null;
      answers: Record<string, unknown>;
    }>(
      'SELECT id, assignment_id, started_at, submitted_at, answers FROM responses WHERE client_id = $1 ORDER BY started_at',
    );
    const marks = await q<{
      response_id: string;
      step_id: string;
      shared: boolean;
      discuss: boolean;
    }>('SELECT response_id, step_id, shared, discuss FROM response_marks WHERE client_id = $1');
    const feedback = await q<{
      response_id: string;
      step_id: string | null;
      text: string;
      by: string;
      created_at: Date;
    }>(
      `SELECT f.response_id, f.step_id, f.text, t.name AS by, f.created_at FROM feedback f
         JOIN responses r ON r.id = f.response_id JOIN users t ON t.id = f.therapist_id WHERE r.client_id = $1 ORDER BY f.created_at`,
    );
    const reviews = await q<{
      id: string;
      therapist: string;
      period_start: string;
      period_end: string;
      created_at: Date;
    }>(
      `SELECT r.id, t.name AS therapist, to_char(r.period_start, 'YYYY-MM-DD') AS period_start, to_char(r.period_end, 'YYYY-MM-DD') AS period_end,
              r.created_at
         FROM reviews r JOIN users t ON t.id = r.therapist_id WHERE r.client_id = $1 ORDER BY r.created_at`,
    );
    const agreements = await q<{ review_id: string; text: string }>(
      'SELECT review_id, text FROM agreements WHERE client_id = $1 ORDER BY created_at, position',
    );
    const log = await this.audit.exportFor(user.practiceId, user.id);
    await this.audit.record({
      actor: user,
      event: `export.${format}`,
      action: 'export',
      objectType: 'account',
      objectId: user.id,
      subjectId: user.id,
      basis: 'own-data',
      outcome: 'success',
      meta,
    });
    return {
      exportedAt: new Date().toISOString(),
      account: {
        name: account!.name,
        email: account!.email,
        practice: account!.practice,
        createdAt: account!.created_at.toISOString(),
      },
      careRelations: relations.map((r) => ({
        therapist: r.therapist,
        since: r.since.toISOString(),
        until: r.until?.toISOString() ?? null,
      })),
      checkins: checkins.map((row) => exportCheckin(toCheckin(row))),
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
      reviews: reviews.map((r) => ({
        therapist: r.therapist,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        createdAt: r.created_at.toISOString(),
        agreements: agreements.filter((a) => a.review_id === r.id).map((a) => a.text),
      })),
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
  }

  /**
   * Erases the account after the password confirms it. Everything the client wrote goes; kept
   * are the audit log (NEN 7513, at least 5 years) and the bare fact of each care relation
   * (who, from, until) so that log stays readable. The account row is stripped of name,
   * e-mail and password; every later read of this client answers 404.
   */
  async deleteAccount(user: AuthUser, password: string, meta: RequestMeta): Promise<void> {
    const [row] = await this.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
      user.id,
    ]);
    if (!(await this.passwords.verify(row?.password_hash ?? null, password))) {
      throw new CodedHttpException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS');
    }
    await this.dataSource.transaction(async (manager) => {
      for (const table of [
        'checkins',
        'responses',
        'assignments',
        'reviews',
        'client_preferences',
      ]) {
        await manager.query(`DELETE FROM ${table} WHERE client_id = $1`, [user.id]);
      }
      for (const table of ['sessions', 'recovery_codes', 'password_resets']) {
        await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [user.id]);
      }
      await manager.query(
        'UPDATE care_relations SET until = now() WHERE client_id = $1 AND until IS NULL',
        [user.id],
      );
      await manager.query(
        `UPDATE users SET name = 'Verwijderd account', email = 'deleted-' || id || '@invalid', password_hash = '!',
                totp_secret = NULL, totp_enabled_at = NULL, deleted_at = now() WHERE id = $1`,
        [user.id],
      );
      await this.audit.record(
        {
          actor: user,
          event: 'account.delete',
          action: 'delete',
          objectType: 'account',
          objectId: user.id,
          subjectId: user.id,
          basis: 'own-data',
          outcome: 'success',
          meta,
        },
        manager,
      );
    });
  }
}
