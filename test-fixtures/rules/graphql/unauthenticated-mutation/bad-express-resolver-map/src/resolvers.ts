import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { GraphQLError } from 'graphql';
import { db } from './db';

type Ctx = { user: { sub: string } | null };

export const resolvers = {
  Query: {
    posts: () => db.post.findMany({ take: 50 }),
  },
  Mutation: {
    login: async (_: unknown, { email, password }: { email: string; password: string }) => {
      const user = await db.user.findUnique({ where: { email } });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new GraphQLError('Invalid credentials');
      return jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '15m' });
    },
    createPost: async (_: unknown, { title }: { title: string }, ctx: Ctx) => {
      if (!ctx.user) throw new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } });
      return db.post.create({ data: { title, authorId: ctx.user.sub } });
    },
    deletePost: async (_: unknown, { id }: { id: string }) => { // expect: graphql/unauthenticated-mutation
      await db.post.delete({ where: { id } });
      return true;
    },
  },
};
