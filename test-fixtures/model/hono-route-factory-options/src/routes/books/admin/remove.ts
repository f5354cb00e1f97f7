import { z } from '@hono/zod-openapi';
import { staffEndpoint } from '../../../lib/tiers';
import { books } from '../store';

export const removeBook = staffEndpoint({
  method: 'delete',
  path: '/{id}',
  params: { id: z.string().uuid() },
  handler: async (_c, params) => books.delete(String(params.id)),
});
