const { gql } = require('apollo-server-express');

module.exports = gql`
  directive @isAuthenticated on FIELD_DEFINITION
  directive @hasPermission(permission: String) on FIELD_DEFINITION

  type Leave { id: ID! days: Int! state: Int! }
  type Query {
    leaves: [Leave] @isAuthenticated
  }
  type Mutation {
    login(email: String!, password: String!): String
    requestLeave(days: Int!): Leave
      @isAuthenticated
    approveLeave(id: ID!): Leave @hasPermission(permission: "LEAVE_APPROVE")
  }
`;
