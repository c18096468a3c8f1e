import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { SessionGuard } from './common/auth/session.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { AppValidationPipe } from './common/pipes/app-validation.pipe';
import { dataSourceOptions } from './database/data-source-options';
import { AuditModule } from './audit/audit.module';
import { RefusalInterceptor } from './audit/refusal.interceptor';
import { CareModule } from './care/care.module';
import { HealthModule } from './health/health.module';
import { HomeworkModule } from './homework/homework.module';
import { LibraryModule } from './library/library.module';
import { CheckinsModule } from './checkins/checkins.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ReviewModule } from './review/review.module';
import { SafetyPlanModule } from './safety-plan/safety-plan.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { IdentityModule } from './identity/identity.module';
import { InvitationsModule } from './invitations/invitations.module';
import { MailModule } from './mail/mail.module';
import { PracticesModule } from './practices/practices.module';
import { JobsModule } from './jobs/jobs.module';
import { RemindersModule } from './reminders/reminders.module';

/** The capabilities of the API. Each lives in its own folder with everything about it. */
const CAPABILITIES = [
  HealthModule,
  AuditModule,
  MailModule,
  IdentityModule,
  PracticesModule,
  CareModule,
  InvitationsModule,
  LibraryModule,
  HomeworkModule,
  CheckinsModule,
  ReviewModule,
  SafetyPlanModule,
  QuestionnairesModule,
  PrivacyModule,
  JobsModule,
  RemindersModule,
];

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig & { databaseUrl: string },
    extraImports: DynamicModule['imports'] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl),
          // The database was reached (and migrated) before the app was built; don't retry here.
          retryAttempts: 0,
        }),
        ...CAPABILITIES,
        ...(extraImports ?? []),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: RefusalInterceptor },
        { provide: APP_PIPE, useValue: new AppValidationPipe() },
      ],
      exports: [APP_CONFIG],
    };
  }
}
