import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  Checkin,
  CheckinPreferences,
  OverviewClient,
  SharedCheckins,
} from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import { CheckinsService } from './checkins.service';
import {
  CheckinPreferencesDto,
  CreateCheckinDto,
  PeriodQueryDto,
  UpdateCheckinDto,
} from './dto/checkin.dto';
import { OverviewService } from './overview.service';
import { SharedCheckinsService } from './shared-checkins.service';

@ApiTags('check-ins')
@Controller()
export class CheckinsController {
  constructor(
    private readonly checkins: CheckinsService,
    private readonly shared: SharedCheckinsService,
    private readonly overviews: OverviewService,
  ) {}

  @Access({ roles: ['client'] })
  @Post('me/checkins')
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateCheckinDto,
    @Meta() meta: RequestMeta,
  ): Promise<Checkin> {
    return this.checkins.create(user, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/checkins')
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: PeriodQueryDto,
    @Meta() meta: RequestMeta,
  ): Promise<Checkin[]> {
    return this.checkins.list(user, query, meta);
  }

  @Access({ roles: ['client'] })
  @Patch('me/checkins/:checkinId')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('checkinId') id: string,
    @Body() dto: UpdateCheckinDto,
    @Meta() meta: RequestMeta,
  ): Promise<Checkin> {
    return this.checkins.update(user, id, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/checkin-preferences')
  preferences(@CurrentUser() user: AuthUser): Promise<CheckinPreferences> {
    return this.checkins.preferences(user);
  }

  @Access({ roles: ['client'] })
  @Put('me/checkin-preferences')
  setPreferences(
    @CurrentUser() user: AuthUser,
    @Body() dto: CheckinPreferencesDto,
    @Meta() meta: RequestMeta,
  ): Promise<CheckinPreferences> {
    return this.checkins.setPreferences(user, dto, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('overview')
  overview(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<OverviewClient[]> {
    return this.overviews.overview(user, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('clients/:clientId/checkins')
  listShared(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Query() query: PeriodQueryDto,
    @Meta() meta: RequestMeta,
  ): Promise<SharedCheckins> {
    return this.shared.list(user, clientId, query, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @HttpCode(204)
  @Post('clients/:clientId/checkins/:checkinId/seen')
  async seen(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @UuidParam('checkinId') checkinId: string,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    await this.shared.markSeen(user, clientId, checkinId, meta);
  }
}
