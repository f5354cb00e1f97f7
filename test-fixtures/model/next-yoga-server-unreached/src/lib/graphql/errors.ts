import { GraphQLError } from 'graphql';

export function notAllowed(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
