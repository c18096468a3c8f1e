import { Module } from '@nestjs/common';
import { HomeworkModule } from '../homework/homework.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { SafetyPlanModule } from '../safety-plan/safety-plan.module';
import { CheckinsController } from './checkins.controller';
import { CheckinsRepository } from './checkins.repository';
import { CheckinsService } from './checkins.service';
import { OverviewPlanPhaseService } from './overview-plan-phase.service';
import { OverviewService } from './overview.service';
import { SharedCheckinsService } from './shared-checkins.service';

@Module({
  imports: [HomeworkModule, QuestionnairesModule, SafetyPlanModule],
  controllers: [CheckinsController],
  providers: [
    CheckinsService,
    SharedCheckinsService,
    OverviewService,
    CheckinsRepository,
    OverviewPlanPhaseService,
  ],
  exports: [CheckinsRepository],
})
export class CheckinsModule {}
