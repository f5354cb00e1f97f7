import Fastify from 'fastify';
import bcrypt from 'bcryptjs';
import crypto from 'crypto';

const app = Fastify();

app.post<{ Body: { email: string; password: string } }>('/register', async (request, reply) => {
  const hash = await bcrypt.hash(request.body.password, Number(process.env.BCRYPT_ROUNDS));
  const iterations = 600000;
  const legacy = crypto.pbkdf2Sync(request.body.password, 'pepper', iterations, 32, 'sha256');
  reply.code(201).send({ ok: Boolean(hash && legacy) });
});

app.post<{ Body: { apiKey: string } }>('/keys', async (request, reply) => {
  const keyHash = crypto.createHash('sha256').update(request.body.apiKey).digest('hex');
  reply.send({ keyHash });
});

app.listen({ port: 3000 });
