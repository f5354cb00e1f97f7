import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { jwt, sign } from 'hono/jwt';

type Env = { Bindings: { NODE_ENV?: string; ADMIN_SECRET: string } };

class ApiFailure extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

const app = new Hono<Env>();
const boards = new Map<string, string>();

// a development shortcut: only a development run serves it, everywhere else it is a 404
app.post('/admin/dev-login', async (c) => {
  if (c.env.NODE_ENV !== 'development') {
    throw new ApiFailure('Not available', 404);
  }
  const token = await sign({ email: 'dev@localhost', exp: Math.floor(Date.now() / 1000) + 600 }, c.env.ADMIN_SECRET, 'HS256');
  return c.json({ token });
});

app.post('/admin/dev-reset', async (c) => {
  if (process.env.NODE_ENV === 'development') {
    boards.clear();
    return c.body(null, 204);
  }
  throw new HTTPException(404);
});

app.use('/admin/boards/*', (c, next) => jwt({ secret: c.env.ADMIN_SECRET, alg: 'HS256' })(c, next));
app.put('/admin/boards/:id', async (c) => {
  boards.set(c.req.param('id'), await c.req.text());
  return c.body(null, 204);
});

export default app;
