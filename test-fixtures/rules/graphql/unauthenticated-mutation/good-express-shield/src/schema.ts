export const typeDefs = /* GraphQL */ `
  type Query { notes: [String!]! }
  type Mutation {
    login(email: String!, password: String!): String
    addNote(text: String!): String
  }
`;
