import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  CreatedResetCode,
  SessionInfo,
  TotpConfirmResponse,
  TotpSetupResponse,
} from '@oefenruimte/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { Public } from '../common/auth/public.decorator';
import { RateLimited } from '../common/auth/rate-limited.decorator';
import { BackgroundWork } from '../common/background/background-work';
import { CodedHttpException } from '../common/errors/api-error';
import { UuidParam } from '../common/pipes/uuid-param';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  ChangePasswordDto,
  ForgotPasswordDto,
  ResetPasswordDto,
  SecondFactorDto,
} from './dto/auth.dto';
import { PasswordResetService } from './password-reset.service';
import { SecondFactorService } from './second-factor.service';
import { setSessionCookie } from './session-cookie.writer';
import { SessionService } from './session.service';

/** The account's own security: password, second factor, sessions. */
@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(
    private readonly passwords: PasswordResetService,
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionService,
    private readonly background: BackgroundWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimited()
  @HttpCode(202)
  @Post('password/forgot')
  forgot(@Body() dto: ForgotPasswordDto): void {
    // Answered before anything is looked up: known and unknown addresses take the same time.
    this.background.run('password.forgot', () => this.passwords.forgot(dto.email));
  }

  /** The practice owner makes a one-time reset code for a colleague or a client, to hand over. */
  @Access({ roles: ['therapist'] })
  @RateLimited()
  @Post('password/reset-codes/:userId')
  createResetCode(
    @CurrentUser() user: AuthUser,
    @UuidParam('userId') userId: string,
    @Meta() meta: RequestMeta,
  ): Promise<CreatedResetCode> {
    return this.passwords.createCode(user, userId, meta);
  }

  @Public()
  @RateLimited()
  @HttpCode(204)
  @Post('password/reset')
  async reset(@Body() dto: ResetPasswordDto, @Meta() meta: RequestMeta): Promise<void> {
    await this.passwords.reset(dto, meta);
  }

  @Access({ roles: ['therapist', 'client'] })
  @RateLimited()
  @HttpCode(204)
  @Post('password/change')
  async change(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    await this.passwords.change(user, dto, meta);
  }

  @Access({ roles: ['therapist', 'client'] })
  @HttpCode(200)
  @Post('second-factor/setup')
  setup(@CurrentUser() user: AuthUser): Promise<TotpSetupResponse> {
    return this.secondFactor.setup(user);
  }

  @Access({ roles: ['therapist', 'client'] })
  @RateLimited()
  @HttpCode(200)
  @Post('second-factor/confirm')
  async confirm(
    @CurrentUser() user: AuthUser,
    @Body() dto: SecondFactorDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TotpConfirmResponse> {
    const { recoveryCodes, session } = await this.secondFactor.confirm(user, dto.code, meta);
    setSessionCookie(reply, this.config, session);
    return recoveryCodes;
  }

  @Access({ roles: ['therapist', 'client'] })
  @Get('sessions')
  list(@CurrentUser() user: AuthUser): Promise<SessionInfo[]> {
    return this.sessions.list(user);
  }

  @Access({ roles: ['therapist', 'client'] })
  @HttpCode(204)
  @Delete('sessions/:sessionId')
  async end(
    @CurrentUser() user: AuthUser,
    @UuidParam('sessionId') sessionId: string,
  ): Promise<void> {
    if (!(await this.sessions.end(sessionId, user.id)))
      throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
  }
}
