import { Global, Module } from '@nestjs/common';
import { BackgroundWork } from '../common/background/background-work';
import { DemoOutboxController } from './demo-outbox.controller';
import { MailService } from './mail.service';

@Global()
@Module({
  controllers: [DemoOutboxController],
  providers: [MailService, BackgroundWork],
  exports: [MailService, BackgroundWork],
})
export class MailModule {}
