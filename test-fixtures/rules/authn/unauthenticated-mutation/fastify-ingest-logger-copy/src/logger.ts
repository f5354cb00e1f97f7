function scrub(value: unknown, keys: string[]): unknown {
  if (value && typeof value === 'object') {
    const src = value as Record<string, unknown>;
    const copy: Record<string, unknown> = Array.isArray(src)
      ? ([...(src as unknown[])] as unknown as Record<string, unknown>)
      : { ...src };
    for (const key of Object.keys(copy)) {
      if (keys.includes(key)) copy[key] = '[hidden]';
      else if (copy[key] && typeof copy[key] === 'object') copy[key] = scrub(copy[key], keys);
    }
    return copy;
  }
  return value;
}

export class Logger {
  private keys: string[] = ['token', 'email'];

  info(message: string, meta?: Record<string, unknown>) {
    console.log(JSON.stringify({ level: 'info', message, meta: scrub(meta, this.keys) }));
  }
}

export const logger = new Logger();
