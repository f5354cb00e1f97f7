const { buildSchema } = require('graphql');

module.exports = buildSchema(`
  type Account { id: ID! email: String! }
  type Query {
    account(id: ID!): Account
  }
  type Mutation {
    login(email: String!, password: String!): String
    changeEmail(email: String!): Account
    closeAccount(id: ID!): Boolean
  }
`);
