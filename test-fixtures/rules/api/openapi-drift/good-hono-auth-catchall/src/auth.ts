import { betterAuth } from 'better-auth';

export function makeAuth(secret: string | undefined) {
  return betterAuth({ secret, basePath: '/api/auth', emailAndPassword: { enabled: true } });
}
