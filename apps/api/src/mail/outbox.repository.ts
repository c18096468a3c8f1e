import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A kept mail as the demo mailbox shows it. */
export interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  created_at: Date;
}

/** The SQL of `outbox_mails`, where every mail is kept before (or instead of) delivery. */
@Injectable()
export class OutboxRepository {
  /** Keeps the mail; its id. */
  async insert(
    manager: EntityManager,
    mail: {
      to: string;
      subject: string;
      text: string;
      headers: Readonly<Record<string, string>> | null;
    },
  ): Promise<string> {
    const [row] = await manager.query(
      'INSERT INTO outbox_mails (to_address, subject, text, headers) VALUES ($1, $2, $3, $4) RETURNING id',
      [mail.to, mail.subject, mail.text, mail.headers],
    );
    return row.id as string;
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE outbox_mails SET sent_at = now() WHERE id = $1', [id]);
  }

  /** The newest mail to the seeded demo accounts, and nothing else. */
  toDemoAccounts(manager: EntityManager): Promise<OutboxRow[]> {
    return manager.query(
      `SELECT m.id, m.to_address, m.subject, m.text, m.created_at FROM outbox_mails m
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.email = m.to_address AND u.is_demo AND u.deleted_at IS NULL)
        ORDER BY m.created_at DESC LIMIT 50`,
    );
  }

  /** This address belongs to a seeded demo account. */
  async isDemoAddress(manager: EntityManager, address: string): Promise<boolean> {
    const rows = await manager.query(
      'SELECT 1 FROM users WHERE email = $1 AND is_demo AND deleted_at IS NULL',
      [address],
    );
    return rows.length > 0;
  }
}
