import { extendType, mutationField, nonNull, stringArg, idArg, inputObjectType, arg } from 'nexus';
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();
type Ctx = { userId: string | null };

const signedIn = (_root: unknown, _args: unknown, ctx: Ctx) => ctx.userId !== null;

export const TaskRef = inputObjectType({
  name: 'TaskRef',
  definition(t) {
    t.nonNull.id('id');
    t.int('version');
  },
});

export const TaskMutations = extendType({
  type: 'Mutation',
  definition(t) {
    t.field('addTask', {
      type: 'Boolean',
      args: { title: nonNull(stringArg()) },
      authorize: signedIn,
      async resolve(_root, { title }, ctx: Ctx) {
        await db.task.create({ data: { title, ownerId: ctx.userId! } });
        return true;
      },
    });
    t.boolean('closeTask', {
      args: { ref: nonNull(arg({ type: 'TaskRef' })) },
      async resolve(_root, { ref }, ctx: Ctx) {
        if (!ctx.userId) throw new Error('Not signed in');
        await db.task.update({ where: { id: ref.id }, data: { done: true } });
        return true;
      },
    });
  },
});

export const dropTask = mutationField('dropTask', {
  type: 'Boolean',
  args: { id: nonNull(idArg()) },
  authorize: signedIn,
  async resolve(_root, { id }) {
    await db.task.delete({ where: { id } });
    return true;
  },
});
