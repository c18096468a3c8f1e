import { Module } from '@nestjs/common';
import { CheckinsModule } from '../checkins/checkins.module';
import { IdentityModule } from '../identity/identity.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { RemindersModule } from '../reminders/reminders.module';
import { SafetyPlanModule } from '../safety-plan/safety-plan.module';
import { ClientDataRegistry } from './client-data.registry';
import { ClientDataRepository } from './client-data.repository';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [
    IdentityModule,
    CheckinsModule,
    SafetyPlanModule,
    RemindersModule,
    QuestionnairesModule,
  ],
  controllers: [PrivacyController],
  providers: [PrivacyService, ClientDataRegistry, ClientDataRepository],
  exports: [ClientDataRegistry],
})
export class PrivacyModule {}
