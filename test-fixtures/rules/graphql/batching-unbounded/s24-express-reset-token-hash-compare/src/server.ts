import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();

const typeDefs = `#graphql
  type Query { ping: String }
  type Mutation {
    signIn(email: String!, password: String!): String
    resetPassword(email: String!, resetToken: String!, newPassword: String!): Boolean
  }
`;

const resolvers = {
  Query: { ping: () => 'pong' },
  Mutation: {
    signIn: async (_root: unknown, { email, password }: { email: string; password: string }) => { // expect: graphql/batching-unbounded
      const user = await db.user.findUnique({ where: { email } });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new Error('Invalid credentials');
      return jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '15m' });
    },
    // the reset token is 32 random bytes the server mailed; only its hash is stored: aliases cannot guess it
    resetPassword: async (_root: unknown, { email, resetToken, newPassword }: { email: string; resetToken: string; newPassword: string }) => {
      const user = await db.user.findUnique({ where: { email } });
      if (!user?.resetTokenHash || !(await bcrypt.compare(resetToken, user.resetTokenHash))) throw new Error('Invalid or expired token');
      await db.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(newPassword, 12), resetTokenHash: null } });
      return true;
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(4000);
