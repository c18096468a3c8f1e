import { Module } from '@nestjs/common';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { CheckinsController } from './checkins.controller';
import { CheckinsRepository } from './checkins.repository';
import { CheckinsService } from './checkins.service';
import { OverviewHomeworkRepository } from './overview-homework.repository';
import { OverviewService } from './overview.service';
import { SharedCheckinsService } from './shared-checkins.service';

@Module({
  imports: [QuestionnairesModule],
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
