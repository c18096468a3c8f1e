/**
 * Every entity of the app, in one list: the data source, the migration check and the
 * integration tests all use it, so an entity cannot be forgotten in one of them.
 */
export const ENTITIES: Array<new () => object> = [];
