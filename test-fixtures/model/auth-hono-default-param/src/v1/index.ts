import { Hono, type MiddlewareHandler } from 'hono';
import { deviceKeyAuth } from '../keys.js';

// the guard is injectable for tests; the app relies on the default
export function buildDeviceApi(guard: MiddlewareHandler = deviceKeyAuth) {
  const api = new Hono();
  api.use('*', guard);
  api.post('/readings', (c) => c.json({ stored: true }, 201));
  return api;
}
const plots: number[] = []; // kept in memory
export function buildPlotApi(guard: MiddlewareHandler = deviceKeyAuth) {
  const api = new Hono();
  api.use('*', guard);
  api.post('/plots', (c) => { plots.push(Date.now()); return c.json({ stored: true }, 201); }); // expect: authn/unauthenticated-mutation
  return api;
}
