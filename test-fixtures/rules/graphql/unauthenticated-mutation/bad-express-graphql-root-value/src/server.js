const express = require('express');
const jwt = require('jsonwebtoken');
const { graphqlHTTP } = require('express-graphql');
const schema = require('./schema');
const root = require('./root');

const app = express();
app.use((req, _res, next) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    req.user = token ? jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) : null;
  } catch {
    req.user = null;
  }
  next();
});
app.use('/graphql', graphqlHTTP({ schema, rootValue: root }));
app.listen(4000);
