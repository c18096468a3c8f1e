import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';
import { SessionStrategy } from './session.strategy';

@Module({
  imports: [PassportModule],
  controllers: [AuthController, AccountController],
  providers: [
    AuthService,
    PasswordService,
    PasswordResetService,
    SecondFactorService,
    SessionService,
    SessionStrategy,
  ],
  exports: [AuthService, PasswordService, SessionService],
})
export class IdentityModule {}
