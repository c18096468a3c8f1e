import { Module } from '@nestjs/common';
import { LibraryModule } from '../library/library.module';
import { RemindersModule } from '../reminders/reminders.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { DraftsService } from './drafts.service';
import { MyHomeworkController } from './my-homework.controller';
import { MyHomeworkService } from './my-homework.service';
import { OwnHomework } from './own-homework';
import { ResponsesRepository } from './responses.repository';
import { SharedResponsesService } from './shared-responses.service';
import { SharingService } from './sharing.service';
import { SubmitService } from './submit.service';

@Module({
  imports: [LibraryModule, RemindersModule],
  controllers: [AssignmentsController, MyHomeworkController],
  providers: [
    AssignmentsRepository,
    ResponsesRepository,
    OwnHomework,
    AssignmentsService,
    MyHomeworkService,
    DraftsService,
    SubmitService,
    SharingService,
    SharedResponsesService,
  ],
  exports: [AssignmentsRepository, ResponsesRepository],
})
export class HomeworkModule {}
