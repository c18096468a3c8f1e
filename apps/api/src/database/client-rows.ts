import type { EntityManager } from 'typeorm';

/**
 * Erases the client's rows from tables that name them by `practice_id` and `client_id`, in the
 * order given (children first). The table names are the repositories' own constants, never input.
 */
export async function eraseClientRows(
  manager: EntityManager,
  tables: readonly string[],
  practiceId: string,
  clientId: string,
): Promise<void> {
  for (const table of tables) {
    await manager.query(`DELETE FROM ${table} WHERE practice_id = $1 AND client_id = $2`, [
      practiceId,
      clientId,
    ]);
  }
}
