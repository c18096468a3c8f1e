import { Module } from '@nestjs/common';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { MyHomeworkController } from './my-homework.controller';
import { MyHomeworkService } from './my-homework.service';
import { SharedResponsesService } from './shared-responses.service';

@Module({
  controllers: [AssignmentsController, MyHomeworkController],
  providers: [AssignmentsService, MyHomeworkService, SharedResponsesService],
})
export class HomeworkModule {}
