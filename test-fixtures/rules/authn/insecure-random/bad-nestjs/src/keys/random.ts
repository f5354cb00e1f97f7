const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CHARS.charAt(Math.floor(Math.random() * CHARS.length)); // expect: authn/insecure-random
  return out;
}
