import Fastify from 'fastify';
import { loadConfig } from './config.js';

export async function buildApp() {
  const cfg = loadConfig();
  if (cfg.ADMIN_EMAILS === '') {
    // eslint-disable-next-line no-console
    console.warn('no admin e-mail configured: the admin pages stay closed');
  }
  const app = Fastify({ logger: true });
  app.get('/items', async () => {
    const c = loadConfig();
    return { port: c.PORT };
  });
  app.post('/items', async (request) => {
    console.log('new item', request.body); // expect: logging/console-in-server
    return { ok: true };
  });
  return app;
}
