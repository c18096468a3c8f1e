import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutboxMail } from '@oefenruimte/shared';
import { Public } from '../common/auth/public.decorator';
import { CodedHttpException } from '../common/errors/api-error';
import { MailService } from './mail.service';

/**
 * The demo mailbox: in demo mode without a mail server, shows the mail sent to the seeded demo
 * accounts (whose passwords are published anyway). Mail to anyone else is never shown here.
 */
@ApiTags('demo')
@Controller('demo/outbox')
export class DemoOutboxController {
  constructor(private readonly mail: MailService) {}

  @Public()
  @Get()
  list(): Promise<OutboxMail[]> {
    if (!this.mail.outboxVisible) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return this.mail.outbox();
  }
}
