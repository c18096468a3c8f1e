import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The token in a reminder mail's unsubscribe link: the practice and reminder it switches off,
 * signed with a key of its own (derived from the encryption key). It names one reminder and
 * the only thing its route does is switch that reminder off: it opens nothing else.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(encryptionKey: Buffer) {
    this.key = Buffer.from(
      hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'oefenruimte reminder unsubscribe', 32),
    );
  }

  private mac(practiceId: string, reminderId: string): Buffer {
    return createHmac('sha256', this.key)
      .update(`unsubscribe:${practiceId}:${reminderId}`)
      .digest();
  }

  /** The path after /api/reminders/unsubscribe/: practice, reminder, signature. */
  sign(practiceId: string, reminderId: string): string {
    return `${practiceId}/${reminderId}/${this.mac(practiceId, reminderId).toString('base64url')}`;
  }

  verify(
    practiceId: string,
    reminderId: string,
    mac: string,
  ): { practiceId: string; reminderId: string } | null {
    if (!UUID.test(practiceId) || !UUID.test(reminderId)) return null;
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(practiceId, reminderId);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { practiceId, reminderId };
  }
}
