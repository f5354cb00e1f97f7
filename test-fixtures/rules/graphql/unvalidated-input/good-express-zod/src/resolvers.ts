import { z } from 'zod';
import { posts } from './store';

const CreatePost = z.object({ title: z.string().min(1).max(200), body: z.string().max(20000) });

export const resolvers = {
  Query: {
    post: (_: unknown, { id }: { id: string }) => posts.byId(id),
    posts: (_: unknown, args: { order?: string; first?: number }) => posts.list(args.order, Math.min(args.first ?? 20, 100)),
  },
  Mutation: {
    createPost: (_: unknown, args: { input: unknown }) => {
      const input = CreatePost.parse(args.input);
      return posts.create(input);
    },
  },
};
