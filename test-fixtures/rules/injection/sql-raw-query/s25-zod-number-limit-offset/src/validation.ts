import { z } from 'zod';

export const listQuerySchema = z.object({
  page: z.string().optional().default('1').transform((v) => parseInt(v, 10)).pipe(z.number().int().min(1)),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  search: z.string().max(200).optional(),
  order: z.string().optional(),
});

export type ListQuery = z.infer<typeof listQuerySchema>;
