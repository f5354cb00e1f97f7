import express from 'express';
import jwt from 'jsonwebtoken';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { Pool } from 'pg';

const pool = new Pool();

type Ctx = { tenant: string; user: { sub: string } | null; pool: Pool };

const typeDefs = `#graphql
  type Query {
    invoices: [String!]!
    myInvoices: [String!]!
  }
`;

const resolvers = {
  Query: {
    invoices: async (_root: unknown, _args: unknown, ctx: Ctx) => {
      const res = await ctx.pool.query(`SELECT ref FROM invoices WHERE tenant = '${ctx.tenant}'`); // expect: injection/sql-raw-query
      return res.rows.map((r) => r.ref);
    },
    myInvoices: async (_root: unknown, _args: unknown, ctx: Ctx) => {
      if (!ctx.user) throw new Error('Not signed in');
      const res = await ctx.pool.query(`SELECT ref FROM invoices WHERE owner = '${ctx.user.sub}'`);
      return res.rows.map((r) => r.ref);
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
await server.start();

const app = express();
app.use('/graphql', express.json(), expressMiddleware(server, {
  context: async ({ req }) => ({
    tenant: req.headers['x-tenant'] as string,
    user: req.headers.authorization ? (jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as { sub: string }) : null,
    pool,
  }),
}));
app.listen(4000);
