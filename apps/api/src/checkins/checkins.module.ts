import { Module } from '@nestjs/common';
import { HomeworkModule } from '../homework/homework.module';
import { CheckinsController } from './checkins.controller';
import { CheckinsRepository } from './checkins.repository';
import { CheckinsService } from './checkins.service';
import { OverviewService } from './overview.service';
import { SharedCheckinsService } from './shared-checkins.service';

@Module({
  imports: [HomeworkModule],
  controllers: [CheckinsController],
  providers: [CheckinsService, SharedCheckinsService, OverviewService, CheckinsRepository],
  exports: [CheckinsRepository],
})
export class CheckinsModule {}
