import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { GraphQLError } from 'graphql';
import { prisma } from '../db';
import type { Context } from '../context';

export const memberResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Context) => (ctx.user ? prisma.member.findUnique({ where: { id: ctx.user.id } }) : null),
  },
  Mutation: {
    signIn: async (_: unknown, { email, password }: { email: string; password: string }) => { // expect: ratelimit/auth-routes, graphql/batching-unbounded
      const member = await prisma.member.findUnique({ where: { email } });
      if (!member || !(await bcrypt.compare(password, member.passwordHash))) {
        throw new GraphQLError('Invalid email or password', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      return jwt.sign({ sub: member.id, role: member.role }, process.env.JWT_SECRET as string, { expiresIn: '15m' });
    },
  },
};
