import Fastify from 'fastify';
import bcrypt from 'bcrypt';

const app = Fastify();

app.post<{ Body: { email: string; password: string } }>('/register', async (request, reply) => {
  const hash = await bcrypt.hash(request.body.password, Number(process.env.BCRYPT_ROUNDS)); // expect: authn/weak-password-hash
  reply.code(201).send({ ok: Boolean(hash) });
});

app.listen({ port: 3000 });
