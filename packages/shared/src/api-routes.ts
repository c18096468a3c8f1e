import type { ModuleTheme } from './content/module-schema';
import type { HealthResponse } from './health';
import type {
  AssignmentSummary,
  ClientAssignmentDetail,
  ClientResponse,
  CreateAssignmentRequest,
  CreateFeedbackRequest,
  CreateModuleRequest,
  Feedback,
  LibraryModule,
  LibraryModuleSummary,
  PublishModuleRequest,
  SaveDraftRequest,
  SaveModuleDraftRequest,
  SharedResponse,
  SharedResponseSummary,
  SubmitResponseRequest,
  UpdateAssignmentRequest,
  UpdateMarksRequest,
} from './homework';
import type {
  Checkin,
  CheckinPreferences,
  CreateCheckinRequest,
  CreateReviewRequest,
  DeleteAccountRequest,
  OverviewClient,
  Review,
  ReviewBundle,
  SharedCheckins,
  UpdateCheckinRequest,
} from './checkins';
import type {
  AcceptInvitationRequest,
  AccessLogEntry,
  ChangePasswordRequest,
  ClientSummary,
  Colleague,
  ConfirmSignUpRequest,
  CreatedInvitation,
  CreatedResetCode,
  CreateInvitationRequest,
  ForgotPasswordRequest,
  Invitation,
  InvitationPreview,
  InvitationPreviewRequest,
  LoginRequest,
  Me,
  OutboxMail,
  Page,
  Practice,
  ResetPasswordRequest,
  SecondFactorRequest,
  SessionInfo,
  SetUpRequest,
  SignUpRequest,
  TotpConfirmResponse,
  TotpSetupResponse,
  UpdatePracticeRequest,
} from './identity';
import type {
  AssignQuestionnaireRequest,
  ClientQuestionnaires,
  ImportedQuestionnaire,
  ImportQuestionnaireRequest,
  MyQuestionnaire,
  MyQuestionnaireDetail,
  QuestionnaireAssignment,
  QuestionnaireResult,
  SaveQuestionnaireDraftRequest,
  ShareQuestionnaireResultRequest,
  SubmitQuestionnaireRequest,
} from './questionnaires';
import type {
  AcceptReminderSuggestionRequest,
  DeliveryHistory,
  PushDevice,
  PushSubscriptionInput,
  ReminderSettings,
  UpdateReminderSettingsRequest,
} from './reminders';
import type {
  AcceptPlanSuggestionRequest,
  PlanSuggestion,
  SafetyPlan,
  SaveSafetyPlanRequest,
  SharedSafetyPlan,
  ShareSafetyPlanRequest,
  SuggestPlanChangeRequest,
} from './safety-plan';

/**
 * One API route's contract: the JSON body it takes (`void`: none), what it answers (`void`:
 * nothing, 202 or 204) and its query string. Only a type: the value in `API_ROUTES` is never
 * read.
 */
export interface ApiRoute<Body, Answer, Query = never> {
  readonly body: Body;
  readonly answer: Answer;
  readonly query: Query;
}

const route = <Body = void, Answer = void, Query = never>() =>
  null as unknown as ApiRoute<Body, Answer, Query>;

type Cursor = { readonly cursor?: string };
type Days = { readonly from: string; readonly to: string };

/**
 * The API's routes as the web app calls them: `METHOD /path` (path parameters as the API names
 * them, without the `/api` prefix) with body, answer and query. The web's `apiCall` takes a key
 * of this map (and is the web's only way to the API), so a path cannot be paired with another
 * route's types; the API's route walk checks that every key is a route it serves. A route the
 * web app starts calling is added here first.
 */
