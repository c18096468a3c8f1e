export * from './help';
export * from './errors';
export * from './health';
export * from './locales';
export * from './identity';
export * from './content';
export * from './homework';
export * from './checkins';
