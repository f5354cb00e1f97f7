import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { prisma } from '../db';
import { config } from '../config';
import type { Context } from '../context';

const SignIn = z.object({ email: z.string().email().max(254), password: z.string().min(8).max(128) });

export const memberResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Context) => (ctx.user ? prisma.member.findUnique({ where: { id: ctx.user.id } }) : null),
  },
  Mutation: {
    signIn: async (_: unknown, args: { email: string; password: string }) => {
      const { email, password } = SignIn.parse(args);
      const member = await prisma.member.findUnique({ where: { email } });
      if (!member || !(await bcrypt.compare(password, member.passwordHash))) {
        throw new GraphQLError('Invalid email or password', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      return jwt.sign({ sub: member.id, role: member.role }, config.JWT_SECRET, { expiresIn: '15m' });
    },
  },
};
