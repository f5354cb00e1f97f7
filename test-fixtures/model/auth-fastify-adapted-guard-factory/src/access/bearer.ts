import jwt from 'jsonwebtoken';
import { problem } from './problems';

type Settings = { secret: string };
type BearerRequest = { headers: Record<string, string | undefined>; user?: { id: string; role: string } };

// makes a middleware that requires a valid bearer token
export function makeBearerCheck(settings: Settings) {
  return function bearerCheck(request: BearerRequest, _reply: unknown) {
    const header = request.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) {
      throw problem('NOT_SIGNED_IN', 'Bearer token required');
    }
    const claims = jwt.verify(header.slice(7), settings.secret) as { sub: string; role: string };
    request.user = { id: claims.sub, role: claims.role };
  };
}
