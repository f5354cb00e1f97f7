import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignatureService, SignedHeaders } from '../services/signatureService';

interface SignatureOptions {
  required?: boolean;
  skipMethods?: string[];
  blockOnFailure?: boolean;
}

export function createSignatureMiddleware(options: SignatureOptions = {}) {
  const { required = true, skipMethods = ['OPTIONS', 'HEAD'], blockOnFailure = true } = options;
  const signatures = SignatureService.getInstance();

  return async function signatureMiddleware(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      if (skipMethods.includes(request.method)) {
        return;
      }
      const headers: SignedHeaders = {
        'x-signature': request.headers['x-signature'] as string,
        'x-timestamp': request.headers['x-timestamp'] as string,
      };
      if (!headers['x-signature']) {
        if (required && blockOnFailure) {
          return reply.code(401).send({ error: 'Missing signature', code: 'MISSING_SIGNATURE' });
        }
        return;
      }
      const result = await signatures.validate(JSON.stringify(request.body ?? ''), headers, request.method, request.url);
      if (!result.valid && blockOnFailure) {
        if (result.stale) {
          return reply.code(408).send({ error: 'Signature too old', code: 'STALE_SIGNATURE' });
        }
        return reply.code(403).send({ error: 'Signature mismatch', code: 'INVALID_SIGNATURE' });
      }
      (request as any).signatureChecked = true;
    } catch (error) {
      request.log.error({ err: error }, 'signature check failed');
      if (blockOnFailure) {
        return reply.code(500).send({ error: 'Signature check error' });
      }
    }
  };
}

export function requireSignature(custom: Partial<SignatureOptions> = {}) {
  return createSignatureMiddleware({
    required: true,
    blockOnFailure: true,
    ...custom,
  });
}

export function optionalSignature(custom: Partial<SignatureOptions> = {}) {
  return createSignatureMiddleware({
    required: false,
    blockOnFailure: false,
    ...custom,
  });
}
