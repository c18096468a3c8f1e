import Fastify, { type FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import type { DataSource, Logger } from 'typeorm';

/** One SQL statement as the app sent it, with its parameters. */
export interface Statement {
  readonly text: string;
  readonly parameters: readonly unknown[];
}

/**
 * Records the statements the app sends to PostgreSQL while `fn` runs (every statement passes
 * through TypeORM's logger, transaction control included), in order.
 */
export async function recordStatements(
  dataSource: DataSource,
  fn: () => Promise<unknown>,
): Promise<Statement[]> {
  const original = dataSource.logger;
  const statements: Statement[] = [];
  const recording: Logger = {
    logQuery: (query, parameters, runner) => {
      statements.push({ text: query, parameters: Array.isArray(parameters) ? parameters : [] });
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  dataSource.logger = recording;
  try {
    await fn();
  } finally {
    dataSource.logger = original;
  }
  return statements;
}

export interface BareRoute {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly statements: readonly Statement[];
  /** Parameters to give a fresh value on every request (an idempotency key), by their value. */
  readonly fresh?: readonly string[];
}

/**
 * The comparison the app is measured against: plain Fastify and pg, no Nest, no TypeORM, no
 * guards, running exactly the statements the app ran for one request of each route, in the
 * same order and on a pool of the same size. What the app costs beyond this is the framework.
 */
export async function startBareServer(
  databaseUrl: string,
  routes: readonly BareRoute[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const server: FastifyInstance = Fastify({ logger: false });
  let counter = 0;
  for (const route of routes) {
    server.route({
      method: route.method,
      url: route.path,
      handler: async () => {
        const client = await pool.connect();
        try {
          let rows: unknown[] = [];
          const suffix = `-${process.pid}-${++counter}`;
          for (const statement of route.statements) {
            const parameters = statement.parameters.map((value) =>
              typeof value === 'string' && route.fresh?.includes(value) ? value + suffix : value,
            );
            const result = await client.query(statement.text, parameters as unknown[]);
            if (result.rows.length > 0) rows = result.rows;
          }
          return rows;
        } finally {
          client.release();
        }
      },
    });
  }
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await server.close();
      await pool.end();
    },
  };
}
