const express = require('express');
const jwt = require('jsonwebtoken');
const { ApolloServer } = require('apollo-server-express');
const typeDefs = require('./schema');
const resolvers = require('./resolvers');
const schemaDirectives = require('./directives');

const server = new ApolloServer({
  typeDefs,
  resolvers,
  schemaDirectives,
  context: ({ req }) => {
    const token = (req.headers.authorization || '').replace('Bearer ', '');
    try {
      return { currentUser: token ? jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) : null };
    } catch {
      return { currentUser: null };
    }
  },
});
const app = express();
server.applyMiddleware({ app });
app.listen(4000);
