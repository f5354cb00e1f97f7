import bcrypt from 'bcryptjs';

const accounts = new Map();

export default async function authRoutes(fastify) {
  fastify.post('/register', async (request, reply) => {
    const { email, password } = request.body ?? {};
    if (typeof email !== 'string' || typeof password !== 'string' || password.length < 12) {
      return reply.code(400).send({ error: 'invalid' });
    }
    if (accounts.has(email)) return reply.code(409).send({ error: 'taken' });
    accounts.set(email, await bcrypt.hash(password, 12));
    return reply.code(201).send({ token: fastify.jwt.sign({ sub: email }, { expiresIn: '15m' }) });
  });
  fastify.post('/login', async (request, reply) => {
    const { email, password } = request.body ?? {}; // expect: validation/unvalidated-input
    const hash = accounts.get(String(email));
    if (!hash || !(await bcrypt.compare(String(password), hash))) return reply.code(401).send({ error: 'invalid credentials' });
    return { token: fastify.jwt.sign({ sub: email }, { expiresIn: '15m' }) };
  });
}
