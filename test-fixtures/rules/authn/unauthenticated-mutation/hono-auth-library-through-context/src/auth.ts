import { betterAuth } from 'better-auth';

export function makeAuth() {
  return betterAuth({ emailAndPassword: { enabled: true } });
}
