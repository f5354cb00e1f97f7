export const TOKENS = {
  AuthFactory: Symbol.for('AuthFactory'),
  StoryStore: Symbol.for('StoryStore'),
} as const;
