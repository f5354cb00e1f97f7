import express from 'express';
import rateLimit from 'express-rate-limit';
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
    signUp(email: String!, password: String!): String
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
    // a sign-up hashes a new password and checks none: repeating it under aliases guesses nothing
    signUp: async (_root: unknown, { email, password }: { email: string; password: string }) => {
      const user = await db.user.create({ data: { email, passwordHash: await bcrypt.hash(password, 12) } });
      return jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '15m' });
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
const app = express();
// counts HTTP requests: one query with 500 aliased signIn fields is one request
app.use('/graphql', rateLimit({ windowMs: 60_000, limit: 30 }), express.json(), expressMiddleware(server));
app.listen(4000);
