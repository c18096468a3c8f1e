import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OutboxMail } from '@oefenruimte/shared';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * All mail goes through here. Every message is kept in the outbox table first; with SMTP
 * configured it is then sent, without it the local demo shows the outbox instead.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  /** Whether the demo outbox may be shown: never with real mail or in production. */
  get outboxVisible(): boolean {
    return this.transport === undefined && this.config.nodeEnv !== 'production';
  }

  async send(
    to: string,
    subject: string,
    text: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const [row] = await manager.query(
      'INSERT INTO outbox_mails (to_address, subject, text) VALUES ($1, $2, $3) RETURNING id',
      [to, subject, text],
    );
    if (!this.transport) {
      if (this.outboxVisible && this.config.nodeEnv !== 'test') {
        // A person running the demo sees that a mail "arrived" and where to read it; no link or token here.
        process.stdout.write(
          `  ✉  Mail for ${to}: "${subject}" — read it at ${this.config.publicUrl}/demo/postvak\n`,
        );
      }
      return;
    }
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to, subject, text });
      await this.dataSource.query('UPDATE outbox_mails SET sent_at = now() WHERE id = $1', [
        row.id,
      ]);
    } catch (error) {
      // The message stays in the outbox unsent; the person can ask for it again.
      this.logger.error({ err: error, mailId: row.id, msg: 'mail could not be sent' });
    }
  }

  async outbox(): Promise<OutboxMail[]> {
    const rows: {
      id: string;
      to_address: string;
      subject: string;
      text: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      'SELECT id, to_address, subject, text, created_at FROM outbox_mails ORDER BY created_at DESC LIMIT 50',
    );
    return rows.map((row) => ({
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      text: row.text,
      createdAt: row.created_at.toISOString(),
    }));
  }
}
