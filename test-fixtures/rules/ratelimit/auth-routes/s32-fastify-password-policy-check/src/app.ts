import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import bcrypt from 'bcrypt';
import { createHmac, timingSafeEqual } from 'node:crypto';

const app = Fastify();
await app.register(rateLimit, { global: false });

const boxes = new Map<string, { owner: string; passwordHash: string }>();
const MIN_LENGTH = 12;

// a policy: the new password's length and shape, compared with nothing stored
function validatePassword(password: string): { valid: boolean; error?: string } {
  if (!password || typeof password !== 'string') return { valid: false, error: 'password is required' };
  if (password.length < MIN_LENGTH) return { valid: false, error: `at least ${MIN_LENGTH} characters` };
  if (/\s/.test(password)) return { valid: false, error: 'no whitespace' };
  return { valid: true };
}

// the sign-in's check: the password sent against the stored hash
async function verifyPassword(sent: string, hash: string): Promise<boolean> {
  return bcrypt.compare(sent, hash);
}

// the control panel signs each call with the secret both servers share
async function signedByPanel(request: any, reply: any) {
  const sent = Buffer.from(String(request.headers['x-panel-signature'] ?? ''), 'hex');
  const expected = createHmac('sha256', process.env.PANEL_SECRET as string).update(JSON.stringify(request.body)).digest();
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    return reply.code(401).send({ error: 'bad signature' });
  }
}

app.post('/mailboxes/:id/reset-password', { preHandler: signedByPanel }, async (request: any, reply) => {
  const check = validatePassword(request.body.newPassword);
  if (!check.valid) return reply.code(400).send({ error: check.error });
  const box = boxes.get(request.params.id);
  if (!box) return reply.code(404).send({ error: 'not found' });
  box.passwordHash = await bcrypt.hash(request.body.newPassword, 12);
  return { ok: true };
});

app.post('/mailboxes/:id/login', async (request: any, reply) => { // expect: ratelimit/auth-routes
  const box = boxes.get(request.params.id);
  if (!box || !(await verifyPassword(String(request.body.password), box.passwordHash))) {
    return reply.code(401).send({ error: 'wrong password' });
  }
  return { ok: true };
});

app.get('/health', { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } }, async () => ({ ok: true }));

await app.listen({ port: 3000 });
