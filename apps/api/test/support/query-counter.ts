import type { DataSource, Logger } from 'typeorm';

/**
 * Counts the SQL statements the app sends while `fn` runs, by wrapping TypeORM's logger
 * (every query passes through `logQuery`). Transaction control statements are not counted.
 */
export async function countQueries<T>(
  dataSource: DataSource,
  fn: () => Promise<T>,
): Promise<{ result: T; queries: string[] }> {
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: Logger = {
    logQuery: (query, parameters, runner) => {
      if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())) queries.push(query);
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  dataSource.logger = counting;
  try {
    return { result: await fn(), queries };
  } finally {
    dataSource.logger = original;
  }
}
