import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import bcrypt from 'bcrypt';
import { eq } from 'drizzle-orm';
import { db } from '../db/client.js';
import { users } from '../db/schema.js';

const RegisterBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Type.String({ minLength: 12, maxLength: 128 }),
  },
  { additionalProperties: false },
);

const LoginBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);

// Stricter than the global 100/min.
const authRateLimit = { rateLimit: { max: 5, timeWindow: '1 minute' } };

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/register', { schema: { body: RegisterBody }, config: authRateLimit }, async (request, reply) => {
    const { email, password } = request.body;
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
    if (existing) return reply.code(409).send({ error: 'Email already registered' });

    const passwordHash = await bcrypt.hash(password, 12);
    const [user] = await db
      .insert(users)
      .values({ email: email.toLowerCase(), passwordHash })
      .returning({ id: users.id, email: users.email });
    return reply.code(201).send(user);
  });

  app.post('/login', { schema: { body: LoginBody }, config: authRateLimit }, async (request, reply) => {
    const { email, password } = request.body;
    const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid email or password' });
    }
    const accessToken = app.jwt.sign({ sub: user.id, role: user.role });
    return { accessToken, tokenType: 'Bearer', expiresIn: 900 };
  });
};

export default authRoutes;
