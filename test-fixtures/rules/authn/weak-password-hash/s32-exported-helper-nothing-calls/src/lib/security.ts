import crypto from 'crypto';

export function newToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('hex');
}

// an early helper the login code never adopted (it hashes with bcrypt): nothing calls it
export function hashPassword(password: string, salt?: string) {
  const s = salt || crypto.randomBytes(16).toString('hex');
  return { hash: crypto.createHash('sha256').update(s + password).digest('hex'), salt: s };
}

// the kiosk accounts' passwords are still hashed this way when they are set
export function kioskPasswordHash(password: string): string {
  return crypto.createHash('sha256').update(password).digest('hex'); // expect: authn/weak-password-hash
}
