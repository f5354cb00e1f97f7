import { createSchema, createYoga } from 'graphql-yoga';

const products = [{ id: '1', name: 'Lamp' }];

// the Yoga server the route handler below serves
export const shopYoga = createYoga({ // expect: graphql/introspection-enabled[note], graphql/no-depth-limit, headers/helmet-missing, ratelimit/missing, api/compression-missing
  schema: createSchema({
    typeDefs: /* GraphQL */ `type Product { id: ID!, name: String! } type Query { products: [Product!]! }`,
    resolvers: { Query: { products: () => products } },
  }),
  graphqlEndpoint: '/api/shop-graphql',
});
