export const typeDefs = `#graphql
  type Query { books: [String!]! }
`;
export const resolvers = { Query: { books: () => ["Dune"] } };
