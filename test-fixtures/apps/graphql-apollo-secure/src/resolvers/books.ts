import { z } from 'zod';
import { prisma } from '../db';
import type { Context } from '../context';
import { requireUser } from './guard';

const BookInput = z.object({ title: z.string().min(1).max(200), author: z.string().min(1).max(120) });
const ReviewInput = z.object({ bookId: z.string().uuid(), rating: z.number().int().min(1).max(5), body: z.string().max(5000) });

export const bookResolvers = {
  Query: {
    books: (_: unknown, { first }: { first?: number }) => prisma.book.findMany({ take: Math.min(first ?? 20, 100) }),
    book: (_: unknown, { id }: { id: string }) => prisma.book.findUnique({ where: { id } }),
  },
  Mutation: {
    addBook: async (_: unknown, args: { input: unknown }, ctx: Context) => {
      requireUser(ctx);
      return prisma.book.create({ data: BookInput.parse(args.input) });
    },
    addReview: async (_: unknown, args: { input: unknown }, ctx: Context) => {
      const user = requireUser(ctx);
      const input = ReviewInput.parse(args.input);
      return prisma.review.create({ data: { ...input, memberId: user.id } });
    },
    deleteReview: async (_: unknown, { id }: { id: string }, ctx: Context) => {
      const user = requireUser(ctx);
      const { count } = await prisma.review.deleteMany({ where: { id, memberId: user.id } });
      return count === 1;
    },
  },
};
