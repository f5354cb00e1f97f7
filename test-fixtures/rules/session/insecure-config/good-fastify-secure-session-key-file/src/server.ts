import Fastify from 'fastify';
import fastifySecureSession from '@fastify/secure-session';
import fs from 'node:fs';
import path from 'node:path';

const app = Fastify();
app.register(fastifySecureSession, {
  key: fs.readFileSync(path.join(__dirname, '..', 'secret-key')),
  cookieName: 'session',
  cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'lax' },
});
app.get('/', async (request) => ({ user: request.session.get('user') ?? null }));
app.listen({ port: 3000 });
