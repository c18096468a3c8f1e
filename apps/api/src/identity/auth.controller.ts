import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Me } from '@oefenruimte/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { Public } from '../common/auth/public.decorator';
import { RateLimited } from '../common/auth/rate-limited.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { DeviceCookies } from './device-cookie';
import { ConfirmSignUpDto, LoginDto, SecondFactorDto, SetUpDto, SignUpDto } from './dto/auth.dto';
import { SecondFactorService } from './second-factor.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie.writer';
import type { NewSession } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly secondFactor: SecondFactorService,
    private readonly devices: DeviceCookies,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The same answer for every address: look in your mail (see AuthService.signUp). */
  @Public()
  @RateLimited()
  @HttpCode(202)
  @Post('signup')
  async signUp(@Body() dto: SignUpDto): Promise<void> {
    await this.auth.signUp(dto);
  }

  @Public()
  @RateLimited()
  @Post('signup/confirm')
  async confirmSignUp(
    @Body() dto: ConfirmSignUpDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    const { session, user } = await this.auth.confirmSignUp(dto, meta);
    setSessionCookie(reply, this.config, session);
    return this.auth.me(user);
  }

  /** The first owner of a practice-mode install, with the setup code from the terminal. */
  @Public()
  @RateLimited()
  @Post('setup')
  async setUp(
    @Body() dto: SetUpDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    const { session, user } = await this.auth.setUp(dto, meta);
    setSessionCookie(reply, this.config, session);
    return this.auth.me(user);
  }

  @Public()
  @RateLimited()
  @HttpCode(200)
  @Post('login')
  async login(
    @Body() dto: LoginDto,
    @Meta() meta: RequestMeta,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    const device = this.devices.deviceFor(request, dto.email);
    const { session, user } = await this.auth.login(dto, meta, device);
    setSessionCookie(reply, this.config, session);
    this.devices.set(reply, dto.email, device);
    return this.auth.me(user);
  }

  @Access({ roles: ['therapist', 'client'], beforeSecondFactor: true })
  @RateLimited()
  @HttpCode(200)
  @Post('second-factor')
  async verifySecondFactor(
    @CurrentUser() user: AuthUser,
    @Body() dto: SecondFactorDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    return this.upgraded(user, await this.secondFactor.verify(user, dto.code, meta), reply);
  }

  @Access({ roles: ['therapist', 'client'], beforeSecondFactor: true })
  @RateLimited()
  @HttpCode(200)
  @Post('second-factor/recovery')
  async recover(
    @CurrentUser() user: AuthUser,
    @Body() dto: SecondFactorDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    return this.upgraded(user, await this.secondFactor.recover(user, dto.code, meta), reply);
  }

  @Access({ roles: ['therapist', 'client'], beforeSecondFactor: true })
  @HttpCode(204)
  @Post('logout')
  async logout(
    @CurrentUser() user: AuthUser,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(user, meta);
    clearSessionCookie(reply, this.config);
  }

  /** Who is logged in and until when. Passive: asking does not keep the session alive. */
  @Access({ roles: ['therapist', 'client'], beforeSecondFactor: true, passive: true })
  @Get('me')
  me(@CurrentUser() user: AuthUser): Me {
    return this.auth.me(user);
  }

  /** "Blijf ingelogd": any authenticated request counts as activity; this one does nothing else. */
  @Access({ roles: ['therapist', 'client'] })
  @HttpCode(200)
  @Post('keep-alive')
  keepAlive(@CurrentUser() user: AuthUser): Me {
    return this.auth.me(user);
  }

  /** The session after the second factor: a new cookie, and the person as they now are. */
  private upgraded(user: AuthUser, session: NewSession, reply: FastifyReply): Me {
    setSessionCookie(reply, this.config, session);
    return this.auth.me({
      ...user,
      sessionId: session.id,
      secondFactorVerified: true,
      lastSeenAt: new Date(),
    });
  }
}
