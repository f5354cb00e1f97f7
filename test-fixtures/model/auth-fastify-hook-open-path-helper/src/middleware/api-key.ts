import type { FastifyReply, FastifyRequest } from 'fastify';

const OPEN_PATHS = [
  '/health',
  '/api/auth/*',
  '/api/admin/*',
];

const EXACT_OPEN = ['/status', '/api/ping'];

function isOpenPath(path: string): boolean {
  return OPEN_PATHS.some((open) => {
    if (open.endsWith('*')) {
      return path.startsWith(open.slice(0, -1));
    }
    return path === open;
  });
}

function isExactOpen(path: string): boolean {
  return EXACT_OPEN.some((open) => path === open || path.startsWith(`${open}/`));
}

const KEYS = new Set((process.env.CLIENT_KEYS || '').split(',').filter(Boolean)); // expect: config/env-undocumented

export async function requireApiKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const pathname = request.url.split('?')[0]!;
  if (isOpenPath(pathname) || isExactOpen(pathname)) {
    return;
  }
  const key = request.headers['x-api-key'] as string | undefined;
  if (!key || !KEYS.has(key)) {
    return reply.code(401).send({ error: 'API key required' });
  }
}
