import { createMiddleware } from 'hono/factory';
import { hasAccess } from './access';
import { notSignedIn } from './failures';

export function signedInOnly({ scopes }: { scopes?: string[] } = {}) {
  return createMiddleware(async (context, next) => {
    if (!hasAccess({ session: context.get('session'), scopes })) {
      throw notSignedIn();
    }
    await next();
  });
}
