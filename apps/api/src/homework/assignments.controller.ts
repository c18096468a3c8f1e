import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  AssignmentSummary,
  Feedback,
  SharedResponse,
  SharedResponseSummary,
} from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import { AssignmentsService } from './assignments.service';
import { CreateAssignmentDto, CreateFeedbackDto, UpdateAssignmentDto } from './dto/homework.dto';
import { SharedResponsesService } from './shared-responses.service';

/** The therapist's side, per client in care: assignments, what the client shared, feedback. */
@ApiTags('homework')
@Controller('clients/:clientId')
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly shared: SharedResponsesService,
  ) {}

  @Access({ roles: ['therapist'], clientData: true })
  @Post('assignments')
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Body() dto: CreateAssignmentDto,
    @Meta() meta: RequestMeta,
  ): Promise<AssignmentSummary> {
    return this.assignments.create(user, clientId, dto, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('assignments')
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<AssignmentSummary[]> {
    return this.assignments.list(user, clientId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Patch('assignments/:assignmentId')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @UuidParam('assignmentId') assignmentId: string,
    @Body() dto: UpdateAssignmentDto,
    @Meta() meta: RequestMeta,
  ): Promise<AssignmentSummary> {
    return this.assignments.update(user, clientId, assignmentId, dto, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('responses')
  listShared(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<SharedResponseSummary[]> {
    return this.shared.list(user, clientId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('responses/:responseId')
  getShared(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @UuidParam('responseId') responseId: string,
    @Meta() meta: RequestMeta,
  ): Promise<SharedResponse> {
    return this.shared.get(user, clientId, responseId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Post('responses/:responseId/feedback')
  addFeedback(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @UuidParam('responseId') responseId: string,
    @Body() dto: CreateFeedbackDto,
    @Meta() meta: RequestMeta,
  ): Promise<Feedback> {
    return this.shared.addFeedback(user, clientId, responseId, dto, meta);
  }
}
