import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { loadEncryptionKey, SecretBox } from '../common/encryption/secret-box';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccountsRepository } from './accounts.repository';
import { AttemptLimiter } from './attempt-limiter.service';
import { FailedAttemptsRepository } from './failed-attempts.repository';
import { PasswordResetsRepository } from './password-resets.repository';
import { SecondFactorRepository } from './second-factor.repository';
import { SessionsRepository } from './sessions.repository';
import { SetupCodesRepository } from './setup-codes.repository';
import { SignUpsRepository } from './signups.repository';
import { DeviceCookies } from './device-cookie';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';
import { SessionStrategy } from './session.strategy';
import { SetupCodeService } from './setup-code.service';

@Module({
  imports: [PassportModule],
  controllers: [AuthController, AccountController],
  providers: [
    {
      provide: SecretBox,
      useFactory: (config: AppConfig) => new SecretBox(loadEncryptionKey(config)),
      inject: [APP_CONFIG],
    },
    AttemptLimiter,
    AccountsRepository,
    FailedAttemptsRepository,
    PasswordResetsRepository,
    SecondFactorRepository,
    SessionsRepository,
    SetupCodesRepository,
    SignUpsRepository,
    DeviceCookies,
    SetupCodeService,
    AuthService,
    PasswordService,
    PasswordResetService,
    SecondFactorService,
    SessionService,
    SessionStrategy,
  ],
  exports: [AccountsRepository, AuthService, PasswordService, SessionService, SetupCodeService],
})
export class IdentityModule {}
