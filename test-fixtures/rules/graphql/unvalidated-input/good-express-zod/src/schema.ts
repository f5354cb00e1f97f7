import gql from 'graphql-tag';

export const typeDefs = gql`
  type Post { id: ID! title: String! body: String! }
  input CreatePostInput { title: String! body: String! }
  enum Order { NEWEST OLDEST }
  type Query {
    post(id: ID!): Post
    posts(order: Order, first: Int): [Post!]!
  }
  type Mutation {
    createPost(input: CreatePostInput!): Post
  }
`;
