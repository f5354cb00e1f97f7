import { GraphQLError } from 'graphql';
import { prisma } from '../db';
import type { Context } from '../context';

type ReviewInput = { bookId: string; rating: number; body: string };

export const bookResolvers = {
  Query: {
    books: (_: unknown, { first }: { first?: number }) => prisma.book.findMany({ take: Math.min(first ?? 20, 100) }),
    book: (_: unknown, { id }: { id: string }) => prisma.book.findUnique({ where: { id } }),
  },
  Mutation: {
    addBook: async (_: unknown, args: { input: { title: string; author: string } }, ctx: Context) => { // expect: graphql/unvalidated-input
      if (!ctx.user) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
      return prisma.book.create({ data: args.input });
    },
    addReview: async (_: unknown, { input }: { input: ReviewInput }, ctx: Context) => { // expect: graphql/unvalidated-input
      if (!ctx.user) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
      return prisma.review.create({ data: { ...input, memberId: ctx.user.id } });
    },
    deleteReview: async (_: unknown, { id }: { id: string }) => { // expect: graphql/unauthenticated-mutation
      await prisma.review.delete({ where: { id } });
      return true;
    },
  },
};
