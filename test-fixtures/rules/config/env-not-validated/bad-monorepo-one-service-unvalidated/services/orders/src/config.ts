import { z } from 'zod';

const shape = z.object({
  ORDERS_DATABASE_URL: z.string().url(),
  ORDERS_PAGE_SIZE: z.coerce.number().int().positive(),
});

export const config = shape.parse(process.env);
