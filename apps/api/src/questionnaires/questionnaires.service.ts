import { HttpStatus, Injectable } from '@nestjs/common';
import {
  type ClientQuestionnaires,
  type FieldError,
  type ImportedQuestionnaire,
  type ItemAnswers,
  type MyQuestionnaire,
  type MyQuestionnaireDetail,
  type Questionnaire,
  type QuestionnaireAssignment,
  type QuestionnaireResult,
  type ScorableItem,
  type ScoringProfile,
  SCORING_PROFILES,
  initialShareState,
  questionnaireIssueFields,
  scoreAnswers,
  validateQuestionnaire,
} from '@oefenruimte/shared';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import { todayInAmsterdam } from '../checkins/checkin-rows';
import type {
  AssignQuestionnaireDto,
  ImportQuestionnaireDto,
  SaveQuestionnaireDraftDto,
  ShareQuestionnaireResultDto,
  SubmitQuestionnaireDto,
} from './dto/questionnaire.dto';
import { resultIn, toAssignment, toImported, toResults } from './questionnaire-views';
import {
  type AssignmentRow,
  QuestionnairesRepository,
  type ResponseRow,
} from './questionnaires.repository';

const RESPONSE = 'questionnaire-response';
const ASSIGNMENT = 'questionnaire-assignment';

const notFound = () => new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');

/** The scorable items and profile of a stored (so once valid) Questionnaire. */
function scoring(resource: unknown): { items: readonly ScorableItem[]; profile: ScoringProfile } {
  const check = validateQuestionnaire(resource, SCORING_PROFILES);
  if (!check.ok) throw new Error('a stored questionnaire no longer validates');
  return { items: check.items, profile: check.profile };
}

/** One answer per item, each unanswered (null) or one of that item's scores; otherwise a 400 per item. */
function checkAnswers(items: readonly ScorableItem[], answers: ItemAnswers): (number | null)[] {
  const fields: FieldError[] = [];
  if (answers.length > items.length) {
    fields.push({
      field: 'answers',
      constraint: 'itemCount',
      message: `answers must hold at most ${items.length} answers, one per question`,
    });
  }
  const checked = items.map((item, index) => {
    const value = answers[index];
    if (value === null || value === undefined) return null;
    const fits =
      item.type === 'integer'
        ? Number.isInteger(value) && value >= item.min && value <= item.max
        : item.options.some((o) => o.value === value);
    if (!fits) {
      fields.push({
        field: `answers.${index}`,
        constraint: 'answerOption',
        message: `answers.${index} is not one of the answers of question ${item.linkId}`,
      });
    }
    return value;
  });
  if (fields.length > 0) throw new ValidationFailedException(fields);
  return checked;
}

const isDue = (a: AssignmentRow) =>
  !a.stopped && a.next_due !== null && a.next_due <= todayInAmsterdam();

