import { z } from 'zod';

const FilterSchema = z.object({ field: z.enum(['title', 'tag', 'owner']), value: z.string().max(100) });

type Filter = { field?: string; value?: string; nested?: Filter; any?: Filter[] };

// a filter and its nested filters: parseFilter and normaliseFilter call each other
export function parseFilter(input: Filter): unknown {
  if (Array.isArray(input.any)) return input.any.map((f) => normaliseFilter(f));
  return normaliseFilter(input);
}

export function normaliseFilter(input: Filter): unknown {
  if (input.nested) return parseFilter(input.nested);
  return FilterSchema.parse(input);
}
