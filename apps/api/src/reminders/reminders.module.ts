import { Module } from '@nestjs/common';
import { loadEncryptionKey, SecretBox } from '../common/encryption/secret-box';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PushSender } from './push-sender';
import { ReminderDelivery } from './reminder-delivery.service';
import { ReminderScheduler } from './reminder-scheduler';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderSuggestionsRepository } from './reminder-suggestions.repository';
import { RemindersController } from './reminders.controller';
import { RemindersRepository } from './reminders.repository';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-token';

@Module({
  controllers: [RemindersController, UnsubscribeController],
  providers: [
    {
      provide: SecretBox,
      useFactory: (config: AppConfig) => new SecretBox(loadEncryptionKey(config)),
      inject: [APP_CONFIG],
    },
    {
      provide: UnsubscribeTokens,
      useFactory: (config: AppConfig) => new UnsubscribeTokens(loadEncryptionKey(config)),
      inject: [APP_CONFIG],
    },
    RemindersRepository,
    ReminderSuggestionsRepository,
    PushSender,
    ReminderDelivery,
    ReminderScheduler,
    ReminderSettingsService,
  ],
  exports: [RemindersRepository, ReminderSuggestionsRepository, ReminderScheduler],
})
export class RemindersModule {}
