import type { MigrationInterface } from 'typeorm';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [];
