import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { QuotaDefaultsSchema, ProviderSchema, ProviderUpdateSchema } from './schemas/settings';

const fastify = Fastify({ logger: true });
const settings = new Map<string, unknown>();

// the body is the quota settings the schema declares: numbers, nothing secret
fastify.put('/admin/quota-defaults', {
  schema: { body: QuotaDefaultsSchema },
  handler: async (request) => {
    const body = request.body;
    fastify.log.info({ settings: body, action: 'update_quota_defaults' }, 'quota defaults updated');
    settings.set('quota', body);
    return body;
  },
});

// the declared body carries the provider's API key
fastify.put('/admin/provider', {
  schema: { body: ProviderSchema },
  handler: async (request) => {
    const body = request.body;
    fastify.log.info({ provider: body }, 'provider updated'); // expect: logging/sensitive-data
    settings.set('provider', body);
    return { ok: true };
  },
});

// the update schema is a partial of the provider's: its body may carry the key
fastify.patch('/admin/provider', {
  schema: { body: ProviderUpdateSchema },
  handler: async (request) => {
    const update = request.body;
    try {
      settings.set('provider', update);
    } catch (error) {
      fastify.log.error({ error, update }, 'provider update failed'); // expect: logging/sensitive-data
    }
    return { ok: true };
  },
});

// only the first characters of a token that failed verification, marked as cut
function verifySession(token: string) {
  try {
    return jwt.verify(token, process.env.JWT_SECRET as string);
  } catch (err) {
    fastify.log.warn({ token: token.substring(0, 20) + '...' }, 'token verification failed');
    fastify.log.warn({ token: token + '...' }, 'token verification failed'); // expect: logging/sensitive-data
    return null;
  }
}

fastify.get('/me', async (request, reply) => {
  const claims = verifySession(String(request.headers['x-session'] || ''));
  if (!claims) return reply.code(401).send({ error: 'unauthorized' });
  return claims;
});

fastify.listen({ port: 3000 });
