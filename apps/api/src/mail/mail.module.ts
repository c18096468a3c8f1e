import { Global, Module } from '@nestjs/common';
import { DemoOutboxController } from './demo-outbox.controller';
import { MailService } from './mail.service';

@Global()
@Module({ controllers: [DemoOutboxController], providers: [MailService], exports: [MailService] })
export class MailModule {}
