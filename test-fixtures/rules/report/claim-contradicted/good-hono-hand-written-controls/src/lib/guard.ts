export class Refusal extends Error {
  constructor(message: string, readonly httpStatus: number) {
    super(message);
  }
}

export class TooFast extends Refusal {
  constructor() {
    super('Too many requests', 429);
  }
}

const recent = new Map<string, number[]>();

// a sliding window per tenant and action
export function admit(tenant: string, action: string, perMinute: number) {
  const key = `${tenant}:${action}`;
  const now = Date.now();
  const hits = (recent.get(key) ?? []).filter((t) => now - t < 60_000);
  if (hits.length >= perMinute) throw new TooFast();
  hits.push(now);
  recent.set(key, hits);
}

export function secureResponse(h: Headers, stage: string | undefined) {
  const table: Record<string, string> = {
    'Content-Security-Policy': "default-src 'none'",
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
  };
  if (stage === 'live') table['Strict-Transport-Security'] = 'max-age=31536000';
  for (const [k, v] of Object.entries(table)) h.set(k, v);
}
