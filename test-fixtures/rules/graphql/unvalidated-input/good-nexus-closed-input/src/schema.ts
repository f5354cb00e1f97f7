import { makeSchema, mutationType, inputObjectType, nonNull, arg, stringArg } from 'nexus';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();

const StockMove = inputObjectType({
  name: 'StockMove',
  definition(t) {
    t.nonNull.id('itemId');
    t.nonNull.int('delta');
    t.boolean('urgent');
  },
});

const ItemInput = inputObjectType({
  name: 'ItemInput',
  definition(t) {
    t.nonNull.string('label');
    t.string('notes');
  },
});

const ItemSchema = z.object({ label: z.string().min(1).max(120), notes: z.string().max(2000).optional() });

const Mutation = mutationType({
  definition(t) {
    t.boolean('moveStock', {
      args: { move: nonNull(arg({ type: StockMove })) },
      async resolve(_root, { move }) {
        await db.item.update({ where: { id: move.itemId }, data: { stock: { increment: move.delta } } });
        return true;
      },
    });
    t.boolean('addItem', {
      args: { item: nonNull(arg({ type: 'ItemInput' })) },
      async resolve(_root, args) {
        const item = ItemSchema.parse(args.item);
        await db.item.create({ data: item });
        return true;
      },
    });
    t.boolean('tagItem', {
      args: { id: nonNull(stringArg()), tag: nonNull(stringArg()) },
      async resolve(_root, { id, tag }) {
        await db.tag.create({ data: { itemId: id, tag } });
        return true;
      },
    });
  },
});

export const schema = makeSchema({ types: [Mutation, StockMove, ItemInput] });
