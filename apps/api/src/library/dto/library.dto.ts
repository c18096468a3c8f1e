import type {
  CreateModuleRequest,
  ModuleContent,
  PublishModuleRequest,
  SaveModuleDraftRequest,
} from '@oefenruimte/shared';
import { MODULE_THEMES } from '@oefenruimte/shared';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';

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

  @IsInt()
  @Min(1)
  version!: number;
}

export class PublishModuleDto implements PublishModuleRequest {
  @IsInt()
  @Min(1)
  version!: number;
}
