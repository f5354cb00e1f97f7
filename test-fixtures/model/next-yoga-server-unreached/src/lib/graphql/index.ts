export * from './errors';
export * from './resolvers';
export * from './server';
