import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentsRepository } from '../src/homework/assignments.repository';
import { ResponsesRepository } from '../src/homework/responses.repository';
import { QuestionnairesRepository } from '../src/questionnaires/questionnaires.repository';
import { ReviewRepository } from '../src/review/review.repository';
import {
  closeDatabase,
  createAssignment,
  createCheckin,
  createClientInCare,
  createPractice,
  createQuestionnaireResult,
  createSubmittedResponse,
  database,
  type Person,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The therapist side of the repositories reads what a client shared and nothing else: proved
 * once per table here, so no service can forget the filter. A foreign practice id finds
 * nothing, on either side.
 */
describe('share-scoped repository methods', () => {
  let api: TestApp;
  let manager: EntityManager;
  let responses: ResponsesRepository;
  let assignments: AssignmentsRepository;
  let reviews: ReviewRepository;
  let questionnaires: QuestionnairesRepository;
  beforeAll(async () => {
    api = await startTestApp();
    manager = api.app.get(DataSource).manager;
    responses = api.app.get(ResponsesRepository);
    assignments = api.app.get(AssignmentsRepository);
    reviews = api.app.get(ReviewRepository);
    questionnaires = api.app.get(QuestionnairesRepository);
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  /** A client with one response that shares step "open" (not "geheim") and one private response. */
  async function arrange() {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const { practiceId: foreignPractice } = await createPractice();
    const assignmentId = await createAssignment(therapist, client);
    const shared = await createSubmittedResponse(
      client,
      assignmentId,
      { open: 'gedeeld antwoord', geheim: 'privé antwoord' },
      ['open'],
    );
    const secondAssignment = await createAssignment(therapist, client);
    const hidden = await createSubmittedResponse(
      client,
      secondAssignment,
      { open: 'niet gedeeld' },
      [],
    );
    return { therapist, client, foreignPractice, assignmentId, shared, hidden };
  }

  async function feedbackOn(therapist: Person, responseId: string, text: string) {
    await (
      await database()
    ).query(
      'INSERT INTO feedback (practice_id, response_id, therapist_id, text) VALUES ($1, $2, $3, $4)',
      [therapist.practiceId, responseId, therapist.id, text],
    );
  }

  it('responses and response_marks: only shared steps of shared responses, for this practice and therapist', async () => {
    const { therapist, client, foreignPractice, shared, hidden } = await arrange();
    const p = therapist.practiceId;

    const list = await responses.sharedFor(p, client.id, therapist.id, manager);
    expect(list.map((r) => r.id)).toEqual([shared]);
    const since = await responses.sharedSinceFor(
      p,
      client.id,
      therapist.id,
      { from: '2000-01-01', since: new Date(0) },
      manager,
    );
    expect(since.map((r) => r.id)).toEqual([shared]);

    const steps = await responses.sharedStepsFor(p, client.id, therapist.id, shared, manager);
    expect(steps.map((s) => [s.step_id, s.answer])).toEqual([['open', 'gedeeld antwoord']]);
    expect(JSON.stringify(steps)).not.toContain('privé antwoord');
    expect(await responses.sharedStepIdsFor(p, client.id, therapist.id, shared, manager)).toEqual([
      'open',
    ]);

    expect(await responses.sharedStepsFor(p, client.id, therapist.id, hidden, manager)).toEqual([]);
    expect(await responses.sharedStepIdsFor(p, client.id, therapist.id, hidden, manager)).toEqual(
      [],
    );

    const colleague = await createClientInCare(therapist); // any other user id as "therapist"
    expect(await responses.sharedFor(p, client.id, colleague.id, manager)).toEqual([]);
    expect(await responses.sharedFor(foreignPractice, client.id, therapist.id, manager)).toEqual(
      [],
    );
    expect(
      await responses.sharedStepsFor(foreignPractice, client.id, therapist.id, shared, manager),
    ).toEqual([]);
    expect(
      await responses.sharedSinceFor(
        foreignPractice,
        client.id,
        therapist.id,
        { from: '2000-01-01', since: new Date(0) },
        manager,
      ),
    ).toEqual([]);
  });

  it('questionnaire_responses: only shared completed results, for this practice', async () => {
    const { therapist, client, foreignPractice } = await arrange();
    const shown = await createQuestionnaireResult(therapist, client, {
      shared: true,
      safety: true,
    });
    await createQuestionnaireResult(therapist, client, { shared: false, safety: true });
    const p = therapist.practiceId;
    const results = await questionnaires.sharedResultsFor(manager, p, client.id);
    expect(results.map((r) => r.id)).toEqual([shown.responseId]);
    expect(await questionnaires.sharedSafetySummary(manager, p, [client.id])).toEqual([
      { client_id: client.id, count: 1 },
    ]);
    expect(await questionnaires.sharedResultsFor(manager, foreignPractice, client.id)).toEqual([]);
    expect(await questionnaires.sharedSafetySummary(manager, foreignPractice, [client.id])).toEqual(
      [],
    );
  });

  it('feedback: none on a response that shares nothing (any more), none for a foreign practice', async () => {
    const { therapist, client, foreignPractice, shared, hidden } = await arrange();
    await feedbackOn(therapist, shared, 'Mooi verwoord.');
    await feedbackOn(therapist, hidden, 'Geschreven toen dit nog gedeeld was.');
    const p = therapist.practiceId;

    const visible = await responses.sharedFeedbackFor(p, client.id, therapist.id, shared, manager);
    expect(visible.map((f) => f.text)).toEqual(['Mooi verwoord.']);
    expect(await responses.sharedFeedbackFor(p, client.id, therapist.id, hidden, manager)).toEqual(
      [],
    );
    expect(
      await responses.sharedFeedbackFor(foreignPractice, client.id, therapist.id, shared, manager),
    ).toEqual([]);
    expect(
      await responses.feedbackCountFor(
        foreignPractice,
        client.id,
        therapist.id,
        '2000-01-01',
        manager,
      ),
    ).toBe(0);
  });

  it('checkins (the review window): a private check-in never comes back, nor anything for a foreign practice', async () => {
    const { therapist, client, foreignPractice } = await arrange();
    const sharedCheckin = await createCheckin(client, { shared: true, note: 'gedeeld' });
    await createCheckin(client, { shared: false, note: 'alleen voor mij', day: '2020-01-02' });
    const window = { from: '2000-01-01', until: '2100-01-01', since: new Date(0) };

    const found = await reviews.sharedCheckinsFor(therapist.practiceId, client.id, window, manager);
    expect(found.map((c) => c.id)).toEqual([sharedCheckin]);
    expect(await reviews.sharedCheckinsFor(foreignPractice, client.id, window, manager)).toEqual(
      [],
    );
  });

  it("the client's own methods find nothing under a foreign practice id", async () => {
    const { client, foreignPractice, assignmentId, shared } = await arrange();
    expect(await assignments.own(client.practiceId, client.id, assignmentId)).toBeDefined();
    expect(await assignments.own(foreignPractice, client.id, assignmentId)).toBeUndefined();
    expect(await assignments.ownList(foreignPractice, client.id)).toEqual([]);
    expect(
      await responses.own(client.practiceId, client.id, shared, { lock: false }),
    ).toBeDefined();
    expect(
      await responses.own(foreignPractice, client.id, shared, { lock: false }),
    ).toBeUndefined();
    expect(await responses.ownForAssignment(foreignPractice, client.id, assignmentId)).toEqual([]);
    expect(await reviews.ownList(foreignPractice, client.id)).toEqual([]);
  });
});