export const API_ROUTES = {
  'GET /health': route<void, HealthResponse>(),

  // Identity
  'GET /auth/me': route<void, Me>(),
  'POST /auth/login': route<LoginRequest, Me>(),
  'POST /auth/logout': route(),
  'POST /auth/keep-alive': route<void, Me>(),
  'POST /auth/signup': route<SignUpRequest>(),
  'POST /auth/signup/confirm': route<ConfirmSignUpRequest, Me>(),
  'POST /auth/setup': route<SetUpRequest, Me>(),
  'POST /auth/second-factor': route<SecondFactorRequest, Me>(),
  'POST /auth/second-factor/recovery': route<SecondFactorRequest, Me>(),
  'POST /account/password/forgot': route<ForgotPasswordRequest>(),
  'POST /account/password/reset': route<ResetPasswordRequest>(),
  'POST /account/password/change': route<ChangePasswordRequest>(),
  'POST /account/password/reset-codes/:userId': route<void, CreatedResetCode>(),
  'POST /account/second-factor/setup': route<void, TotpSetupResponse>(),
  'POST /account/second-factor/confirm': route<SecondFactorRequest, TotpConfirmResponse>(),
  'GET /account/sessions': route<void, SessionInfo[]>(),
  'DELETE /account/sessions/:sessionId': route(),
  'GET /demo/outbox': route<void, OutboxMail[]>(),

  // Invitations, the practice, clients
  'POST /invitations': route<CreateInvitationRequest, CreatedInvitation>(),
  'POST /invitations/therapists': route<CreateInvitationRequest, CreatedInvitation>(),
  'GET /invitations': route<void, Page<Invitation>, Cursor>(),
  'DELETE /invitations/:invitationId': route<void, Invitation>(),
  'POST /invitations/preview': route<InvitationPreviewRequest, InvitationPreview>(),
  'POST /invitations/accept': route<AcceptInvitationRequest, Me>(),
  'POST /invitations/accept-as-me': route<InvitationPreviewRequest>(),
  'GET /practice': route<void, Practice>(),
  'PATCH /practice': route<UpdatePracticeRequest, Practice>(),
  'GET /practice/colleagues': route<void, Colleague[]>(),
  'GET /clients': route<void, Page<ClientSummary>, Cursor>(),
  'GET /clients/:clientId': route<void, ClientSummary>(),
  'POST /clients/:clientId/end-care': route<void, ClientSummary>(),

  // Check-ins and the overview
  'POST /me/checkins': route<CreateCheckinRequest, Checkin>(),
  'GET /me/checkins': route<void, Checkin[], Days>(),
  'PATCH /me/checkins/:checkinId': route<UpdateCheckinRequest, Checkin>(),
  'GET /me/checkin-preferences': route<void, CheckinPreferences>(),
  'PUT /me/checkin-preferences': route<CheckinPreferences, CheckinPreferences>(),
  'GET /overview': route<void, OverviewClient[]>(),
  'GET /clients/:clientId/checkins': route<void, SharedCheckins, Days>(),
  'POST /clients/:clientId/checkins/:checkinId/seen': route(),

  // Homework and the library
  'GET /library/modules': route<
    void,
    LibraryModuleSummary[],
    { readonly q?: string; readonly theme?: ModuleTheme }
  >(),
  'GET /library/modules/:moduleId': route<void, LibraryModule>(),
  'POST /library/modules': route<CreateModuleRequest, LibraryModule>(),
  'PUT /library/modules/:moduleId/draft': route<SaveModuleDraftRequest, LibraryModule>(),
  'POST /library/modules/:moduleId/publish': route<PublishModuleRequest, LibraryModule>(),
  'POST /clients/:clientId/assignments': route<CreateAssignmentRequest, AssignmentSummary>(),
  'GET /clients/:clientId/assignments': route<void, AssignmentSummary[]>(),
  'PATCH /clients/:clientId/assignments/:assignmentId': route<
    UpdateAssignmentRequest,
    AssignmentSummary
  >(),
  'GET /clients/:clientId/responses': route<void, SharedResponseSummary[]>(),
  'GET /clients/:clientId/responses/:responseId': route<void, SharedResponse>(),
  'POST /clients/:clientId/responses/:responseId/feedback': route<
    CreateFeedbackRequest,
    Feedback
  >(),
  'GET /me/assignments': route<void, AssignmentSummary[]>(),
  'GET /me/assignments/:assignmentId': route<void, ClientAssignmentDetail>(),
  'POST /me/assignments/:assignmentId/responses': route<void, ClientResponse>(),
  'PATCH /me/responses/:responseId': route<SaveDraftRequest, ClientResponse>(),
  'POST /me/responses/:responseId/submit': route<SubmitResponseRequest, ClientResponse>(),
  'PUT /me/responses/:responseId/marks': route<UpdateMarksRequest, ClientResponse>(),

  // Reviewing together, the signaleringsplan, reminders
  'GET /clients/:clientId/review': route<void, ReviewBundle>(),
  'POST /clients/:clientId/reviews': route<CreateReviewRequest, Review>(),
  'GET /clients/:clientId/reviews': route<void, Review[]>(),
  'GET /me/reviews': route<void, Review[]>(),
  'GET /me/safety-plan': route<void, { plan: SafetyPlan | null }>(),
  'GET /me/safety-plan/versions': route<void, SafetyPlan[]>(),
  'PUT /me/safety-plan': route<SaveSafetyPlanRequest, SafetyPlan>(),
  'PUT /me/safety-plan/sharing': route<ShareSafetyPlanRequest, SafetyPlan>(),
  'GET /clients/:clientId/safety-plan': route<void, SharedSafetyPlan>(),
  'GET /me/safety-plan/suggestions': route<void, PlanSuggestion[]>(),
  'POST /me/safety-plan/suggestions/:suggestionId/accept': route<
    AcceptPlanSuggestionRequest,
    SafetyPlan
  >(),
  'POST /me/safety-plan/suggestions/:suggestionId/decline': route<void, PlanSuggestion>(),
  'POST /clients/:clientId/safety-plan/suggestions': route<
    SuggestPlanChangeRequest,
    PlanSuggestion
  >(),
  'GET /me/reminders': route<void, ReminderSettings>(),
  'PUT /me/reminders': route<UpdateReminderSettingsRequest, ReminderSettings>(),
  'POST /me/reminders/suggestions/:reminderSuggestionId/accept': route<
    AcceptReminderSuggestionRequest,
    ReminderSettings
  >(),
  'POST /me/reminders/suggestions/:reminderSuggestionId/decline': route<void, ReminderSettings>(),
  'GET /me/reminders/history': route<void, DeliveryHistory>(),
  'GET /reminders/vapid-public-key': route<void, { publicKey: string }>(),
  'POST /me/push-devices': route<PushSubscriptionInput, PushDevice>(),
  'DELETE /me/push-devices/:deviceId': route(),
  'POST /me/reminders/test': route<{ deviceId: string }, { outcome: string }>(),

  // Questionnaires
  'GET /questionnaires': route<void, ImportedQuestionnaire[]>(),
  'POST /questionnaires': route<ImportQuestionnaireRequest, ImportedQuestionnaire>(),
  'GET /clients/:clientId/questionnaires': route<void, ClientQuestionnaires>(),
  'POST /clients/:clientId/questionnaires': route<
    AssignQuestionnaireRequest,
    QuestionnaireAssignment
  >(),
  'POST /clients/:clientId/questionnaires/:questionnaireAssignmentId/stop': route<
    void,
    QuestionnaireAssignment
  >(),
  'GET /me/questionnaires': route<void, MyQuestionnaire[]>(),
  'GET /me/questionnaires/:questionnaireAssignmentId': route<void, MyQuestionnaireDetail>(),
  'PUT /me/questionnaires/:questionnaireAssignmentId/draft': route<
    SaveQuestionnaireDraftRequest,
    QuestionnaireResult
  >(),
  'POST /me/questionnaires/:questionnaireAssignmentId/submit': route<
    SubmitQuestionnaireRequest,
    QuestionnaireResult
  >(),
  'GET /me/questionnaire-results': route<void, QuestionnaireResult[]>(),
  'PUT /me/questionnaire-results/:questionnaireResponseId/sharing': route<
    ShareQuestionnaireResultRequest,
    QuestionnaireResult
  >(),

  // Privacy
  'GET /me/access-log': route<
    void,
    Page<AccessLogEntry>,
    { readonly from?: string; readonly own?: 'true'; readonly cursor?: string }
  >(),
  'POST /me/delete-account': route<DeleteAccountRequest>(),
} as const;

export type ApiRoutes = typeof API_ROUTES;
export type ApiRouteKey = keyof ApiRoutes;
