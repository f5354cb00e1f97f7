import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignatureService } from '../services/signatureService';

// a factory: the named function expression it returns is the preHandler every signed route runs
export function requireSignature() {
  const service = SignatureService.getInstance();
  return async function signatureMiddleware(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const ok = await service.validateSignature(
      JSON.stringify(request.body ?? {}),
      String(request.headers['x-timestamp'] ?? ''),
      String(request.headers['x-signature'] ?? ''),
    );
    if (!ok) {
      reply.code(401).send({ error: 'invalid signature' });
    }
  };
}
