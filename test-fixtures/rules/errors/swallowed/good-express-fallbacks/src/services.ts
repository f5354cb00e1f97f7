const cache = new Map<string, string>();
const logger = { error: (m: string) => process.stderr.write(m + '\n') };

async function cached(key: string) {
  return cache.get(key) ?? null;
}

async function quote(pair: string) {
  return pair.length > 5 ? { price: 1.1 } : undefined;
}

async function ping() {
  return { ok: true };
}

export const stats = {
  async summary() {
    try {
      const hit = JSON.parse((await cached('stats')) ?? 'null');
      if (hit) {
        return hit;
      }
    } catch {}

    const fresh = { users: cache.size, at: Date.now() };
    cache.set('stats', JSON.stringify(fresh));
    return fresh;
  },
};

export const probe = {
  async healthy() {
    try {
      const r = await ping();
      if (r.ok) {
        return true;
      }
    } catch {}

    return false;
  },
};

export const rates = {
  async convert(amount: number, from: string, to: string) {
    let price: number | undefined;
    try {
      price = (await quote(from + to))?.price;
    } catch {}

    if (typeof price !== 'number' || isNaN(price)) {
      logger.error(`no rate for ${from}${to}`);
      return undefined;
    }
    return amount * price;
  },
};

export const catalog = {
  async add(name: string) {
    return { id: '1', name };
  },
  async find(id: string) {
    return { id, name: 'lamp' };
  },
};
