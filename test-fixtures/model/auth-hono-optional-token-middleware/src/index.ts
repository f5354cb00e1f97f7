import { Hono } from 'hono';
import readToken from './middlewares/readToken';
import requireUser from './middlewares/requireUser';

const app = new Hono<{ Variables: { uid?: string } }>(); // expect: api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.use(readToken);

app.get('/status', (c) => c.json({ guest: !c.get('uid') }));
app.post('/feedback', async (c) => c.json({ received: true }, 201));
app.get('/me', requireUser, (c) => c.json({ uid: c.get('uid') }));

export default app;
