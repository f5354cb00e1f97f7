import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import * as v from 'valibot';
import { object, string, assert } from 'superstruct';

const t = initTRPC.create();
const orders = { find: async (id: string) => ({ id }), list: async (page: number) => [page], note: async (id: string, text: string) => [id, text] };

const OrderId = z.object({ id: z.string().uuid() });
const NoteStruct = object({ id: string(), text: string() });

export const orderRouter = t.router({
  // a zod schema defined beside the router
  byId: t.procedure.input(OrderId).query(({ input }) => orders.find(input.id)),
  // valibot
  list: t.procedure.input(v.object({ page: v.pipe(v.number(), v.integer(), v.minValue(1)) })).query(({ input }) => orders.list(input.page)),
  // a parser function
  count: t.procedure
    .input((raw: unknown) => {
      if (typeof raw !== 'number' || !Number.isInteger(raw)) throw new Error('expected an integer');
      return raw;
    })
    .query(({ input }) => orders.list(input)),
  // the resolver asserts the input itself
  note: t.procedure.mutation(({ input }) => {
    assert(input, NoteStruct);
    return orders.note(input.id, input.text);
  }),
  // reads no input at all
  recent: t.procedure.query(() => orders.list(1)),
  // a zod schema with limits
  stats: t.procedure.input(z.object({ from: z.coerce.date(), to: z.coerce.date() }).optional()).query(({ input }) => [input?.from, input?.to]),
});

export const appRouter = t.router({ order: orderRouter });
