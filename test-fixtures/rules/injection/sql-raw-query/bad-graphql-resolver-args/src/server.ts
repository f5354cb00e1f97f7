import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { PrismaClient } from '@prisma/client';
import { findMembers } from './members';

const prisma = new PrismaClient();

const typeDefs = `#graphql
  type Member { id: ID! name: String! }
  type Query { members(search: String!): [Member!]! member(id: ID!): Member }
`;

const resolvers = {
  Query: {
    members: (_: unknown, args: { search: string }) => findMembers(prisma, args.search),
    member: (_: unknown, { id }: { id: string }) => prisma.$queryRaw`SELECT id, name FROM members WHERE id = ${id}`,
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
await startStandaloneServer(server, { listen: { port: 4000 } });
