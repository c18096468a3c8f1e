import { Inject, Injectable } from '@nestjs/common';
import type { OutboxMail } from '@oefenruimte/shared';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { BackgroundWork } from '../common/background/background-work';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

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
    const [row] = await manager.query(
      'INSERT INTO outbox_mails (to_address, subject, text, headers) VALUES ($1, $2, $3, $4) RETURNING id',
      [to, subject, text, headers ?? null],
    );
    const transport = this.transport;
    if (!transport) {
      if (this.outboxVisible && this.config.nodeEnv !== 'test') this.announce(to, subject);
      return;
    }
    this.background.run('mail.deliver', async () => {
      await transport.sendMail({ from: this.config.mailFrom, to, subject, text, headers });
      await this.dataSource.query('UPDATE outbox_mails SET sent_at = now() WHERE id = $1', [
        row.id,
      ]);
    });
  }

  /** The demo mailbox: mail to the seeded demo accounts, and nothing else. */
  async outbox(): Promise<OutboxMail[]> {
    const rows: {
      id: string;
      to_address: string;
      subject: string;
      text: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT m.id, m.to_address, m.subject, m.text, m.created_at FROM outbox_mails m
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.email = m.to_address AND u.is_demo AND u.deleted_at IS NULL)
        ORDER BY m.created_at DESC LIMIT 50`,
    );
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
      const [demo] = await this.dataSource.query(
        'SELECT 1 FROM users WHERE email = $1 AND is_demo AND deleted_at IS NULL',
        [to],
      );
      if (!demo) return;
      process.stdout.write(
        `  ✉  Mail for ${to}: "${subject}" — read it at ${this.config.publicUrl}/demo/postvak\n`,
      );
    });
  }
}
