import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Me,
  Page,
} from '@oefenruimte/shared';
import type { FastifyReply } from 'fastify';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { Public } from '../common/auth/public.decorator';
import { RateLimited } from '../common/auth/rate-limited.decorator';
import { UuidParam } from '../common/pipes/uuid-param';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthService } from '../identity/auth.service';
import { setSessionCookie } from '../identity/session-cookie.writer';
import { AcceptInvitationDto, CreateInvitationDto, InvitationCodeDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

class ListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;
}

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access({ roles: ['therapist'] })
  @Post()
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    return this.invitations.create(user, 'client', dto);
  }

  /** The practice owner invites a colleague therapist. */
  @Access({ roles: ['therapist'] })
  @Post('therapists')
  createForTherapist(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    return this.invitations.create(user, 'therapist', dto);
  }

  @Access({ roles: ['therapist'] })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListQueryDto): Promise<Page<Invitation>> {
    return this.invitations.list(user, query.cursor);
  }

  @Access({ roles: ['therapist'] })
  @Delete(':invitationId')
  revoke(
    @CurrentUser() user: AuthUser,
    @UuidParam('invitationId') id: string,
  ): Promise<Invitation> {
    return this.invitations.revoke(user, id);
  }

  @Public()
  @RateLimited()
  @HttpCode(200)
  @Post('preview')
  preview(@Body() dto: InvitationCodeDto): Promise<InvitationPreview> {
    return this.invitations.preview(dto.code);
  }

  @Public()
  @RateLimited()
  @Post('accept')
  async accept(
    @Body() dto: AcceptInvitationDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    const { session, user } = await this.invitations.accept(dto, meta);
    setSessionCookie(reply, this.config, session);
    return this.auth.me(user);
  }

  /** An existing client accepts another therapist of their practice. */
  @Access({ roles: ['client'] })
  @RateLimited()
  @HttpCode(204)
  @Post('accept-as-me')
  async acceptAsClient(
    @CurrentUser() user: AuthUser,
    @Body() dto: InvitationCodeDto,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    await this.invitations.acceptAsClient(user, dto.code, meta);
  }
}
