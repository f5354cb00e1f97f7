import { Hono } from 'hono';
import { jwt } from 'hono/jwt';

const app = new Hono(); // expect: config/env-not-validated

app.use('/api/private/*', jwt({ secret: Bun.env.ACCESS_TOKEN_SECRET! }));
app.get('/api/private/rentals', (c) => c.json([]));

export default { port: 3000, fetch: app.fetch };
