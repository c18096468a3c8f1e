import { Module } from '@nestjs/common';
import { CheckinsModule } from '../checkins/checkins.module';
import { HomeworkModule } from '../homework/homework.module';
import { IdentityModule } from '../identity/identity.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ReviewModule } from '../review/review.module';
import { SafetyPlanModule } from '../safety-plan/safety-plan.module';
import { ClientDataRegistry } from './client-data.registry';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [
    IdentityModule,
    CheckinsModule,
    HomeworkModule,
    ReviewModule,
    SafetyPlanModule,
    RemindersModule,
    QuestionnairesModule,
  ],
  controllers: [PrivacyController],
  providers: [PrivacyService, ClientDataRegistry],
  exports: [ClientDataRegistry],
})
export class PrivacyModule {}
