import { createServer } from 'node:http';
import { createYoga, createSchema } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import bcrypt from 'bcrypt';
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();

const schema = createSchema({
  typeDefs: `
    type Query { ping: String }
    type Mutation { signIn(email: String!, password: String!): Boolean }
  `,
  resolvers: {
    Query: { ping: () => 'pong' },
    Mutation: {
      signIn: async (_root: unknown, { email, password }: { email: string; password: string }) => {
        const user = await db.user.findUnique({ where: { email } });
        return !!user && (await bcrypt.compare(password, user.passwordHash));
      },
    },
  },
});

const yoga = createYoga({ schema, plugins: [EnvelopArmorPlugin({ maxAliases: { n: 5 } })] });
createServer(yoga).listen(4000);
