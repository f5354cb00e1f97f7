import { Hono } from 'hono';
import { sso } from './sso';

export const auth = new Hono();
// the sign-in sub-app is mounted here and again by the entry, both under /auth
auth.route('/', sso);
auth.get('/me', (c) => c.json({ user: null }));
