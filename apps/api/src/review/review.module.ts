import { Module } from '@nestjs/common';
import { HomeworkModule } from '../homework/homework.module';
import { LibraryModule } from '../library/library.module';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

@Module({
  imports: [HomeworkModule, LibraryModule],
  controllers: [ReviewController],
  providers: [ReviewService, ReviewRepository],
  exports: [ReviewRepository],
})
export class ReviewModule {}
