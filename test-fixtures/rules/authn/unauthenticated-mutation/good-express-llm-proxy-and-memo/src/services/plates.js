const lookupCache = new Map();
const MAX_AGE = 60 * 60 * 1000;

class Breaker {
  constructor() {
    this.state = { failures: 0, open: false };
  }
}

class ProviderClient {
  constructor() {
    this.circuitState = { failures: 0, open: false };
  }

  async fetchPlate(plate) {
    try {
      const r = await fetch(`https://plates.example.org/v1/${encodeURIComponent(plate)}`);
      this.circuitState.failures = 0;
      return r.json();
    } catch (e) {
      this.circuitState.failures += 1;
      throw e;
    }
  }
}

const client = new ProviderClient();
void Breaker;

function evictOld() {
  const now = Date.now();
  for (const [key, entry] of lookupCache.entries()) {
    if (now - entry.at > MAX_AGE) lookupCache.delete(key);
  }
}

export async function lookupPlate(plate) {
  const hit = lookupCache.get(plate);
  if (hit) return hit.value;
  const value = await client.fetchPlate(plate);
  lookupCache.set(plate, { value, at: Date.now() });
  if (lookupCache.size > 500) evictOld();
  return value;
}

export function cacheStats() {
  return { size: lookupCache.size };
}

export function dropAllLookups() {
  lookupCache.clear();
}
