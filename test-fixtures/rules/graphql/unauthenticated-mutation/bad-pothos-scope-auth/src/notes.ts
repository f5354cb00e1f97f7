import bcrypt from 'bcryptjs';
import { builder, db } from './builder';

builder.queryField('notes', (t) =>
  t.stringList({
    resolve: async () => (await db.note.findMany({ take: 20 })).map((n) => n.body),
  }),
);

builder.mutationField('signIn', (t) =>
  t.string({
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args) => {
      const user = await db.user.findUnique({ where: { email: args.email } });
      if (!user || !(await bcrypt.compare(args.password, user.hash))) throw new Error('Invalid credentials');
      return user.id;
    },
  }),
);

builder.mutationFields((t) => ({
  addNote: t.boolean({
    authScopes: { signedIn: true },
    args: { body: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await db.note.create({ data: { body: args.body, ownerId: ctx.viewerId! } });
      return true;
    },
  }),
  archiveNote: t.withAuth({ signedIn: true }).boolean({
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args) => {
      await db.note.update({ where: { id: String(args.id) }, data: { archived: true } });
      return true;
    },
  }),
  purgeNote: t.boolean({ // expect: graphql/unauthenticated-mutation
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args) => {
      await db.note.delete({ where: { id: String(args.id) } });
      return true;
    },
  }),
}));
