import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcrypt';
import { eq } from 'drizzle-orm';
import { db } from '../db/client.js';
import { users } from '../db/schema.js';

interface Credentials {
  email: string;
  password: string;
}

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: Credentials }>('/register', async (request, reply) => { // expect: ratelimit/auth-routes
    const { email, password } = request.body; // expect: validation/unvalidated-input
    const passwordHash = await bcrypt.hash(password, 10);
    const [user] = await db
      .insert(users)
      .values({ email, passwordHash })
      .returning({ id: users.id, email: users.email });
    return reply.code(201).send(user);
  });

  app.post<{ Body: Credentials }>('/login', async (request, reply) => { // expect: ratelimit/auth-routes
    const { email, password } = request.body; // expect: validation/unvalidated-input
    const [user] = await db.select().from(users).where(eq(users.email, email));
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const token = app.jwt.sign({ sub: user.id, role: user.role }); // expect: jwt/no-expiry
    return { token };
  });
};

export default authRoutes;
