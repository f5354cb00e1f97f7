import { createMiddleware } from 'hono/factory';
import { sessionVerifier } from './session';

const verify = sessionVerifier();

// The one guard every router uses.
export const guard = createMiddleware(async (c, next) => verify(c, next));
