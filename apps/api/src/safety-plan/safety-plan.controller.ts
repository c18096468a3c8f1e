import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PlanSuggestion, SafetyPlan, SharedSafetyPlan } from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import {
  AcceptPlanSuggestionDto,
  SaveSafetyPlanDto,
  ShareSafetyPlanDto,
  SuggestPlanChangeDto,
} from './dto/safety-plan.dto';
import { SafetyPlanService } from './safety-plan.service';

@ApiTags('safety-plan')
@Controller()
export class SafetyPlanController {
  constructor(private readonly plans: SafetyPlanService) {}

  @Access({ roles: ['client'] })
  @Get('me/safety-plan')
  async mine(
    @CurrentUser() user: AuthUser,
    @Meta() meta: RequestMeta,
  ): Promise<{ plan: SafetyPlan | null }> {
    return { plan: await this.plans.mine(user, meta) };
  }

  @Access({ roles: ['client'] })
  @Get('me/safety-plan/versions')
  history(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<SafetyPlan[]> {
    return this.plans.history(user, meta);
  }

  @Access({ roles: ['client'] })
  @Put('me/safety-plan')
  save(
    @CurrentUser() user: AuthUser,
    @Body() dto: SaveSafetyPlanDto,
    @Meta() meta: RequestMeta,
  ): Promise<SafetyPlan> {
    return this.plans.save(user, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Put('me/safety-plan/sharing')
  share(
    @CurrentUser() user: AuthUser,
    @Body() dto: ShareSafetyPlanDto,
    @Meta() meta: RequestMeta,
  ): Promise<SafetyPlan> {
    return this.plans.share(user, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/safety-plan/suggestions')
  suggestions(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<PlanSuggestion[]> {
    return this.plans.mySuggestions(user, meta);
  }

  @Access({ roles: ['client'] })
  @Post('me/safety-plan/suggestions/:suggestionId/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthUser,
    @UuidParam('suggestionId') suggestionId: string,
    @Body() dto: AcceptPlanSuggestionDto,
    @Meta() meta: RequestMeta,
  ): Promise<SafetyPlan> {
    return this.plans.accept(user, suggestionId, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Post('me/safety-plan/suggestions/:suggestionId/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() user: AuthUser,
    @UuidParam('suggestionId') suggestionId: string,
    @Meta() meta: RequestMeta,
  ): Promise<PlanSuggestion> {
    return this.plans.decline(user, suggestionId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('clients/:clientId/safety-plan')
  shared(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<SharedSafetyPlan> {
    return this.plans.sharedWithTherapist(user, clientId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Post('clients/:clientId/safety-plan/suggestions')
  suggest(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Body() dto: SuggestPlanChangeDto,
    @Meta() meta: RequestMeta,
  ): Promise<PlanSuggestion> {
    return this.plans.suggest(user, clientId, dto, meta);
  }
}
