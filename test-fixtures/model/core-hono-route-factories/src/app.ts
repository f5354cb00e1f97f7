import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { notesRoute } from './features';
import { requireUser } from './middleware/user';
import { signupLimit } from './middleware/limit';

const ok = (c: any) => c.json({ ok: true });
const signups: number[] = []; // kept in memory
const app = new Hono(); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing
app.use('*', secureHeaders());
app.use('/users/*', requireUser);
app.on('POST', '/signup', signupLimit);

// one long fluent chain: every link registers on the same app
export const routes = app
  .get('/', ok)
  .get('/a', ok)
  .get('/b', ok)
  .get('/c', ok)
  .get('/d', ok)
  .get('/e', ok)
  .get('/f', ok)
  .get('/g', ok)
  .get('/h', ok)
  .get('/i', ok)
  .get('/j', ok)
  .get('/k', ok)
  .get('/l', ok)
  .route('/users/notes', notesRoute)
  .post('/signup', (c) => { signups.push(Date.now()); return c.json({ ok: true }, 201); }); // expect: authn/unauthenticated-mutation

export default app;
