import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  ClientQuestionnaires,
  ImportedQuestionnaire,
  MyQuestionnaire,
  MyQuestionnaireDetail,
  QuestionnaireAssignment,
  QuestionnaireResult,
} from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import {
  AssignQuestionnaireDto,
  ImportQuestionnaireDto,
  SaveQuestionnaireDraftDto,
  ShareQuestionnaireResultDto,
  SubmitQuestionnaireDto,
} from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('questionnaires')
@Controller()
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Access({ roles: ['therapist'] })
  @Post('questionnaires')
  import(
    @CurrentUser() user: AuthUser,
    @Body() dto: ImportQuestionnaireDto,
  ): Promise<ImportedQuestionnaire> {
    return this.questionnaires.import(user, dto);
  }

  @Access({ roles: ['therapist'] })
  @Get('questionnaires')
  library(@CurrentUser() user: AuthUser): Promise<ImportedQuestionnaire[]> {
    return this.questionnaires.library(user);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Post('clients/:clientId/questionnaires')
  assign(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Body() dto: AssignQuestionnaireDto,
    @Meta() meta: RequestMeta,
  ): Promise<QuestionnaireAssignment> {
    return this.questionnaires.assign(user, clientId, dto, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('clients/:clientId/questionnaires')
  forClient(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<ClientQuestionnaires> {
    return this.questionnaires.forTherapist(user, clientId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Post('clients/:clientId/questionnaires/:questionnaireAssignmentId/stop')
  stop(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @UuidParam('questionnaireAssignmentId') assignmentId: string,
    @Meta() meta: RequestMeta,
  ): Promise<QuestionnaireAssignment> {
    return this.questionnaires.stop(user, clientId, assignmentId, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/questionnaires')
  mine(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<MyQuestionnaire[]> {
    return this.questionnaires.mine(user, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/questionnaires/:questionnaireAssignmentId')
  one(
    @CurrentUser() user: AuthUser,
    @UuidParam('questionnaireAssignmentId') assignmentId: string,
    @Meta() meta: RequestMeta,
  ): Promise<MyQuestionnaireDetail> {
    return this.questionnaires.one(user, assignmentId, meta);
  }

  @Access({ roles: ['client'] })
  @Put('me/questionnaires/:questionnaireAssignmentId/draft')
  saveDraft(
    @CurrentUser() user: AuthUser,
    @UuidParam('questionnaireAssignmentId') assignmentId: string,
    @Body() dto: SaveQuestionnaireDraftDto,
    @Meta() meta: RequestMeta,
  ): Promise<QuestionnaireResult> {
    return this.questionnaires.saveDraft(user, assignmentId, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Post('me/questionnaires/:questionnaireAssignmentId/submit')
  submit(
    @CurrentUser() user: AuthUser,
    @UuidParam('questionnaireAssignmentId') assignmentId: string,
    @Body() dto: SubmitQuestionnaireDto,
    @Meta() meta: RequestMeta,
  ): Promise<QuestionnaireResult> {
    return this.questionnaires.submit(user, assignmentId, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/questionnaire-results')
  results(
    @CurrentUser() user: AuthUser,
    @Meta() meta: RequestMeta,
  ): Promise<QuestionnaireResult[]> {
    return this.questionnaires.results(user, meta);
  }

  @Access({ roles: ['client'] })
  @Put('me/questionnaire-results/:questionnaireResponseId/sharing')
  share(
    @CurrentUser() user: AuthUser,
    @UuidParam('questionnaireResponseId') responseId: string,
    @Body() dto: ShareQuestionnaireResultDto,
    @Meta() meta: RequestMeta,
  ): Promise<QuestionnaireResult> {
    return this.questionnaires.share(user, responseId, dto, meta);
  }
}
