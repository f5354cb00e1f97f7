import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { accountRoutes } from './accounts/routes.js';

const app = new Hono();

app.use('/shelves/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.post('/shelves/:id/pin', async (c) => c.json({ pinned: c.req.param('id') }));

// usage beacon: one analytics data point per call, nothing of the app's data
app.post('/beacon', async (c) => {
  const body = await c.req.json<{ screen: string }>();
  (c.env as { BEACONS: { writeDataPoint(p: unknown): void } }).BEACONS.writeDataPoint({ blobs: [body.screen], doubles: [1] });
  return c.body(null, 204);
});

app.route('/accounts', accountRoutes(issuerChecks()));

function issuerChecks() {
  return { google: checkGoogleIdToken };
}

async function checkGoogleIdToken(idToken: string) {
  const { jwtVerify, createRemoteJWKSet } = await import('jose');
  const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL('https://www.googleapis.com/oauth2/v3/certs')));
  return payload;
}

serve({ fetch: app.fetch, port: 3000 });
