import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { JobRunner } from './job-runner';

/** The home of every background job; see job-runner.ts. */
@Global()
@Module({ providers: [JobRunner, Clock], exports: [JobRunner, Clock] })
export class JobsModule {}
