import type {
  CreateModuleRequest,
  ModuleContent,
  PublishModuleRequest,
  SaveModuleDraftRequest,
} from '@oefenruimte/shared';
import { MODULE_THEMES } from '@oefenruimte/shared';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsVersion } from '../../common/dto/fields';

export class LibraryQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(MODULE_THEMES)
  theme?: (typeof MODULE_THEMES)[number];
}

export class CreateModuleDto implements CreateModuleRequest {
  @IsOptional()
  @IsUUID()
  copyFrom?: string;
}

/** The content itself is checked by the module schema in @oefenruimte/shared (see the service). */
export class SaveModuleDraftDto implements SaveModuleDraftRequest {
  @IsObject()
  content!: ModuleContent;

  @IsVersion()
  version!: number;
}

export class PublishModuleDto implements PublishModuleRequest {
  @IsVersion()
  version!: number;
}
