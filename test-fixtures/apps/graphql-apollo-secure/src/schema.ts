import gql from 'graphql-tag';

export const typeDefs = gql`
  type Member { id: ID! name: String! email: String! }
  type Book { id: ID! title: String! author: String! }
  type Review { id: ID! rating: Int! body: String! book: Book! }

  input ReviewInput { bookId: ID! rating: Int! body: String! }
  input BookInput { title: String! author: String! }

  type Query {
    books(first: Int): [Book!]!
    book(id: ID!): Book
    me: Member
  }

  type Mutation {
    signIn(email: String!, password: String!): String
    addBook(input: BookInput!): Book
    addReview(input: ReviewInput!): Review
    deleteReview(id: ID!): Boolean
  }
`;
