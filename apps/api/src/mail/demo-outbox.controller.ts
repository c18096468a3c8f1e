import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutboxMail } from '@oefenruimte/shared';
import { Public } from '../common/auth/public.decorator';
import { CodedHttpException } from '../common/errors/api-error';
import { MailService } from './mail.service';

/** The local demo's mailbox: lets a person follow invitation and reset links without a mail server. */
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
