import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  DETAILED_BODY,
  LOCK_SCREEN_BODY,
  LOCK_SCREEN_TITLE,
  type ReminderKind,
} from '@oefenruimte/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { PushSender } from './push-sender';
import { type DeviceRow, type DueRow, RemindersRepository } from './reminders.repository';
import { UnsubscribeTokens } from './unsubscribe-token';

export const PUSH_RETRY_JOB = 'reminders.push-retry';

const MAIL_TEXT: Readonly<Record<ReminderKind, { subject: string; text: string }>> = {
  checkin: {
    subject: 'Een herinnering van Oefenruimte',
    text: 'Hoi,\n\nAls je wilt, kun je even stilstaan bij hoe het vandaag gaat. Het mag kort, en het mag ook een andere keer.',
  },
  homework: {
    subject: 'Een herinnering van Oefenruimte',
    text: 'Hoi,\n\nEr staat een oefening voor je klaar in Oefenruimte, wanneer het je uitkomt.',
  },
  agreement: {
    subject: 'Een herinnering van Oefenruimte',
    text: 'Hoi,\n\nAls je wilt, kun je even terugdenken aan wat jullie samen hebben afgesproken.',
  },
};

/**
 * Sends one occurrence to the client's devices and/or mailbox and records the outcome per
 * device. What is pushed holds no client data: a lock screen shows "Oefenruimte: je hebt een
 * herinnering" unless the client chose to see what it is about. A push service that says the
 * subscription is gone (404/410) removes it; 429/5xx are retried by a job with backoff.
 */
@Injectable()
export class ReminderDelivery implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly repository: RemindersRepository,
    private readonly push: PushSender,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    private readonly tokens: UnsubscribeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define(PUSH_RETRY_JOB, {
      retryLimit: 4,
      retryDelaySeconds: 60,
      handle: async (data) => {
        const { practiceId, clientId, deviceId, kind, showDetails, occurrenceId } = data as {
          practiceId: string;
          clientId: string;
          deviceId: string;
          kind: ReminderKind | 'test';
          showDetails: boolean;
          occurrenceId: string | null;
        };
        const device = await this.repository.device(practiceId, deviceId);
        if (!device) return;
        const outcome = await this.pushTo(
          practiceId,
          clientId,
          device,
          kind,
          showDetails,
          occurrenceId,
          false,
        );
        // Throwing hands the job back to pg-boss, which tries again later (with backoff).
        if (outcome === 'retrying') throw new Error('push service asked to retry');
      },
    });
  }

  /** The payload a service worker shows; by default nothing about the client or the module. */
  payload(kind: ReminderKind | 'test', showDetails: boolean): object {
    return {
      title: LOCK_SCREEN_TITLE,
      body: showDetails && kind !== 'test' ? DETAILED_BODY[kind] : LOCK_SCREEN_BODY,
      url: '/',
      tag: 'oefenruimte-herinnering',
    };
  }

  async deliver(due: DueRow, occurrenceId: string): Promise<void> {
    if (due.channel === 'push' || due.channel === 'both') {
      for (const device of await this.repository.devices(due.practice_id, due.client_id))
        await this.pushTo(
          due.practice_id,
          due.client_id,
          device,
          due.kind,
          due.show_details,
          occurrenceId,
          true,
        );
    }
    if (due.channel === 'email' || due.channel === 'both') {
      await this.mailTo(due.practice_id, due.client_id, due.email, due.id, due.kind, occurrenceId);
    }
  }

  vapidPublicKey(): Promise<string> {
    return this.push.publicKey();
  }

  /** "Test sturen": one push to one device, recorded like a reminder. */
  async test(practiceId: string, clientId: string, device: DeviceRow): Promise<string> {
    return this.pushTo(practiceId, clientId, device, 'test', false, null, true);
  }

  private async pushTo(
    practiceId: string,
    clientId: string,
    device: DeviceRow,
    kind: ReminderKind | 'test',
    showDetails: boolean,
    occurrenceId: string | null,
    mayQueueRetry: boolean,
  ): Promise<'sent' | 'failed' | 'retrying' | 'removed'> {
    const result = await this.push.send(device, this.payload(kind, showDetails));
    let outcome: 'sent' | 'failed' | 'retrying' | 'removed';
    if (result === 'sent') {
      outcome = 'sent';
      await this.repository.markDevice(practiceId, device.id, 'success');
    } else if (result === 'gone') {
      outcome = 'removed';
      await this.repository.removeDevice(practiceId, clientId, device.id);
    } else {
      await this.repository.markDevice(practiceId, device.id, 'failure');
      const queued =
        result === 'retry' &&
        mayQueueRetry &&
        (await this.jobs.send(
          PUSH_RETRY_JOB,
          { practiceId, clientId, deviceId: device.id, kind, showDetails, occurrenceId },
          30,
        ));
      outcome = result === 'retry' && (queued || !mayQueueRetry) ? 'retrying' : 'failed';
    }
    await this.repository.recordDelivery(practiceId, clientId, {
      occurrenceId,
      kind,
      channel: 'push',
      // A removed device is gone from the table; the history keeps its name.
      device: { id: outcome === 'removed' ? null : device.id, label: device.label },
      outcome,
    });
    if (outcome !== 'sent') this.logger.warn({ kind, outcome, msg: 'push not delivered' });
    return outcome;
  }

  private async mailTo(
    practiceId: string,
    clientId: string,
    email: string,
    reminderId: string,
    kind: ReminderKind,
    occurrenceId: string,
  ): Promise<void> {
    const token = this.tokens.sign(practiceId, reminderId);
    const link = `${this.config.publicUrl}/api/reminders/unsubscribe/${token}`;
    const { subject, text } = MAIL_TEXT[kind];
    await this.mail.send(
      email,
      subject,
      `${text}\n\nWil je deze herinnering niet meer krijgen? Zet hem hier uit (zonder in te loggen):\n${link}\n\nJe kunt herinneringen ook aanpassen in Oefenruimte, bij Instellingen.\n\nHulp nodig? Bel 113 (0800-0113) of in nood 112.`,
      undefined,
      {
        'List-Unsubscribe': `<${link}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    );
    await this.repository.recordDelivery(practiceId, clientId, {
      occurrenceId,
      kind,
      channel: 'email',
      device: null,
      outcome: 'sent',
    });
  }
}
