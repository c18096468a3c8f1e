import { Module } from '@nestjs/common';
import { CheckinsController } from './checkins.controller';
import { CheckinsRepository } from './checkins.repository';
import { CheckinsService } from './checkins.service';
import { OverviewHomeworkRepository } from './overview-homework.repository';
import { OverviewService } from './overview.service';
import { SharedCheckinsService } from './shared-checkins.service';

@Module({
  controllers: [CheckinsController],
  providers: [
    CheckinsService,
    SharedCheckinsService,
    OverviewService,
    CheckinsRepository,
    OverviewHomeworkRepository,
  ],
  exports: [CheckinsRepository],
})
export class CheckinsModule {}
