import { Hono } from 'hono';
import { sessionMiddleware, MemoryStore, Session } from 'hono-sessions';

const app = new Hono<{ Variables: { session: Session } }>();
const store = new MemoryStore();

app.use('*', sessionMiddleware({ // expect: session/insecure-config
  store,
  encryptionKey: process.env.SESSION_KEY,
  cookieOptions: { sameSite: 'Lax', path: '/', httpOnly: true, secure: true },
}));

app.get('/', (c) => c.json({ count: c.get('session').get('count') ?? 0 }));
export default app;
