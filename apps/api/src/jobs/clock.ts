import { Injectable } from '@nestjs/common';

/**
 * The time background jobs go by. One provider, so that tests set the time the scheduler sees
 * (replacing `now`) instead of waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
