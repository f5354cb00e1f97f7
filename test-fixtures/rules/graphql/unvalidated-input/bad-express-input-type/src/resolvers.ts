import { posts } from './store';

export const resolvers = {
  Query: {
    post: (_: unknown, { id }: { id: string }) => posts.byId(id),
    posts: (_: unknown, args: { order?: string; first?: number }) => posts.list(args.order, Math.min(args.first ?? 20, 100)),
  },
  Mutation: {
    createPost: (_: unknown, args: { input: { title: string; body: string } }) => posts.create(args.input), // expect: graphql/unvalidated-input
  },
};
