import { mutationField, nonNull, idArg, stringArg } from 'nexus';
import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcryptjs';

const db = new PrismaClient();
type Ctx = { userId: string | null };

export const login = mutationField('login', {
  type: 'String',
  args: { email: nonNull(stringArg()), password: nonNull(stringArg()) },
  async resolve(_root, { email, password }) {
    const user = await db.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.hash))) throw new Error('Invalid credentials');
    return user.id;
  },
});

// makeSchema lists its own plugins without fieldAuthorizePlugin(): Nexus then ignores authorize
export const dropTask = mutationField('dropTask', { // expect: graphql/unauthenticated-mutation
  type: 'Boolean',
  args: { id: nonNull(idArg()) },
  authorize: (_root, _args, ctx: Ctx) => ctx.userId !== null,
  async resolve(_root, { id }) {
    await db.task.delete({ where: { id } });
    return true;
  },
});
