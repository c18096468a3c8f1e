import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DeliveryHistory, PushDevice, ReminderSettings } from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import {
  AcceptSuggestionDto,
  PushSubscriptionDto,
  ReminderSettingsDto,
  TestPushDto,
} from './dto/reminders.dto';
import { ReminderSettingsService } from './reminder-settings.service';

@ApiTags('reminders')
@Controller()
export class RemindersController {
  constructor(private readonly reminders: ReminderSettingsService) {}

  @Access({ roles: ['client'] })
  @Get('me/reminders')
  get(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<ReminderSettings> {
    return this.reminders.get(user, meta);
  }

  @Access({ roles: ['client'] })
  @Put('me/reminders')
  update(
    @CurrentUser() user: AuthUser,
    @Body() dto: ReminderSettingsDto,
    @Meta() meta: RequestMeta,
  ): Promise<ReminderSettings> {
    return this.reminders.update(user, dto, meta);
  }

  @Access({ roles: ['client'] })
  @HttpCode(200)
  @Post('me/reminders/suggestions/:reminderSuggestionId/accept')
  accept(
    @CurrentUser() user: AuthUser,
    @UuidParam('reminderSuggestionId') suggestionId: string,
    @Body() dto: AcceptSuggestionDto,
    @Meta() meta: RequestMeta,
  ): Promise<ReminderSettings> {
    return this.reminders.acceptSuggestion(user, suggestionId, dto.channel, meta);
  }

  @Access({ roles: ['client'] })
  @HttpCode(200)
  @Post('me/reminders/suggestions/:reminderSuggestionId/decline')
  decline(
    @CurrentUser() user: AuthUser,
    @UuidParam('reminderSuggestionId') suggestionId: string,
    @Meta() meta: RequestMeta,
  ): Promise<ReminderSettings> {
    return this.reminders.declineSuggestion(user, suggestionId, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/reminders/history')
  history(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<DeliveryHistory> {
    return this.reminders.history(user, meta);
  }

  @Access({ roles: ['client'] })
  @Get('reminders/vapid-public-key')
  publicKey(): Promise<{ publicKey: string }> {
    return this.reminders.publicKey();
  }

  @Access({ roles: ['client'] })
  @Post('me/push-devices')
  addDevice(
    @CurrentUser() user: AuthUser,
    @Body() dto: PushSubscriptionDto,
    @Meta() meta: RequestMeta,
  ): Promise<PushDevice> {
    return this.reminders.addDevice(user, dto, meta);
  }

  @Access({ roles: ['client'] })
  @HttpCode(204)
  @Delete('me/push-devices/:deviceId')
  async removeDevice(
    @CurrentUser() user: AuthUser,
    @UuidParam('deviceId') deviceId: string,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    await this.reminders.removeDevice(user, deviceId, meta);
  }

  @Access({ roles: ['client'] })
  @HttpCode(200)
  @Post('me/reminders/test')
  test(
    @CurrentUser() user: AuthUser,
    @Body() dto: TestPushDto,
    @Meta() meta: RequestMeta,
  ): Promise<{ outcome: string }> {
    return this.reminders.test(user, dto.deviceId, meta);
  }
}
