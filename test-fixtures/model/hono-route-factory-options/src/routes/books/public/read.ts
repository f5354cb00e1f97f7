import { z } from '@hono/zod-openapi';
import { openEndpoint } from '../../../lib/tiers';
import { slowDown } from '../../../middleware/limits';
import { books } from '../store';

export const readBook = openEndpoint({
  method: 'get',
  path: '/{id}',
  params: { id: z.string().uuid() },
  extra: { middlewares: [slowDown] },
  handler: async (_c, params) => books.get(String(params.id)) ?? null,
});
