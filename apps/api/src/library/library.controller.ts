import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LibraryModule, LibraryModuleSummary } from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import {
  CreateModuleDto,
  LibraryQueryDto,
  PublishModuleDto,
  SaveModuleDraftDto,
} from './dto/library.dto';
import { LibraryService } from './library.service';

@ApiTags('library')
@Controller('library/modules')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @Access({ roles: ['therapist'] })
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: LibraryQueryDto,
  ): Promise<LibraryModuleSummary[]> {
    return this.library.list(user, query);
  }

  @Access({ roles: ['therapist'] })
  @Get(':moduleId')
  get(@CurrentUser() user: AuthUser, @UuidParam('moduleId') id: string): Promise<LibraryModule> {
    return this.library.get(user, id);
  }

  @Access({ roles: ['therapist'] })
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateModuleDto): Promise<LibraryModule> {
    return this.library.create(user, dto);
  }

  @Access({ roles: ['therapist'] })
  @Put(':moduleId/draft')
  saveDraft(
    @CurrentUser() user: AuthUser,
    @UuidParam('moduleId') id: string,
    @Body() dto: SaveModuleDraftDto,
  ): Promise<LibraryModule> {
    return this.library.saveDraft(user, id, dto);
  }

  @Access({ roles: ['therapist'] })
  @HttpCode(200)
  @Post(':moduleId/publish')
  publish(
    @CurrentUser() user: AuthUser,
    @UuidParam('moduleId') id: string,
    @Body() dto: PublishModuleDto,
  ): Promise<LibraryModule> {
    return this.library.publish(user, id, dto);
  }
}
