import { allow, rule, shield } from 'graphql-shield';

const isAuthenticated = rule({ cache: 'contextual' })(async (_parent, _args, ctx) => ctx.user != null);

export const permissions = shield({
  Query: { '*': allow },
  Mutation: {
    login: allow,
    '*': isAuthenticated,
  },
});
