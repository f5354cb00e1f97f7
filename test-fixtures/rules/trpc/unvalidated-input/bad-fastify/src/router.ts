import { initTRPC } from '@trpc/server';
import { z } from 'zod';

const t = initTRPC.create();

type SearchInput = { q: string; limit?: number };
const catalog = { search: async (q: string, limit: number) => [q, limit], byId: async (id: string) => ({ id }) };

export const catalogRouter = t.router({
  // a type assertion is not a check
  search: t.procedure.query(async (opts) => { // expect: trpc/unvalidated-input
    const { q, limit } = opts.input as SearchInput;
    return catalog.search(q, limit ?? 20);
  }),
  item: t.procedure.input(z.unknown()).query(({ input }) => catalog.byId((input as { id: string }).id)), // expect: trpc/unvalidated-input
  featured: t.procedure.query(() => catalog.search('featured', 10)),
});

export const appRouter = t.router({ catalog: catalogRouter });
