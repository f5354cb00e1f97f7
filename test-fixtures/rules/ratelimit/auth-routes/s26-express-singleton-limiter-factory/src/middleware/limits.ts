import rateLimit from 'express-rate-limit';

interface Rule { windowMs: number; limit: number }

// One limiter registry for the whole app, handed out as a singleton; each named rule becomes an express-rate-limit middleware.
export class LimitRegistry {
  private static instance: LimitRegistry;
  private rules = new Map<string, Rule>();

  private constructor() {
    this.rules.set('global', { windowMs: 60_000, limit: 300 });
    this.rules.set('credentials', { windowMs: 15 * 60_000, limit: 5 });
  }

  static getInstance(): LimitRegistry {
    if (!LimitRegistry.instance) {
      LimitRegistry.instance = new LimitRegistry();
    }
    return LimitRegistry.instance;
  }

  createLimiter(name: string) {
    const rule = this.rules.get(name);
    if (!rule) throw new Error(`no rate limit rule ${name}`);
    return rateLimit({ ...rule, standardHeaders: 'draft-7', legacyHeaders: false });
  }
}

export const registry = LimitRegistry.getInstance();
export const credentialsLimiter = registry.createLimiter('credentials');
