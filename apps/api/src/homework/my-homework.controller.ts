import { Body, Controller, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  AssignmentSummary,
  ClientAssignmentDetail,
  ClientResponse,
} from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import { MarksDto, SaveDraftDto, SubmitResponseDto } from './dto/homework.dto';
import { DraftsService } from './drafts.service';
import { MyHomeworkService } from './my-homework.service';
import { SharingService } from './sharing.service';
import { SubmitService } from './submit.service';

/** "Mijn oefeningen": the client's own assignments and work. */
@ApiTags('my homework')
@Controller('me')
export class MyHomeworkController {
  constructor(
    private readonly homework: MyHomeworkService,
    private readonly drafts: DraftsService,
    private readonly submitting: SubmitService,
    private readonly sharing: SharingService,
  ) {}

  @Access({ roles: ['client'] })
  @Get('assignments')
  list(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<AssignmentSummary[]> {
    return this.homework.list(user, meta);
  }

  @Access({ roles: ['client'] })
  @Get('assignments/:assignmentId')
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('assignmentId') id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ClientAssignmentDetail> {
    return this.homework.get(user, id, meta);
  }

  @Access({ roles: ['client'] })
  @HttpCode(200)
  @Post('assignments/:assignmentId/responses')
  start(
    @CurrentUser() user: AuthUser,
    @UuidParam('assignmentId') id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.drafts.start(user, id, meta);
  }

  @Access({ roles: ['client'] })
  @Get('responses/:responseId')
  getResponse(
    @CurrentUser() user: AuthUser,
    @UuidParam('responseId') id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.drafts.getResponse(user, id, meta);
  }

  @Access({ roles: ['client'] })
  @Patch('responses/:responseId')
  save(
    @CurrentUser() user: AuthUser,
    @UuidParam('responseId') id: string,
    @Body() dto: SaveDraftDto,
    @Meta() meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.drafts.saveDraft(user, id, dto, meta);
  }

  @Access({ roles: ['client'] })
  @HttpCode(200)
  @Post('responses/:responseId/submit')
  submit(
    @CurrentUser() user: AuthUser,
    @UuidParam('responseId') id: string,
    @Body() dto: SubmitResponseDto,
    @Meta() meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.submitting.submit(user, id, dto, meta);
  }

  @Access({ roles: ['client'] })
  @Put('responses/:responseId/marks')
  marks(
    @CurrentUser() user: AuthUser,
    @UuidParam('responseId') id: string,
    @Body() dto: MarksDto,
    @Meta() meta: RequestMeta,
  ): Promise<ClientResponse> {
    return this.sharing.updateMarks(user, id, dto, meta);
  }
}
