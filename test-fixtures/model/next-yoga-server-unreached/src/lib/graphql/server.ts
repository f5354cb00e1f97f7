import { createSchema, createYoga } from 'graphql-yoga';
import { resolvers } from './resolvers';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query { note(id: ID!): String }
    type Mutation { saveNote(id: ID!, text: String!): String }
  `,
  resolvers,
});

// a Yoga server no route handler imports: the admin app never serves it
export const yoga = createYoga({
  schema,
  graphqlEndpoint: '/api/graphql',
  context: ({ request }) => ({ userId: request.headers.get('x-user-id') }),
});
