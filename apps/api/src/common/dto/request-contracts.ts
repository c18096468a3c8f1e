import type {
  AcceptInvitationRequest,
  AcceptPlanSuggestionRequest,
  AcceptReminderSuggestionRequest,
  AssignQuestionnaireRequest,
  ImportQuestionnaireRequest,
  ReminderSuggestionInput,
  SaveQuestionnaireDraftRequest,
  ShareQuestionnaireResultRequest,
  SubmitQuestionnaireRequest,
  SuggestPlanChangeRequest,
  ChangePasswordRequest,
  CheckinModuleItems,
  CheckinPreferences,
  ConfirmSignUpRequest,
  CreateAssignmentRequest,
  CreateCheckinRequest,
  CreateFeedbackRequest,
  CreateInvitationRequest,
  CreateModuleRequest,
  CreateReviewRequest,
  DeleteAccountRequest,
  ForgotPasswordRequest,
  InvitationPreviewRequest,
  LoginRequest,
  PublishModuleRequest,
  PushSubscriptionInput,
  ReminderInput,
  ResetPasswordRequest,
  SaveDraftRequest,
  SaveModuleDraftRequest,
  SaveSafetyPlanRequest,
  SecondFactorRequest,
  SetUpRequest,
  ShareSafetyPlanRequest,
  SignUpRequest,
  SubmitResponseRequest,
  UpdateAssignmentRequest,
  UpdateCheckinRequest,
  UpdateMarksRequest,
  UpdatePracticeRequest,
  UpdateReminderSettingsRequest,
} from '@oefenruimte/shared';
import type {
  CheckinItemsDto,
  CheckinPreferencesDto,
  CreateCheckinDto,
  UpdateCheckinDto,
} from '../../checkins/dto/checkin.dto';
import type {
  CreateAssignmentDto,
  CreateFeedbackDto,
  MarksDto,
  SaveDraftDto,
  SubmitResponseDto,
  UpdateAssignmentDto,
} from '../../homework/dto/homework.dto';
import type {
  ChangePasswordDto,
  ConfirmSignUpDto,
  ForgotPasswordDto,
  LoginDto,
  ResetPasswordDto,
  SecondFactorDto,
  SetUpDto,
  SignUpDto,
} from '../../identity/dto/auth.dto';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationCodeDto,
} from '../../invitations/dto/invitation.dto';
import type {
  CreateModuleDto,
  PublishModuleDto,
  SaveModuleDraftDto,
} from '../../library/dto/library.dto';
import type { UpdatePracticeDto } from '../../practices/dto/update-practice.dto';
import type { DeleteAccountDto } from '../../privacy/privacy.controller';
import type {
  AssignQuestionnaireDto,
  ImportQuestionnaireDto,
  SaveQuestionnaireDraftDto,
  ShareQuestionnaireResultDto,
  SubmitQuestionnaireDto,
} from '../../questionnaires/dto/questionnaire.dto';
import type {
  AcceptSuggestionDto,
  PushSubscriptionDto,
  ReminderDto,
  ReminderSettingsDto,
  ReminderSuggestionDto,
} from '../../reminders/dto/reminders.dto';
import type { CreateReviewDto } from '../../review/dto/review.dto';
import type {
  AcceptPlanSuggestionDto,
  SaveSafetyPlanDto,
  ShareSafetyPlanDto,
  SuggestPlanChangeDto,
} from '../../safety-plan/dto/safety-plan.dto';
import type { Assert, ExactKeys } from './exact-keys';

/**
 * Every request DTO against its shared request type, key for key (see `ExactKeys`). A DTO
 * that implements a shared type is listed here; the unit test request-contracts.spec.ts
 * finds one that is not.
 */
export type RequestContracts = [
  Assert<ExactKeys<CheckinItemsDto, CheckinModuleItems>>,
  Assert<ExactKeys<CheckinPreferencesDto, CheckinPreferences>>,
  Assert<ExactKeys<CreateCheckinDto, CreateCheckinRequest>>,
  Assert<ExactKeys<UpdateCheckinDto, UpdateCheckinRequest>>,
  Assert<ExactKeys<CreateAssignmentDto, CreateAssignmentRequest>>,
  Assert<ExactKeys<CreateFeedbackDto, CreateFeedbackRequest>>,
  Assert<ExactKeys<MarksDto, UpdateMarksRequest>>,
  Assert<ExactKeys<SaveDraftDto, SaveDraftRequest>>,
  Assert<ExactKeys<SubmitResponseDto, SubmitResponseRequest>>,
  Assert<ExactKeys<UpdateAssignmentDto, UpdateAssignmentRequest>>,
  Assert<ExactKeys<ChangePasswordDto, ChangePasswordRequest>>,
  Assert<ExactKeys<ConfirmSignUpDto, ConfirmSignUpRequest>>,
  Assert<ExactKeys<ForgotPasswordDto, ForgotPasswordRequest>>,
  Assert<ExactKeys<LoginDto, LoginRequest>>,
  Assert<ExactKeys<ResetPasswordDto, ResetPasswordRequest>>,
  Assert<ExactKeys<SecondFactorDto, SecondFactorRequest>>,
  Assert<ExactKeys<SetUpDto, SetUpRequest>>,
  Assert<ExactKeys<SignUpDto, SignUpRequest>>,
  Assert<ExactKeys<AcceptInvitationDto, AcceptInvitationRequest>>,
  Assert<ExactKeys<CreateInvitationDto, CreateInvitationRequest>>,
  Assert<ExactKeys<InvitationCodeDto, InvitationPreviewRequest>>,
  Assert<ExactKeys<CreateModuleDto, CreateModuleRequest>>,
  Assert<ExactKeys<PublishModuleDto, PublishModuleRequest>>,
  Assert<ExactKeys<SaveModuleDraftDto, SaveModuleDraftRequest>>,
  Assert<ExactKeys<UpdatePracticeDto, UpdatePracticeRequest>>,
  Assert<ExactKeys<DeleteAccountDto, DeleteAccountRequest>>,
  Assert<ExactKeys<PushSubscriptionDto, PushSubscriptionInput>>,
  Assert<ExactKeys<ReminderDto, ReminderInput>>,
  Assert<ExactKeys<ReminderSettingsDto, UpdateReminderSettingsRequest>>,
  Assert<ExactKeys<CreateReviewDto, CreateReviewRequest>>,
  Assert<ExactKeys<SaveSafetyPlanDto, SaveSafetyPlanRequest>>,
  Assert<ExactKeys<ShareSafetyPlanDto, ShareSafetyPlanRequest>>,
  Assert<ExactKeys<SuggestPlanChangeDto, SuggestPlanChangeRequest>>,
  Assert<ExactKeys<AcceptPlanSuggestionDto, AcceptPlanSuggestionRequest>>,
  Assert<ExactKeys<AcceptSuggestionDto, AcceptReminderSuggestionRequest>>,
  Assert<ExactKeys<ReminderSuggestionDto, ReminderSuggestionInput>>,
  Assert<ExactKeys<ImportQuestionnaireDto, ImportQuestionnaireRequest>>,
  Assert<ExactKeys<AssignQuestionnaireDto, AssignQuestionnaireRequest>>,
  Assert<ExactKeys<SaveQuestionnaireDraftDto, SaveQuestionnaireDraftRequest>>,
  Assert<ExactKeys<SubmitQuestionnaireDto, SubmitQuestionnaireRequest>>,
  Assert<ExactKeys<ShareQuestionnaireResultDto, ShareQuestionnaireResultRequest>>,
];
