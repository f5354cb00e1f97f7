import { Hono } from 'hono';
import { finishSignIn } from '../sso-client';

export const sso = new Hono();

sso.get('/sso/start', (c) => c.redirect('https://login.example.com/authorize'));
sso.post('/sso/callback', async (c) => finishSignIn(c));
