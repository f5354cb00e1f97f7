import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { readFile } from 'node:fs/promises';

const app = new Hono();

// a public, read-only API: any site may read it, nothing but GET is allowed, no credentials
app.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'OPTIONS'], allowHeaders: ['X-API-Key'], credentials: false }));
app.get('/v1/palettes', (c) => c.json([{ id: 1, colors: ['#112233', '#445566'] }]));

// the API description, readable from any site
const spec = new Hono();
spec.get('/', cors({ origin: '*' }), async (c) => c.json(JSON.parse(await readFile('openapi.json', 'utf8'))));
app.route('/openapi.json', spec);

// the account area takes writes: '*' here lets any site read what it answers
const account = new Hono();
account.use('*', cors({ origin: '*', allowMethods: ['GET', 'POST', 'DELETE'] })); // expect: cors/permissive-origin[warning]
account.post('/favourites', async (c) => c.json({ ok: true }, 201));
app.route('/account', account);

// a write route with '*'
const share = new Hono();
share.post('/', cors({ origin: '*' }), async (c) => c.json({ ok: true })); // expect: cors/permissive-origin[warning]
app.route('/share', share);

serve({ fetch: app.fetch, port: 3000 });
