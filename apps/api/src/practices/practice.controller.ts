import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Colleague, Practice } from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser } from '../common/auth/auth-user';
import { UpdatePracticeDto } from './dto/update-practice.dto';
import { PracticeService } from './practice.service';

@ApiTags('practice')
@Controller('practice')
export class PracticeController {
  constructor(private readonly practices: PracticeService) {}

  @Access({ roles: ['therapist', 'client'] })
  @Get()
  get(@CurrentUser() user: AuthUser): Promise<Practice> {
    return this.practices.get(user);
  }

  /** The owner's list of colleague therapists (to make a reset code for one of them). */
  @Access({ roles: ['therapist'] })
  @Get('colleagues')
  colleagues(@CurrentUser() user: AuthUser): Promise<Colleague[]> {
    return this.practices.colleagues(user);
  }

  @Access({ roles: ['therapist'] })
  @Patch()
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdatePracticeDto): Promise<Practice> {
    return this.practices.update(user, dto);
  }
}
