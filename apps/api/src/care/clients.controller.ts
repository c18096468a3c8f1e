import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ClientSummary, Page } from '@oefenruimte/shared';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import { ClientsService } from './clients.service';

class ListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;
}

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Access({ roles: ['therapist'], clientData: true })
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Meta() meta: RequestMeta,
  ): Promise<Page<ClientSummary>> {
    return this.clients.list(user, query.cursor, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get(':clientId')
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<ClientSummary> {
    return this.clients.get(user, clientId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @HttpCode(200)
  @Post(':clientId/end-care')
  endCare(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<ClientSummary> {
    return this.clients.endCare(user, clientId, meta);
  }
}
