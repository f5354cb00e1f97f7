type Bindings = { STAGE?: string };

// the response headers every answer of this JSON API carries
function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

export function hardenResponse(target: Headers, bindings: Bindings): void {
  const wanted = baseHeaders();
  if (bindings.STAGE === 'live') {
    wanted['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  }
  for (const [name, value] of Object.entries(wanted)) {
    target.set(name, value);
  }
}
