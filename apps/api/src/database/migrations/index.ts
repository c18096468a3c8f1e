import type { MigrationInterface } from 'typeorm';
import { Identity1763726400000 } from './1763726400000-identity';
import { Homework1763812800000 } from './1763812800000-homework';
import { Checkins1763899200000 } from './1763899200000-checkins';
import { AuthHardening1764000000000 } from './1764000000000-auth-hardening';
import { SafetyIndex1764072000000 } from './1764072000000-safety-index';
import { AuditChainPerPractice1764633600000 } from './1764633600000-audit-chain-per-practice';
import { RateLimitCounters1764720000000 } from './1764720000000-rate-limit-counters';
import { AuditLogPaging1764806400000 } from './1764806400000-audit-log-paging';
import { PracticeOnClientTables1764900000000 } from './1764900000000-practice-on-client-tables';
import { IdentityReview1764910000000 } from './1764910000000-identity-review';
import { AuditListSubjects1764920000000 } from './1764920000000-audit-list-subjects';
import { Reminders1764930000000 } from './1764930000000-reminders';
import { Questionnaires1764940000000 } from './1764940000000-questionnaires';
import { SafetyPlans1764960000000 } from './1764960000000-safety-plans';
import { SafetyPlanSuggestions1764980000000 } from './1764980000000-safety-plan-suggestions';
import { ReminderKinds1765000000000 } from './1765000000000-reminder-kinds';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Identity1763726400000,
  Homework1763812800000,
  Checkins1763899200000,
  AuthHardening1764000000000,
  SafetyIndex1764072000000,
  AuditChainPerPractice1764633600000,
  RateLimitCounters1764720000000,
  AuditLogPaging1764806400000,
  PracticeOnClientTables1764900000000,
  IdentityReview1764910000000,
  AuditListSubjects1764920000000,
  Reminders1764930000000,
  Questionnaires1764940000000,
  SafetyPlans1764960000000,
  SafetyPlanSuggestions1764980000000,
  ReminderKinds1765000000000,
];
