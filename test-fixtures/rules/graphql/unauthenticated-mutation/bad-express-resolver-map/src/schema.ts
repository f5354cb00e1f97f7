export const typeDefs = `#graphql
  type Post { id: ID! title: String! }
  type Query { posts: [Post!]! }
  type Mutation {
    login(email: String!, password: String!): String
    createPost(title: String!): Post
    deletePost(id: ID!): Boolean
  }
`;
