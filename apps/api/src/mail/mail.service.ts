import { Inject, Injectable } from '@nestjs/common';
import type { OutboxMail } from '@oefenruimte/shared';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { BackgroundWork } from '../common/background/background-work';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OutboxRepository } from './outbox.repository';

/**
 * All mail goes through here. Every message is kept in the outbox table first; with SMTP
 * configured it is then delivered in the background (an answer never waits for, or tells
 * anything by, a mail server). Without SMTP it stays in the table: nothing serves it over
 * HTTP, except in demo mode the mail to the seeded demo accounts.
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outboxMails: OutboxRepository,
    private readonly background: BackgroundWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  /** Whether the demo mailbox exists: demo mode only, never with real mail or in production. */
  get outboxVisible(): boolean {
    return (
      this.config.mode === 'demo' &&
      this.transport === undefined &&
      this.config.nodeEnv !== 'production'
    );
  }

  async send(
    to: string,
    subject: string,
    text: string,
    manager: EntityManager = this.dataSource.manager,
    headers?: Readonly<Record<string, string>>,
  ): Promise<void> {
    const id = await this.outboxMails.insert(manager, {
      to,
      subject,
      text,
      headers: headers ?? null,
    });
    const transport = this.transport;
    if (!transport) {
      if (this.outboxVisible && this.config.nodeEnv !== 'test') this.announce(to, subject);
      return;
    }
    this.background.run('mail.deliver', async () => {
      await transport.sendMail({ from: this.config.mailFrom, to, subject, text, headers });
      await this.outboxMails.markSent(this.dataSource.manager, id);
    });
  }

  /** The demo mailbox: mail to the seeded demo accounts, and nothing else. */
  async outbox(): Promise<OutboxMail[]> {
    const rows = await this.outboxMails.toDemoAccounts(this.dataSource.manager);
    return rows.map((row) => ({
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      text: row.text,
      createdAt: row.created_at.toISOString(),
    }));
  }

  /** A person running the demo sees that mail "arrived" for a demo account; never a link or token. */
  private announce(to: string, subject: string): void {
    this.background.run('mail.announce', async () => {
      if (!(await this.outboxMails.isDemoAddress(this.dataSource.manager, to))) return;
      process.stdout.write(
        `  ✉  Mail for ${to}: "${subject}" — read it at ${this.config.publicUrl}/demo/postvak\n`,
      );
    });
  }
}
