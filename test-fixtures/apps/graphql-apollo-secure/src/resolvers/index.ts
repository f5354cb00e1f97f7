import { bookResolvers } from './books';
import { memberResolvers } from './members';

export const resolvers = {
  Query: { ...bookResolvers.Query, ...memberResolvers.Query },
  Mutation: { ...bookResolvers.Mutation, ...memberResolvers.Mutation },
};