/**
 * Questionnaires (ROM): a practice imports FHIR Questionnaires it can score, a therapist assigns
 * one to a client in care, the client fills it in (pausing when they like, skipping what they
 * like), sends it with a share choice that starts off, and both see the score. A critical item
 * makes the result a safety signal, like a danger check-in.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly access: AccessService,
    private readonly questionnaires: QuestionnairesRepository,
  ) {}

  // --- the practice's library ---

  async import(user: AuthUser, dto: ImportQuestionnaireDto): Promise<ImportedQuestionnaire> {
    const check = validateQuestionnaire(dto.questionnaire, SCORING_PROFILES);
    if (!check.ok) throw new ValidationFailedException(questionnaireIssueFields(check.issues));
    const { questionnaire, items, profile } = check;
    const url = (questionnaire.url ?? '').split('|')[0] || `urn:profile:${profile.id}`;
    const version = questionnaire.version ?? '';
    const stored = await this.questionnaires.insertQuestionnaire(user.practiceId, {
      url,
      version,
      title: questionnaire.title || questionnaire.name || profile.title,
      profileId: profile.id,
      itemCount: items.length,
      resource: questionnaire,
    });
    if (!stored) {
      const current = await this.questionnaires.questionnaireByUrl(user.practiceId, url, version);
      throw new StaleWriteException(current ? toImported(current) : null);
    }
    return toImported(stored);
  }

  async library(user: AuthUser): Promise<ImportedQuestionnaire[]> {
    return (await this.questionnaires.listQuestionnaires(user.practiceId)).map(toImported);
  }

  // --- the therapist's side of one client ---

  assign(
    user: AuthUser,
    clientId: string,
    dto: AssignQuestionnaireDto,
    meta: RequestMeta,
  ): Promise<QuestionnaireAssignment> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'questionnaire.assign', objectType: ASSIGNMENT, meta },
      async ({ manager, recordSuccess }) => {
        const questionnaire = await this.questionnaires.questionnaire(
          manager,
          user.practiceId,
          dto.questionnaireId,
        );
        if (!questionnaire) {
          throw new ValidationFailedException([
            {
              field: 'questionnaireId',
              constraint: 'exists',
              message: 'questionnaireId names no questionnaire of this practice',
            },
          ]);
        }
        const row = await this.questionnaires.insertAssignment(manager, user.practiceId, {
          clientId,
          therapistId: user.id,
          questionnaireId: questionnaire.id,
          everyDays: dto.everyDays,
        });
        await recordSuccess({ action: 'create', objectId: row.id });
        return toAssignment(row);
      },
    );
  }

  stop(
    user: AuthUser,
    clientId: string,
    assignmentId: string,
    meta: RequestMeta,
  ): Promise<QuestionnaireAssignment> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'questionnaire.stop', objectType: ASSIGNMENT, meta },
      async ({ manager, recordSuccess }) => {
        const { practiceId } = user;
        await this.assignmentOrNotFound(manager, { practiceId, clientId }, assignmentId);
        await this.questionnaires.stopAssignment(manager, practiceId, clientId, assignmentId);
        await recordSuccess({ action: 'update', objectId: assignmentId });
        return toAssignment(
          (await this.questionnaires.assignment(manager, practiceId, clientId, assignmentId))!,
        );
      },
    );
  }

  /** The assignments and the results the client shares; a private result is not there at all. */
  forTherapist(user: AuthUser, clientId: string, meta: RequestMeta): Promise<ClientQuestionnaires> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'questionnaire.read', objectType: RESPONSE, meta },
      async ({ manager, recordSuccess }) => {
        const { practiceId } = user;
        const assignments = await this.questionnaires.assignmentsOf(manager, practiceId, clientId, {
          activeOnly: false,
        });
        const shared = await this.questionnaires.sharedResultsFor(manager, practiceId, clientId);
        const ids = [...new Set(assignments.map((a) => a.questionnaire_id))];
        const rows = await this.questionnaires.questionnairesIn(manager, practiceId, ids);
        const byId = new Map(rows.map((row) => [row.id, row.resource]));
        // Keyed in the order the assignments name them.
        const instruments: Record<string, Questionnaire> = {};
        for (const id of ids) {
          const resource = byId.get(id);
          if (resource) instruments[id] = resource;
        }
        await recordSuccess({ action: 'read', basis: 'share' });
        return {
          assignments: assignments.map(toAssignment),
          results: toResults(shared),
          instruments,
        };
      },
    );
  }

  // --- the client's own ---

  mine(user: AuthUser, meta: RequestMeta): Promise<MyQuestionnaire[]> {
    return this.access.withOwnData(
      user,
      { event: 'questionnaire.list', objectType: ASSIGNMENT, meta },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        const assignments = await this.questionnaires.assignmentsOf(manager, practiceId, clientId, {
          activeOnly: true,
        });
        const drafts = await this.questionnaires.draftsOf(manager, practiceId, clientId);
        await recordSuccess({ action: 'read' });
        return assignments.map((a) => this.myQuestionnaire(a, drafts));
      },
    );
  }

  one(user: AuthUser, assignmentId: string, meta: RequestMeta): Promise<MyQuestionnaireDetail> {
    return this.access.withOwnData(
      user,
      { event: 'questionnaire.open', objectType: ASSIGNMENT, meta },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        const assignment = await this.assignmentOrNotFound(manager, owner, assignmentId);
        const questionnaire = await this.questionnaires.questionnaire(
          manager,
          practiceId,
          assignment.questionnaire_id,
        );
        const draft = await this.questionnaires.draftFor(
          manager,
          practiceId,
          clientId,
          assignmentId,
        );
        await recordSuccess({ action: 'read', objectId: assignmentId });
        return {
          ...this.myQuestionnaire(assignment, draft ? [draft] : []),
          questionnaire: questionnaire!.resource,
          draftAnswers: draft?.answers ?? null,
        };
      },
    );
  }

  /** Pause: stores what is answered so far (nothing is required). A stale version is a 409. */
  saveDraft(
    user: AuthUser,
    assignmentId: string,
    dto: SaveQuestionnaireDraftDto,
    meta: RequestMeta,
  ): Promise<QuestionnaireResult> {
    return this.access.withOwnData(
      user,
      { event: 'questionnaire.draft', objectType: RESPONSE, meta },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        const { assignment, items } = await this.openAssignment(manager, owner, assignmentId);
        const answers = checkAnswers(items, dto.answers);
        const draft = await this.questionnaires.draftFor(
          manager,
          practiceId,
          clientId,
          assignmentId,
          true,
        );
        if ((draft?.version ?? null) !== dto.version) throw this.stale(draft);
        let id = draft?.id ?? null;
        if (draft)
          await this.questionnaires.updateDraft(manager, practiceId, clientId, draft.id, answers);
        else
          id = await this.questionnaires.insertDraft(
            manager,
            practiceId,
            clientId,
            assignment.id,
            answers,
          );
        if (!id)
          throw this.stale(
            await this.questionnaires.draftFor(manager, practiceId, clientId, assignmentId),
          );
        await recordSuccess({ action: draft ? 'update' : 'create', objectId: id });
        const saved = (await this.questionnaires.ownResponse(manager, practiceId, clientId, id))!;
        return toResults([saved])[0]!;
      },
    );
  }

  /**
   * Sends the answers: scored, private unless the client chose to share. Idempotent by key (a
   * retry answers with what was stored); the draft's version guards against a stale device.
   */
  async submit(
    user: AuthUser,
    assignmentId: string,
    dto: SubmitQuestionnaireDto,
    meta: RequestMeta,
  ): Promise<QuestionnaireResult> {
    const { idempotencyKey, ...fields } = dto;
    const bodyHash = createHash('sha256')
      .update(JSON.stringify({ assignmentId, ...fields }))
      .digest();
    const submitted = await this.access.withOwnData(
      user,
      { event: 'questionnaire.submit', objectType: RESPONSE, meta },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        // Locks the assignment first: submits of one assignment take turns.
        const assignment = await this.assignmentOrNotFound(manager, owner, assignmentId, true);
        const previous = await this.questionnaires.bySubmitKey(
          manager,
          practiceId,
          clientId,
          idempotencyKey,
        );
        if (previous) {
          if (!previous.submit_hash || !Buffer.from(previous.submit_hash).equals(bodyHash)) {
            throw new CodedHttpException(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED');
          }
          return this.ownResult(manager, practiceId, clientId, previous.id);
        }
        const { items, profile } = await this.openAssignment(
          manager,
          owner,
          assignmentId,
          assignment,
        );
        const answers = checkAnswers(items, fields.answers);
        const draft = await this.questionnaires.draftFor(
          manager,
          practiceId,
          clientId,
          assignmentId,
          true,
        );
        if ((draft?.version ?? null) !== fields.version) throw this.stale(draft);
        const id = await this.questionnaires.complete(manager, practiceId, clientId, {
          assignmentId,
          draftId: draft?.id ?? null,
          answers,
          score: scoreAnswers(profile, answers),
          shared: fields.shared ?? initialShareState(),
          submit: { key: idempotencyKey, hash: bodyHash },
        });
        if (!id) return null;
        await this.questionnaires.advanceAssignment(manager, practiceId, clientId, assignmentId);
        await recordSuccess({ action: 'create', objectId: id });
        return this.ownResult(manager, practiceId, clientId, id);
      },
    );
    // A concurrent retry with the same key won the race: answer with what it stored.
    return submitted ?? this.submit(user, assignmentId, dto, meta);
  }

  share(
    user: AuthUser,
    responseId: string,
    dto: ShareQuestionnaireResultDto,
    meta: RequestMeta,
  ): Promise<QuestionnaireResult> {
    return this.access.withOwnData(
      user,
      {
        event: dto.shared ? 'questionnaire.share' : 'questionnaire.unshare',
        objectType: RESPONSE,
        meta,
      },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        const row = await this.questionnaires.ownResponse(
          manager,
          practiceId,
          clientId,
          responseId,
          true,
        );
        if (!row || row.status !== 'completed') throw notFound();
        await this.questionnaires.setShared(manager, practiceId, clientId, responseId, dto.shared);
        await recordSuccess({ action: 'update', objectId: responseId });
        return this.ownResult(manager, practiceId, clientId, responseId);
      },
    );
  }

  /** Every completed result of the client, oldest first, with score, band and change. */
  results(user: AuthUser, meta: RequestMeta): Promise<QuestionnaireResult[]> {
    return this.access.withOwnData(
      user,
      { event: 'questionnaire.results', objectType: RESPONSE, meta },
      async ({ manager, owner, recordSuccess }) => {
        const rows = await this.questionnaires.ownResults(
          manager,
          owner.practiceId,
          owner.clientId,
        );
        await recordSuccess({ action: 'read' });
        return toResults(rows);
      },
    );
  }

  // --- helpers ---

  private myQuestionnaire(
    assignment: AssignmentRow,
    drafts: readonly ResponseRow[],
  ): MyQuestionnaire {
    const draft = drafts.find((d) => d.assignment_id === assignment.id);
    return {
      assignment: toAssignment(assignment),
      due: !assignment.stopped && (isDue(assignment) || draft !== undefined),
      draft: draft
        ? {
            id: draft.id,
            version: draft.version,
            answered: draft.answers.filter((a) => a !== null && a !== undefined).length,
          }
        : null,
    };
  }

  /** The assignment to fill in now, with its items; refused when stopped or done. */
  private async openAssignment(
    manager: EntityManager,
    owner: { practiceId: string; clientId: string },
    assignmentId: string,
    known?: AssignmentRow,
  ) {
    const assignment = known ?? (await this.assignmentOrNotFound(manager, owner, assignmentId));
    if (assignment.stopped)
      throw new CodedHttpException(HttpStatus.CONFLICT, 'ASSIGNMENT_WITHDRAWN');
    const draft = await this.questionnaires.draftFor(
      manager,
      owner.practiceId,
      owner.clientId,
      assignmentId,
    );
    if (assignment.next_due === null && !draft) {
      throw new CodedHttpException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED');
    }
    const questionnaire = await this.questionnaires.questionnaire(
      manager,
      owner.practiceId,
      assignment.questionnaire_id,
    );
    return { assignment, ...scoring(questionnaire!.resource) };
  }

  /** The client's assignment `assignmentId`, or a 404 (another client's looks the same as none). */
  private async assignmentOrNotFound(
    manager: EntityManager,
    owner: { practiceId: string; clientId: string },
    assignmentId: string,
    lock = false,
  ): Promise<AssignmentRow> {
    const row = await this.questionnaires.assignment(
      manager,
      owner.practiceId,
      owner.clientId,
      assignmentId,
      lock,
    );
    if (!row) throw notFound();
    return row;
  }

  private stale(current: ResponseRow | null) {
    return new StaleWriteException(current ? toResults([current])[0] : null);
  }

  private async ownResult(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
  ): Promise<QuestionnaireResult> {
    // Compared with the client's own previous result, as on the results screen.
    return resultIn(await this.questionnaires.ownResults(manager, practiceId, clientId), id)!;
  }
}
