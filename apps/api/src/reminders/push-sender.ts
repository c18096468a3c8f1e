import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import webpush from 'web-push';
import { SecretBox } from '../common/encryption/secret-box';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RemindersRepository } from './reminders.repository';

/** What a push service said: delivered, gone for good (404/410), or try again later. */
export type PushResult = 'sent' | 'gone' | 'retry' | 'failed';

const VAPID_CONTEXT = 'vapid-keys';

/**
 * Web Push with our VAPID key pair, made on first start and kept in the database (private
 * half sealed with the encryption key), so every process signs with the same keys. The
 * payload is encrypted for the subscription (aes128gcm, RFC 8291); we send the request
 * ourselves so the push service's answer is ours to read.
 */
@Injectable()
export class PushSender implements OnModuleInit {
  private keys: { publicKey: string; privateKey: string } | undefined;

  constructor(
    private readonly repository: RemindersRepository,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    try {
      await this.vapidKeys();
    } catch {
      // Keys sealed with another encryption key: the API still starts; push stays off (and each
      // delivery is recorded as failed) until the key matches again. E-mail is not affected.
      new Logger('PushSender').warn(
        'the stored VAPID keys cannot be opened with this ENCRYPTION_KEY; push reminders are off',
      );
    }
  }

  async publicKey(): Promise<string> {
    return (await this.vapidKeys()).publicKey;
  }

  private async vapidKeys(): Promise<{ publicKey: string; privateKey: string }> {
    if (this.keys) return this.keys;
    let row = await this.repository.vapidKeys();
    if (!row) {
      const made = webpush.generateVAPIDKeys();
      await this.repository.insertVapidKeys(
        made.publicKey,
        this.box.seal(made.privateKey, VAPID_CONTEXT),
      );
      row = (await this.repository.vapidKeys())!;
    }
    this.keys = {
      publicKey: row.public_key,
      privateKey: this.box.open(row.private_key_sealed, VAPID_CONTEXT),
    };
    return this.keys;
  }

  async send(
    subscription: { endpoint: string; p256dh: string; auth: string },
    payload: object,
  ): Promise<PushResult> {
    const keys = await this.vapidKeys();
    const details = webpush.generateRequestDetails(
      {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      JSON.stringify(payload),
      {
        vapidDetails: {
          subject: this.config.vapidSubject,
          publicKey: keys.publicKey,
          privateKey: keys.privateKey,
        },
        TTL: 4 * 3600,
        contentEncoding: 'aes128gcm',
        urgency: 'normal',
      },
    );
    let status: number;
    try {
      const response = await fetch(details.endpoint, {
        method: details.method,
        headers: details.headers as Record<string, string>,
        body: details.body ?? undefined,
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.body?.cancel();
    } catch {
      return 'retry'; // unreachable or timed out: the push service may be back soon
    }
    if (status >= 200 && status < 300) return 'sent';
    if (status === 404 || status === 410) return 'gone';
    if (status === 429 || status >= 500) return 'retry';
    return 'failed';
  }
}
