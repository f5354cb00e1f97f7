import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { rooms, notes, login, logout } from './store';

// the schema is the API: ten operations
const typeDefs = `
  type Room { id: ID!, name: String! }
  type Note { id: ID!, text: String! }
  type Query { rooms: [Room!]!, room(id: ID!): Room, notes(roomId: ID!): [Note!]!, note(id: ID!): Note, me: String }
  type Mutation { createRoom(name: String!): Room!, renameRoom(id: ID!, name: String!): Room!, deleteRoom(id: ID!): Boolean!,
                  addNote(roomId: ID!, text: String!): Note!, deleteNote(id: ID!): Boolean! }
`;
const resolvers = {
  Query: {
    rooms: () => rooms.list(),
    room: (_: unknown, a: { id: string }) => rooms.get(a.id),
    notes: (_: unknown, a: { roomId: string }) => notes.list(a.roomId),
    note: (_: unknown, a: { id: string }) => notes.get(a.id),
    me: (_: unknown, __: unknown, ctx: { user?: string }) => ctx.user ?? null,
  },
  Mutation: {
    createRoom: (_: unknown, a: { name: string }) => rooms.create(a.name),
    renameRoom: (_: unknown, a: { id: string; name: string }) => rooms.rename(a.id, a.name),
    deleteRoom: (_: unknown, a: { id: string }) => rooms.remove(a.id),
    addNote: (_: unknown, a: { roomId: string; text: string }) => notes.add(a.roomId, a.text),
    deleteNote: (_: unknown, a: { id: string }) => notes.remove(a.id),
  },
};

async function main() {
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  const app = express();
  app.use(express.json());
  app.use('/graphql', expressMiddleware(apollo));
  // four REST stubs beside the schema: the session cookie and two counters for the landing page
  app.post('/auth/login', async (req, res) => {
    const token = await login(String(req.body.email), String(req.body.password));
    res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'strict' }).json({ ok: true });
  });
  app.post('/auth/logout', async (req, res) => {
    await logout(req.cookies?.sid);
    res.clearCookie('sid').json({ ok: true });
  });
  app.get('/rooms/count', async (req, res) => {
    res.json({ count: (await rooms.list()).length });
  });
  app.get('/notes/count', async (req, res) => {
    res.json({ count: await notes.count() });
  });
  app.listen(4000);
}

main();
