import { z } from '@hono/zod-openapi';
import { staffEndpoint } from '../../../lib/tiers';
import { books } from '../store';

const BookBody = z.object({ title: z.string().min(1).max(200) });

export const createBook = staffEndpoint({
  method: 'post',
  path: '/',
  body: BookBody,
  roles: ['editor'],
  handler: async (_c, _params, body) => {
    const id = crypto.randomUUID();
    books.set(id, body as { title: string });
    return { id };
  },
});
