export function makeCsrfToken(): string {
  if (typeof crypto !== 'undefined' && 'getRandomValues' in crypto) {
    const bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

export function makeApiToken(): string {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: authn/insecure-random
}
