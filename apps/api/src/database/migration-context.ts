/**
 * What a migration may need besides SQL: the key that seals second-factor secrets. Set by
 * `runMigrations` for the run; never stored in the database.
 */
let encryptionKey: Buffer | undefined;

export function setMigrationEncryptionKey(key: Buffer | undefined): void {
  encryptionKey = key;
}

export function migrationEncryptionKey(): Buffer | undefined {
  return encryptionKey;
}
