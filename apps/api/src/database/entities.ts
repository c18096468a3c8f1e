import { AuditEventEntity } from '../audit/audit-event.entity';
import { CareRelationEntity } from '../care/care-relation.entity';
import { FailedAttemptEntity } from '../identity/failed-attempt.entity';
import { PasswordResetEntity } from '../identity/password-reset.entity';
import { RecoveryCodeEntity } from '../identity/recovery-code.entity';
import { SetupCodeEntity } from '../identity/setup-code.entity';
import { SignupEntity } from '../identity/signup.entity';
import { SessionEntity } from '../identity/session.entity';
import { UserEntity } from '../identity/user.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { OutboxMailEntity } from '../mail/outbox-mail.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { AssignmentEntity } from '../homework/assignment.entity';
import { FeedbackEntity } from '../homework/feedback.entity';
import { ResponseMarkEntity } from '../homework/response-mark.entity';
import { ResponseEntity } from '../homework/response.entity';
import { ModuleVersionEntity } from '../library/module-version.entity';
import { ModuleEntity } from '../library/module.entity';
import { CheckinSeenEntity } from '../checkins/checkin-seen.entity';
import { CheckinEntity } from '../checkins/checkin.entity';
import { ClientPreferencesEntity } from '../checkins/client-preferences.entity';
import { AgreementEntity } from '../review/agreement.entity';
import { ReviewEntity } from '../review/review.entity';
import {
  SafetyPlanEntity,
  SafetyPlanSuggestionEntity,
  SafetyPlanVersionEntity,
} from '../safety-plan/safety-plan.entity';

/**
 * Every entity of the app, in one list: the data source, the migration check and the
 * integration tests all use it, so an entity cannot be forgotten in one of them.
 */
export const ENTITIES: Array<new () => object> = [
  PracticeEntity,
  UserEntity,
  SessionEntity,
  RecoveryCodeEntity,
  PasswordResetEntity,
  FailedAttemptEntity,
  SignupEntity,
  SetupCodeEntity,
  InvitationEntity,
  CareRelationEntity,
  OutboxMailEntity,
  AuditEventEntity,
  ModuleEntity,
  ModuleVersionEntity,
  AssignmentEntity,
  ResponseEntity,
  ResponseMarkEntity,
  FeedbackEntity,
  CheckinEntity,
  CheckinSeenEntity,
  ClientPreferencesEntity,
  ReviewEntity,
  AgreementEntity,
  SafetyPlanEntity,
  SafetyPlanVersionEntity,
  SafetyPlanSuggestionEntity,
];
