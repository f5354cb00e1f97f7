import { GraphQLError } from 'graphql';
import type { Context } from '../context';

/** The signed-in member, or an UNAUTHENTICATED error. */
export function requireUser(ctx: Context) {
  if (!ctx.user) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.user;
}
