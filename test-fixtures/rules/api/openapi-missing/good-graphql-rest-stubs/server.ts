import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';

const typeDefs = `type Query { shelves: [String!]! }`;
const resolvers = { Query: { shelves: () => ['fiction'] } };

async function main() {
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  // a development helper beside the schema, not an API of its own
  app.post('/seed', (req, res) => {
    if (process.env.NODE_ENV === 'production') return res.sendStatus(404);
    res.json({ seeded: true });
  });
  app.listen(4000);
}

main();
