import { Module } from '@nestjs/common';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesRepository } from './questionnaires.repository';
import { QuestionnairesService } from './questionnaires.service';

@Module({
  controllers: [QuestionnairesController],
  providers: [QuestionnairesService, QuestionnairesRepository],
  exports: [QuestionnairesRepository],
})
export class QuestionnairesModule {}
