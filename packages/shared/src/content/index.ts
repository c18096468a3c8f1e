export * from './rich-text';
export * from './module-schema';
export * from './answer-schema';
export * from './self-test';
export * from './modules';
