import bcrypt from 'bcrypt';
import { users, notes } from './store';

export const resolvers = {
  Query: { notes: () => notes.list() },
  Mutation: {
    login: async (_: unknown, { email, password }: { email: string; password: string }) => {
      const u = await users.byEmail(email);
      return u && (await bcrypt.compare(password, u.hash)) ? users.issueToken(u) : null;
    },
    addNote: (_: unknown, { text }: { text: string }, ctx: { user: { id: string } }) => notes.add(ctx.user.id, text),
  },
};
